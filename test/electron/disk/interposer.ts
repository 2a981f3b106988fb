// A pass-through node:fs/promises for tests, with hooks to make the disk misbehave: writes that
// stop short or fail with ENOSPC, a file appearing just before the never-replace link, a
// filesystem without hard links. Install in a test file with
//   vi.mock('node:fs/promises', async (real) => (await import('./disk/interposer')).interpose(await real()));
// With no hook set, every call is the real one.

import type * as FsPromises from 'node:fs/promises';

type Fs = typeof FsPromises;

export const hooks: {
  /**
   * How many of `requested` bytes a write to `path` may write now: 0 fails with ENOSPC, a negative
   * number makes a write that writes nothing and reports no error.
   */
  write: ((path: string, requested: number) => number) | null;
  /** Runs before link(existing, target); may throw to stand for a filesystem without links. */
  beforeLink: ((existing: string, target: string) => void) | null;
} = { write: null, beforeLink: null };

export function resetHooks(): void {
  hooks.write = null;
  hooks.beforeLink = null;
}

export const enospc = (): NodeJS.ErrnoException => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });

export function interpose(real: Fs): Fs {
  const open: Fs['open'] = async (path, flags, mode) => wrapHandle(await real.open(path, flags, mode), String(path));
  const link: Fs['link'] = async (existing, target) => {
    hooks.beforeLink?.(String(existing), String(target));
    return real.link(existing, target);
  };
  return { ...real, open, link, default: { ...real, open, link } } as Fs;
}

function wrapHandle(handle: FsPromises.FileHandle, path: string): FsPromises.FileHandle {
  return new Proxy(handle, {
    get(target, prop) {
      if (prop === 'write') {
        return async (buffer: Uint8Array, offset: number, length: number, position: number | null) => {
          const allowed = hooks.write ? hooks.write(path, length) : length;
          if (allowed < 0) return { bytesWritten: 0, buffer };
          if (allowed === 0) throw enospc();
          return target.write(buffer, offset, Math.min(allowed, length), position);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
