// The limits on reading a spreadsheet someone else wrote, and the checks at the door (the file's
// size and kind) — without the spreadsheet library, so that main can check a file before handing
// it to the parsing worker.

import { stat } from 'node:fs/promises';
import type { Workbook } from '../../shared/sheet';
import { fileErrorMessage } from './documents';

export interface SpreadsheetLimits {
  /** The file itself. */
  bytes: number;
  /** What the zip of an .xlsx may inflate to, in all. */
  inflatedBytes: number;
  rows: number;
  columns: number;
  /** Longer text in one cell is cut (no ledger field needs more). */
  cellChars: number;
}

/** A city's ledger of 20,000 applications is ~2 MB as .xlsx, ~6 MB as .xls; these are far above any. */
export const SPREADSHEET_LIMITS: SpreadsheetLimits = { bytes: 32 * 1024 * 1024, inflatedBytes: 256 * 1024 * 1024, rows: 100_000, columns: 256, cellChars: 2000 };

const MB = 1024 * 1024;
export const megabytes = (n: number) => `${(n / MB).toFixed(1)} MB`;

export type SpreadsheetFormat = Workbook['format'];

/** By the bytes first (WPS saves .xls files that are really .xlsx), then by the name. */
export function spreadsheetFormat(name: string, head: Uint8Array): SpreadsheetFormat | null {
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  return null;
}

/** Why the file may not be read at all (missing, a folder, too large), before a byte is read. */
export async function spreadsheetDoorProblem(path: string, limits: SpreadsheetLimits = SPREADSHEET_LIMITS): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return '这不是一个文件';
    if (info.size > limits.bytes) return `文件过大（${megabytes(info.size)}），表格文件不应超过 ${megabytes(limits.bytes)}，请确认选择了正确的文件`;
    return null;
  } catch (e) {
    return fileErrorMessage(e);
  }
}

