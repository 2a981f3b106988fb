// Builds the renderer once before the tests, so the end-to-end tests drive the real bundle.

import { build } from 'vite';

export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = before;
  }
}
