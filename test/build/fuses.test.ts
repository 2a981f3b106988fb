// The Electron fuses of the installers (issue 12), as electron-builder is configured to flip them.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../build/electron-builder.config.cjs') as { electronFuses: Record<string, boolean>; asar: boolean };

describe('electron-builder configuration', () => {
  it('flips the fuses that keep the shipped app from being anything but itself', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
