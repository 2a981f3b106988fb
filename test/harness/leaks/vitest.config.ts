// A run of one failing test that leaves processes and folders behind on purpose, for
// test/harness/leftovers.test.ts: the suite's global setup must clean up after it.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/harness/leaks/leaky.ts'],
    environment: 'node',
    globalSetup: ['test/harness/suite.ts'],
    testTimeout: 30_000,
  },
});
