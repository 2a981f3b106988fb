// The desk of a folder: its roster (given, beside the drafts, or started from them), every draft
// in its tree and in last year's folder summarised in the parsing worker, then shared/desk's rows.
// Used by the app's session and by `units` on the command line.

import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { localIsoString } from '../../../shared/draft/file';
import { buildDesk, type DeskView, type FoundDraft, type Roster } from '../../../shared/desk';
import { reportYearProblem } from '../../../shared/formats';
import { fileErrorMessage } from '../documents';
import { readRoster, rosterBeside } from './roster';
import { scanDrafts, type Progress, type Scanned, type SummaryCache } from './scan';

export interface DeskOptions {
  /** The report year; else the year most drafts are of. */
  year?: number;
  /** The office's list of units (.xlsx, .xls, .csv); else 单位名册.csv beside the drafts, else the drafts found. */
  register?: string | null;
  /** Last year's drafts (上年文件夹). */
  prior?: string | null;
  /** "YYYY-MM-DD": the day deadlines count from (today). */
  today?: string;
}

export interface OpenedDesk {
  folder: string;
  view: DeskView;
  /** A row's file (relative, as the page names it) → its path. */
  paths: Map<string, string>;
  /** The roster used; null when started from the drafts. */
  roster: Roster | null;
  drafts: FoundDraft[];
}

export type DeskResult = { ok: true; desk: OpenedDesk } | { ok: false; message: string };

/** What the session keeps between scans: drafts read before are not read again while unchanged. */
export interface DeskCaches {
  folder: SummaryCache;
  prior: SummaryCache;
}

export const newCaches = (): DeskCaches => ({ folder: new Map(), prior: new Map() });

/** Why a folder cannot be read, naming it by its name only (the page never sees a path). */
async function folderProblem(path: string, what: string): Promise<string | null> {
  try {
    return (await stat(path)).isDirectory() ? null : `${what}“${basename(path)}”不是文件夹`;
  } catch (e) {
    return `${what}“${basename(path)}”无法读取：${fileErrorMessage(e)}`;
  }
}

/** The year most drafts are of (the later one on a tie); last year when there are none. */
function likelyYear(drafts: readonly FoundDraft[], today: string): number {
  const counts = new Map<number, number>();
  for (const d of drafts) if (reportYearProblem(d.summary.year) === null) counts.set(d.summary.year, (counts.get(d.summary.year) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best?.[0] ?? Number(today.slice(0, 4)) - 1;
}

export async function openDeskAt(folderPath: string, options: DeskOptions, caches: DeskCaches = newCaches(), progress?: Progress): Promise<DeskResult> {
  const folder = resolve(folderPath);
  const problem = (await folderProblem(folder, '文件夹')) ?? (options.prior ? await folderProblem(resolve(options.prior), '上年文件夹') : null);
  if (problem) return { ok: false, message: problem };
  const registerPath = options.register ? resolve(options.register) : await rosterBeside(folder);
  let roster: Roster | null = null;
  if (registerPath) {
    const read = await readRoster(registerPath);
    if (!read.ok) return { ok: false, message: read.message };
    roster = read.roster;
  }
  const today = options.today ?? localIsoString(new Date()).slice(0, 10);
  let scanned: Scanned;
  let priorDrafts: FoundDraft[] = [];
  try {
    scanned = await scanDrafts(folder, caches.folder, progress);
  } catch (e) {
    return { ok: false, message: `文件夹“${basename(folder)}”无法读取：${fileErrorMessage(e)}` };
  }
  if (options.prior) {
    try {
      priorDrafts = (await scanDrafts(resolve(options.prior), caches.prior)).drafts;
    } catch (e) {
      return { ok: false, message: `上年文件夹“${basename(resolve(options.prior))}”无法读取：${fileErrorMessage(e)}` };
    }
  }
  const year = options.year ?? likelyYear(scanned.drafts, today);
  const yearProblem = reportYearProblem(year);
  if (yearProblem) return { ok: false, message: yearProblem };
  const view = buildDesk({ folder: basename(folder), year, today, roster, drafts: scanned.drafts, unreadable: scanned.unreadable, priorDrafts, priorFolder: options.prior ? basename(resolve(options.prior)) : null, notes: scanned.notes });
  return { ok: true, desk: { folder, view, paths: scanned.paths, roster, drafts: scanned.drafts } };
}
