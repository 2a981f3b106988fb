// npm run fuzz: the property and fuzz tests from a fresh random seed (the suite itself always
// uses one fixed seed: test/harness/fuzzSeed.ts). The seed is printed first; a failure is
// replayed with NIANBAO_FUZZ_SEED=<seed> npm test -- <file>.

import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.NIANBAO_FUZZ_SEED || String(randomInt(2 ** 31));
console.log(`NIANBAO_FUZZ_SEED=${seed}`);
const files = ['test/shared/importFuzz.test.ts', 'test/electron/importFuzzFiles.test.ts', 'test/shared/draftHostile.test.ts', 'test/shared/importRoundTrip.test.ts', 'test/shared/importVariants.test.ts', 'test/shared/parse.test.ts'];
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NIANBAO_FUZZ_SEED: seed },
});
console.log(`NIANBAO_FUZZ_SEED=${seed}: ${run.status === 0 ? 'passed' : 'FAILED'}`);
process.exit(run.status ?? 1);
