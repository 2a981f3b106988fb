// The recent-files list: persisted in the user-data folder, newest first, capped, and files
// that have vanished are dropped when it is read.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from './atomicWrite';

export const RECENT_LIMIT = 10;

export class RecentFiles {
  constructor(private file: string) {}

  async list(): Promise<string[]> {
    let paths: unknown;
    try {
      paths = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return []; // none yet, or unreadable: a lost list is not worth an error
    }
    if (!Array.isArray(paths)) return [];
    return paths.filter((p): p is string => typeof p === 'string' && existsSync(p)).slice(0, RECENT_LIMIT);
  }

  /** Never fails: a list that cannot be written (a full disk) must not fail the open or save. */
  async add(path: string): Promise<void> {
    const full = resolve(path);
    const paths = [full, ...(await this.list()).filter((p) => p !== full)].slice(0, RECENT_LIMIT);
    await writeFileAtomic(this.file, JSON.stringify(paths, null, 2)).catch(() => undefined);
  }
}
