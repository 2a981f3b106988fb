// The temp files atomicWrite writes beside their targets: named so that a killed write's can be
// recognised (this computer, which process), removed when the process ends by a signal or exit,
// and, when a kill left one behind, removed at the next write to that folder. A private temp folder
// (LibreOffice's conversion) is registered the same way and removed with all it holds.

import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Our temp files end so, and start with a dot: recognisable, so that a killed save's can be cleaned. */
export const TEMP_SUFFIX = '.nianbao-tmp';
/** ".<name>.<host>-<pid>-<random>.nianbao-tmp"; before issue 21 without the host. */
const TEMP_NAME = /^\..*\.(?:([0-9a-f]{6})-)?(\d+)-[0-9a-f]{8}\.nianbao-tmp$/;
/** A temp file untouched this long belongs to no running save (every write touches it). */
export const STALE_TEMP_MS = 10 * 60_000;
/** This computer, in six hex digits: a temp from a process that no longer runs here is stale at once. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);

const live = new Set<string>();

/** A fresh temp name beside `target` (whose name is shortened by characters, never splitting one). */
export function tempPathFor(dir: string, targetName: string): string {
  const name = Array.from(targetName).slice(0, 40).join('');
  return join(dir, `.${name}.${HOST}-${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/** While a temp file (or private temp folder) exists it is ours to remove if the process ends. */
export function tempCreated(path: string): void {
  live.add(path);
}
export function tempGone(path: string): void {
  live.delete(path);
}

/**
 * Removes this process's temp files and folders at once (synchronously: for a signal handler or 'exit').
 * Their targets are untouched: a temp file is only ever renamed or linked into place.
 */
export function removeLiveTemps(): void {
  for (const path of live) {
    try {
      rmSync(path, { force: true, recursive: true });
    } catch {
      // Nothing more can be done while the process ends; the next write to the folder cleans it.
    }
  }
  live.clear();
}

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes our temp files in `dir` that a killed save left behind: those of a process that no
 * longer runs on this computer, at once; any other (another computer sharing the folder, a
 * process id reused) once untouched for STALE_TEMP_MS — a save in progress keeps touching its
 * own. Best effort: never fails.
 */
export async function cleanStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  try {
    for (const name of await readdir(dir)) {
      const m = TEMP_NAME.exec(name);
      if (!m) continue;
      const path = join(dir, name);
      if (live.has(path)) continue;
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile()) continue;
      const dead = m[1] === HOST && !running(Number(m[2]));
      if (dead || now - info.mtimeMs > STALE_TEMP_MS) {
        await rm(path, { force: true });
        removed.push(name);
      }
    }
  } catch {
    // An unreadable folder is no reason to fail a write.
  }
  return removed;
}
