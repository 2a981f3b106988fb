import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // First the run's temporary root and process mark (nothing left behind), then the renderer build.
    globalSetup: ['test/harness/suite.ts', 'test/e2e/globalSetup.ts'],
    // Property tests from a fixed seed (test/harness/fuzzSeed.ts).
    setupFiles: ['test/harness/fuzzSeed.ts'],
    testTimeout: 30_000,
  },
});
