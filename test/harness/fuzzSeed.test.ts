// The suite's property tests are reproducible: fast-check starts every run from the same seed
// (test/harness/fuzzSeed.ts), unless NIANBAO_FUZZ_SEED names another.

import fc from 'fast-check';
import { expect, it } from 'vitest';

it('draws the same values on every run', () => {
  const draw = () => fc.sample(fc.integer(), 20);
  expect(draw()).toEqual(draw());
  expect(fc.readConfigureGlobal().seed).toBe(process.env.NIANBAO_FUZZ_SEED ? Number(process.env.NIANBAO_FUZZ_SEED) : 20_261_130);
});
