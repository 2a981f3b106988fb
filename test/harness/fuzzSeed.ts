// Vitest setup file: every property test (fast-check) runs from one fixed seed, so that the
// suite gives the same answer on every machine and CI never fails by chance. `npm run fuzz`
// sets NIANBAO_FUZZ_SEED to a fresh random seed to look further; a failure prints its seed, and
// NIANBAO_FUZZ_SEED=<seed> npm test replays it.

import fc from 'fast-check';

const FIXED_SEED = 20_261_130;
const given = process.env.NIANBAO_FUZZ_SEED;
const seed = given === undefined || given === '' ? FIXED_SEED : Number(given);
if (!Number.isSafeInteger(seed)) throw new Error(`NIANBAO_FUZZ_SEED must be an integer, not "${given}"`);
fc.configureGlobal({ seed });
