// The desk's roster (单位名册) on disk: the office's own list (.xlsx, .xls or .csv) read in the
// parsing worker like any file someone else wrote, and the desk's copy beside the drafts
// (单位名册.csv, written atomically) that the next opening of the folder reads.

import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ROSTER_FILE, rosterCsv, rosterFromSheet, type RosterRead, type RosterUnit } from '../../../shared/desk';
import { writeFileAtomic } from '../atomicWrite';
import { readSpreadsheetUntrusted } from '../untrusted';

/** The roster file beside the drafts, when there is one. */
export async function rosterBeside(folder: string): Promise<string | null> {
  const path = join(folder, ROSTER_FILE);
  return (await stat(path).then((s) => s.isFile(), () => false)) ? path : null;
}

export async function readRoster(path: string): Promise<RosterRead> {
  const read = await readSpreadsheetUntrusted(path);
  if (!read.ok) return { ok: false, message: `无法读取单位名册“${basename(path)}”：${read.message}` };
  return rosterFromSheet(read.workbook);
}

/** 单位名册.csv beside the drafts, replaced whole or not at all. */
export async function saveRoster(folder: string, units: readonly RosterUnit[]): Promise<string> {
  const path = join(folder, ROSTER_FILE);
  await writeFileAtomic(path, rosterCsv(units));
  return path;
}
