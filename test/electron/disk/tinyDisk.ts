// Tiny disks to fill up: a real tmpfs of a few hundred KB mounted for the test (we run as root, as
// CI does), and — always, and alone where mounting is impossible — a simulated one whose writes
// stop short and then fail with ENOSPC (through the interposer, which the test file must install).

import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync, ftruncateSync, fstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hooks } from './interposer';

export interface TinyDisk {
  kind: 'tmpfs' | 'simulated';
  /** The folder on the disk. */
  dir: string;
  /** Leaves about `free` bytes for new data (0: the disk is full). */
  fill(free: number): void;
  /** Frees the space again. */
  empty(): void;
  close(): void;
}

const FILLER = '.filler';

function tmpfsDisk(sizeKb: number): TinyDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-tinydisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = join(dir, FILLER);
  return {
    kind: 'tmpfs',
    dir,
    fill(free) {
      const fd = openSync(filler, 'w');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      }
      if (free > 0) {
        // tmpfs hands out whole pages: free whole pages at the end of the filler.
        const size = fstatSync(fd).size;
        ftruncateSync(fd, Math.max(0, Math.floor((size - free) / 4096) * 4096));
      }
      closeSync(fd);
      const { bavail, bsize } = statfsSync(dir);
      if (free === 0 && bavail > 0) throw new Error(`tmpfs not full: ${bavail * bsize} bytes free`);
    },
    empty() {
      rmSync(filler, { force: true });
    },
    close() {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function simulatedDisk(): TinyDisk {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-simdisk-'));
  return {
    kind: 'simulated',
    dir,
    fill(free) {
      let left = free;
      hooks.write = (path, requested) => {
        if (!path.startsWith(dir)) return requested;
        const n = Math.min(left, requested);
        left -= n;
        return n;
      };
    },
    empty() {
      hooks.write = null;
    },
    close() {
      hooks.write = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The simulated disk, and a real tmpfs where one can be mounted. */
export function tinyDisks(): TinyDisk[] {
  const real = tmpfsDisk(512);
  return real ? [real, simulatedDisk()] : [simulatedDisk()];
}
