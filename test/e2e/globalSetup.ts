// Builds the renderer once before the tests, so the end-to-end tests drive the real bundle.

import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
