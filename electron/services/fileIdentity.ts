// Which file a path really is, and whether it changed: real paths (symlinks resolved) and device +
// inode numbers (hard links), so that "the same file" is never decided by spelling; and a stamp
// (modification time, size, inode) to notice that someone else wrote or replaced a file.

import type { BigIntStats } from 'node:fs';
import { readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface FileStamp {
  /** Modification time in nanoseconds since 1970, as text (exact, and JSON can hold it). */
  mtime: string;
  size: number;
  /** Changes when a file is replaced by a rename, as every atomic save does. */
  ino: string;
}

/** Where a path leads: its real path, and device + inode when the file exists. */
export interface FileKey {
  real: string;
  node: string | null;
}

const missing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR';

export function stampOf(info: BigIntStats): FileStamp {
  return { mtime: info.mtimeNs.toString(), size: Number(info.size), ino: `${info.dev}:${info.ino}` };
}

/** The stamp of the file now; null when it does not exist (any more). */
export async function fileStamp(path: string): Promise<FileStamp | null> {
  try {
    return stampOf(await stat(path, { bigint: true }));
  } catch (e) {
    if (missing(e)) return null;
    throw e;
  }
}

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.mtime === b.mtime && a.size === b.size && a.ino === b.ino;
}

export function stampDate(stamp: FileStamp): Date {
  return new Date(Number(BigInt(stamp.mtime) / 1_000_000n));
}

/** A chain of links longer than systems allow (Linux: 40) is a loop; its last name stands. */
const MAX_LINK_HOPS = 40;

export async function fileKey(path: string): Promise<FileKey> {
  const full = resolve(path);
  try {
    const [real, info] = await Promise.all([realpath(full), stat(full, { bigint: true })]);
    return { real, node: `${info.dev}:${info.ino}` };
  } catch {
    // Not there (yet), or not readable: where it would be created.
  }
  // A link at the path itself (dangling, or a chain of them) is written through: where it leads.
  let end = full;
  for (let hops = 0; hops < MAX_LINK_HOPS; hops++) {
    const target = await readlink(end).catch(() => null);
    if (target === null) break;
    end = resolve(dirname(end), target);
  }
  const parent = await realpath(dirname(end)).catch(() => dirname(end));
  return { real: join(parent, basename(end)), node: null };
}

export function sameKey(a: FileKey, b: FileKey): boolean {
  return a.real === b.real || (a.node !== null && a.node === b.node);
}
