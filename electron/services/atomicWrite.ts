// Every file Nianbao writes goes through here, so that no failure ever leaves a torn, truncated or
// wrongly replaced file: the bytes go to a temp file in the same folder (created exclusively), every
// write's byte count is checked, the data is flushed, its size verified and the file read back,
// and only then is it renamed over the target (or linked, never replacing anything) and the
// folder flushed.

import { constants, type Stats } from 'node:fs';
import { access, copyFile, link, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileStamp, stampOf, type FileStamp } from './fileIdentity';
import { cleanStaleTemps, tempCreated, tempGone, tempPathFor } from './tempFiles';

export { STALE_TEMP_MS, TEMP_SUFFIX, cleanStaleTemps, removeLiveTemps } from './tempFiles';

export interface AtomicWriteOptions {
  /** 'create': never replace a file — not even one that someone creates while this write runs. */
  mode?: 'replace' | 'create';
}

/** A write that did not happen; the target is as it was. `reason` is Chinese, for people. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`无法写入 ${path}：${reason}`);
  }
}

/** Why a write failed, in Chinese. */
export function writeReason(e: unknown): string {
  if (e instanceof WriteFailure) return e.reason;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EDQUOT':
      return '超出了磁盘配额';
    case 'EROFS':
      return '所在的磁盘是只读的';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限（或文件正被其他程序使用）';
    case 'ENOENT':
      return '文件夹不存在';
    case 'ENOTDIR':
      return '路径中有一部分不是文件夹';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'EBUSY':
    case 'ETXTBSY':
      return '文件正被其他程序使用，请关闭后再试';
    case 'ENAMETOOLONG':
      return '文件名或路径过长';
    case 'EFBIG':
      return '文件超过了该磁盘允许的大小';
    case 'EIO':
      return '磁盘读写出错';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    default:
      return `写入出错（${code ?? (e instanceof Error ? e.message : String(e))}）`;
  }
}

/**
 * Writes `data` to `path` all or nothing, and returns the stamp of the file it wrote (to notice
 * later writes by others). Throws a WriteFailure; the target is then untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<FileStamp> {
  const mode = options.mode ?? 'replace';
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let temp: string | null = null;
  try {
    const { target, existing } = await prepareTarget(path, mode);
    const dir = dirname(target);
    // What a killed write left here goes first (it may be what fills the disk).
    await cleanStaleTemps(dir);
    temp = tempPathFor(dir, basename(target));
    tempCreated(temp);
    const written = await writeTemp(temp, bytes, existing);
    if (mode === 'create') await moveExclusive(temp, target, bytes.length);
    else await rename(temp, target);
    tempGone(temp);
    temp = null;
    await syncFolder(dir);
    // The file's own stamp (some systems set the time on close); ours only if it was replaced since.
    const now = await fileStamp(target).catch(() => null);
    return now && (now.ino === written.ino || mode === 'create') ? now : written;
  } catch (e) {
    if (temp) {
      await rm(temp, { force: true }).catch(() => undefined);
      tempGone(temp);
    }
    throw new WriteFailure(path, writeReason(e), (e as NodeJS.ErrnoException).code);
  }
}

/** The real file to write (a symlink is written through), and what is there now. */
async function prepareTarget(path: string, mode: 'replace' | 'create'): Promise<{ target: string; existing: Stats | null }> {
  // "x/" means a folder: resolve() would drop the separator and make it a file named "x".
  if (path.endsWith('/') || path.endsWith(sep)) throw new WriteFailure(path, '路径以分隔符结尾，指的是文件夹，不是文件', 'EISDIR');
  const full = resolve(path);
  const existing = await stat(full).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (existing === null) return { target: join(await realpath(dirname(full)), basename(full)), existing: null };
  if (mode === 'create') throw new WriteFailure(path, '文件已存在。为免覆盖已有文件，未写入，请换一个文件名', 'EEXIST');
  if (existing.isDirectory()) throw new WriteFailure(path, '这是一个文件夹，不是文件', 'EISDIR');
  if (!existing.isFile()) throw new WriteFailure(path, '这不是普通文件，不能写入', 'EINVAL');
  // A rename would silently replace a read-only file (and root may write anything): ask first.
  const writable = (existing.mode & 0o222) !== 0 && (await access(full, constants.W_OK).then(() => true, () => false));
  if (!writable) throw new WriteFailure(path, '文件是只读的，不能覆盖。请另存为其他文件名，或先取消该文件的只读属性', 'EACCES');
  return { target: await realpath(full), existing };
}

async function writeTemp(temp: string, bytes: Uint8Array, existing: Stats | null): Promise<FileStamp> {
  let handle: FileHandle | null = await open(temp, 'wx+', 0o666);
  try {
    // The replacement keeps the permissions of the file it replaces.
    if (existing) await handle.chmod(existing.mode & 0o7777).catch(() => undefined);
    await writeAll(handle, bytes);
    await handle.sync();
    const info = await handle.stat({ bigint: true });
    if (info.size !== BigInt(bytes.length)) throw new WriteFailure(temp, `写入的内容不完整（应为 ${bytes.length} 字节，实际 ${info.size} 字节），磁盘可能已满或出错`, 'EIO');
    if (!(await readsBack(handle, bytes))) throw new WriteFailure(temp, '写入后读回的内容与应写入的不一致，磁盘可能出错', 'EIO');
    await handle.close();
    handle = null;
    return stampOf(info);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The temp file holds exactly these bytes, read back before it may take the target's place. */
async function readsBack(handle: FileHandle, bytes: Uint8Array): Promise<boolean> {
  const chunk = Buffer.alloc(Math.min(bytes.length, 1 << 20));
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, bytes.length - offset), offset);
    if (bytesRead === 0 || Buffer.compare(chunk.subarray(0, bytesRead), bytes.subarray(offset, offset + bytesRead)) !== 0) return false;
    offset += bytesRead;
  }
  return true;
}

/** Every byte count checked: a write that makes no progress is an error, never ignored. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (!(bytesWritten > 0)) throw Object.assign(new Error(`short write at byte ${offset}`), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/** Filesystems without hard links (FAT, exFAT, some network shares) say so with one of these. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);

/** The never-replace move, decided at the moment of moving: link() fails if the name is taken. */
async function moveExclusive(temp: string, target: string, length: number): Promise<void> {
  try {
    await link(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteFailure(target, '文件已存在（可能是刚刚由他人创建的）。为免覆盖，未写入，请换一个文件名', 'EEXIST');
    if (!NO_LINKS.has(code ?? '')) throw e;
    await copyExclusive(temp, target, length);
  }
  await rm(temp, { force: true });
}

/** Without hard links: an exclusive copy, flushed and verified; a failed copy is ours to remove. */
async function copyExclusive(temp: string, target: string, length: number): Promise<void> {
  try {
    await copyFile(temp, target, constants.COPYFILE_EXCL);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteFailure(target, '文件已存在（可能是刚刚由他人创建的）。为免覆盖，未写入，请换一个文件名', 'EEXIST');
    throw e;
  }
  try {
    const handle = await open(target, 'r+');
    try {
      await handle.sync();
      if ((await handle.stat()).size !== length) throw new WriteFailure(target, '写入的内容不完整，磁盘可能已满或出错', 'EIO');
    } finally {
      await handle.close();
    }
  } catch (e) {
    await rm(target, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** So that the rename itself survives a power cut. Windows cannot open a folder: nothing to do there. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some systems and filesystems refuse to flush a folder; the data itself is flushed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
