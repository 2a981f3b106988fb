// Draft files on disk: read with a size cap and strict UTF-8, parse and validate through
// shared/draft, and write atomically (atomicWrite: verified temp file, fsync, rename) so a crash
// or a full disk leaves either the old or the new file, never a torn one. Plain Node: never
// imports 'electron'.

import { readFile, stat } from 'node:fs/promises';
import { WriteFailure, writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import type { FileStamp } from './fileIdentity';
import { MAX_DRAFT_BYTES, parseDraft, serializeDraft, type Draft } from '../../shared/draft';
import type { Report } from '../../shared/report';

export type OpenResult = { ok: true; draft: Draft } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Never modifies the file, whatever it holds. */
export async function openDraft(path: string): Promise<OpenResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: `${path} 不是文件` };
    if (info.size > MAX_DRAFT_BYTES) {
      return { ok: false, message: `文件过大（${(info.size / 1024 / 1024).toFixed(1)} MB），年报草稿不会超过 ${MAX_DRAFT_BYTES / 1024 / 1024} MB，请确认选择了正确的文件` };
    }
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, message: fileErrorMessage(e) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: '文件不是 UTF-8 编码的文本，可能已损坏或不是年报草稿' };
  }
  return parseDraft(text);
}

/**
 * @param prior last year's report this one was started from, kept in the file.
 * Returns the stamp of the file written. Throws a WriteFailure (the file untouched), also for a
 * draft too large to be opened again.
 */
export async function saveDraft(path: string, report: Report, prior: Report | null = null, options: AtomicWriteOptions = {}): Promise<FileStamp> {
  const text = serializeDraft(report, new Date(), prior);
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > MAX_DRAFT_BYTES) {
    throw new WriteFailure(path, `草稿有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过了 ${MAX_DRAFT_BYTES / 1024 / 1024} MB，保存后将无法再打开。请删去过长的文字后再保存`, 'EFBIG');
  }
  // Read back before writing: whatever path a report came by, a file that would not open again
  // is never written (the old file stays as it was).
  const again = parseDraft(text);
  if (!again.ok) throw new WriteFailure(path, `保存后的文件将无法再打开（${again.message}）`, 'EINVAL');
  return writeFileAtomic(path, bytes, options);
}

export function fileErrorMessage(e: unknown): string {
  if (e instanceof WriteFailure) return e.reason;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有权限读写该文件';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'ENOSPC':
      return '磁盘空间不足';
    default:
      return `无法访问文件（${code ?? (e instanceof Error ? e.message : String(e))}）`;
  }
}
