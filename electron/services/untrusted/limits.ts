// Limits on reading files that someone else wrote (published reports, units' drafts): a size
// cap per format, checked at the door before a byte is read, and the time and memory one file
// may take in the parsing worker. Published reports are a few hundred KB, drafts well under 1 MB.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_DRAFT_BYTES } from '../../../shared/draft';
import { formatOf, tooLarge } from '../../../shared/import/format';
import { fileErrorMessage } from '../documents';
import { readHead } from '../fileHead';

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

/**
 * A report imported by a clerk: text, pages and Word files parse in well under a second, a PDF in
 * about one (the PDF reader stops pdf.js itself at 3 s: readers/pdf.ts).
 */
export const IMPORT_LIMITS: WorkerLimits = { timeMs: 4_000, heapMb: 256, residentMb: 400 };
/** One unit's draft among many for 汇总: an 8 MB draft (the cap) parses in a fraction of a second. */
export const DRAFT_LIMITS: WorkerLimits = { timeMs: 2_000, heapMb: 192, residentMb: 400 };

/**
 * A spreadsheet (台账, 单位名册): a 20,000-row ledger reads in well under a second; a sheet of
 * 100,000 rows (the cap) in a few. Its cells are objects in the heap, hence the larger cap.
 */
export const SHEET_LIMITS: WorkerLimits = { timeMs: 20_000, heapMb: 768, residentMb: 1024 };

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/**
 * Why the file may not even be opened for import (missing, a folder, too large for its kind), or
 * null. The kind and its cap are the importer's own (shared/import/format, no parsers): only the
 * file's head is read here.
 */
export async function importDoorProblem(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return '这不是一个文件';
    const problem = tooLarge(formatOf(basename(path), await readHead(path)), info.size);
    return problem && `${problem}，请确认选择了正确的文件`;
  } catch (e) {
    return fileErrorMessage(e);
  }
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
