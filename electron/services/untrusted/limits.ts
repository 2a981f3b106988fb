// Limits on reading files that someone else wrote (published reports, units' drafts): a size
// cap per format, checked at the door before a byte is read, and the time and memory one file
// may take in the parsing worker. Published reports are a few hundred KB, drafts well under 1 MB.

import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { MAX_DRAFT_BYTES } from '../../../shared/draft';
import { fileErrorMessage } from '../documents';

export interface WorkerLimits {
  /** Wall-clock time one file may take once the worker has started on it, in ms. */
  timeMs: number;
  /** The worker's V8 heap (old generation), in MB: past it the worker is stopped, not the app. */
  heapMb: number;
  /**
   * Growth of the whole process's resident memory while the worker runs, in MB. Buffers (an
   * unzipped entry, say) live outside the V8 heap, so the heap cap alone does not bound them.
   * A backstop, set well above what a heap-capped parse grows by: it sees the whole process, so
   * a second file parsed at the same moment as a bomb may be stopped with it (Node 20 cannot
   * tell a worker's buffers apart).
   */
  residentMb: number;
}

/** A report imported by a clerk: text, pages and Word files parse in well under a second. */
export const IMPORT_LIMITS: WorkerLimits = { timeMs: 2_500, heapMb: 256, residentMb: 400 };
/** One unit's draft among many for 汇总: an 8 MB draft (the cap) parses in a fraction of a second. */
export const DRAFT_LIMITS: WorkerLimits = { timeMs: 2_000, heapMb: 192, residentMb: 400 };

const MB = 1024 * 1024;

/**
 * Largest published report accepted, by extension: generous for the real thing, far below a bomb.
 * (Main never loads shared/import itself — its parsers run in the worker only.)
 */
const IMPORT_CAPS: Record<string, { label: string; bytes: number }> = {
  '.txt': { label: '文本文件', bytes: 5 * MB },
  '.md': { label: '文本文件', bytes: 5 * MB },
  '.html': { label: '网页', bytes: 8 * MB },
  '.htm': { label: '网页', bytes: 8 * MB },
  '.docx': { label: 'Word 文件', bytes: 20 * MB },
  '.doc': { label: 'Word 文件', bytes: 20 * MB },
  '.pdf': { label: 'PDF 文件', bytes: 20 * MB },
};

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** A file of any other kind is sniffed by the importer, and mostly read as text. */
const OTHER_CAP = { label: '年报文件', bytes: 5 * MB };

export function importCap(path: string): { label: string; bytes: number } {
  return IMPORT_CAPS[extname(path).toLowerCase()] ?? OTHER_CAP;
}

/** Why the file may not even be opened for import (missing, a folder, too large), or null. */
export async function importDoorProblem(path: string): Promise<string | null> {
  return doorProblem(path, importCap(path), '不像是一份年报，请确认选择了正确的文件');
}

/** Why a unit's draft may not even be opened, or null. */
export async function draftDoorProblem(path: string): Promise<string | null> {
  return doorProblem(path, { label: '年报草稿', bytes: MAX_DRAFT_BYTES }, '请确认选择了正确的文件');
}

async function doorProblem(path: string, cap: { label: string; bytes: number }, advice: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return '这不是一个文件';
    if (info.size > cap.bytes) return `文件过大（${megabytes(info.size)}），${cap.label}不会超过 ${megabytes(cap.bytes)}，${advice}`;
    return null;
  } catch (e) {
    return fileErrorMessage(e);
  }
}
