// Reading files someone else wrote — a published report to import, units' drafts for 汇总 —
// off the main thread and within limits (issue 12): a hostile file costs its own worker, never
// the app. Main never loads the parsers of shared/import itself.

import type { ImportOptions, Imported } from '../../../shared/import';
import { availableParallelism } from 'node:os';
import type { SummaryRead } from '../desk/draftSummary';
import type { OpenResult } from '../documents';
import type { SheetRead } from '../spreadsheet';
import { spreadsheetDoorProblem } from '../spreadsheetLimits';
import { DRAFT_LIMITS, IMPORT_LIMITS, SHEET_LIMITS, draftDoorProblem, importDoorProblem, type WorkerLimits } from './limits';
import { runInWorker } from './run';

export { DRAFT_LIMITS, IMPORT_LIMITS, SHEET_LIMITS, type WorkerLimits } from './limits';

/**
 * A published report (text, page, Word, PDF …) read into a report, or a Chinese refusal.
 * `options`: the clerk's own 报告年度 and 机关名称, over what the report says.
 */
export async function importUntrusted(path: string, options: ImportOptions = {}, limits: WorkerLimits = IMPORT_LIMITS): Promise<Imported> {
  const problem = await importDoorProblem(path);
  if (problem) return { ok: false, message: problem };
  const [result] = await runInWorker<Imported>('import', [path], limits, options);
  return result;
}

/** Each draft opened, in order, or refused with its reason; one bad file never stops the rest. */
export async function openDraftsUntrusted(paths: readonly string[], limits: WorkerLimits = DRAFT_LIMITS): Promise<OpenResult[]> {
  const results: (OpenResult | undefined)[] = new Array(paths.length);
  const admitted: number[] = [];
  await Promise.all(
    paths.map(async (path, i) => {
      const problem = await draftDoorProblem(path);
      if (problem) results[i] = { ok: false, message: problem };
      else admitted.push(i);
    }),
  );
  admitted.sort((a, b) => a - b);
  const read = await runInWorker<OpenResult>('draft', admitted.map((i) => paths[i]), limits);
  admitted.forEach((index, k) => (results[index] = read[k]));
  return results as OpenResult[];
}

/**
 * Units' drafts summarised for the desk (checked in the worker, only the summary comes back), in
 * order; a bad file never stops the rest. A thousand drafts take seconds of checking, so up to
 * `workers` workers (one per core, at most four) share them; `onDone` is told as each file is answered.
 */
export async function summarizeDraftsUntrusted(
  paths: readonly string[],
  onDone: () => void = () => undefined,
  workers = Math.min(4, availableParallelism()),
  limits: WorkerLimits = DRAFT_LIMITS,
): Promise<SummaryRead[]> {
  const results: SummaryRead[] = new Array(paths.length);
  const admitted: number[] = [];
  await Promise.all(
    paths.map(async (path, i) => {
      const problem = await draftDoorProblem(path);
      if (problem) {
        results[i] = { ok: false, message: problem };
        onDone();
      } else admitted.push(i);
    }),
  );
  admitted.sort((a, b) => a - b);
  // Interleaved shares: drafts of one kind (a township's long reports) are spread over the workers.
  const count = Math.max(1, Math.min(workers, Math.ceil(admitted.length / 50)));
  const shares = Array.from({ length: count }, (_, w) => admitted.filter((_, k) => k % count === w));
  await Promise.all(
    shares.map(async (share) => {
      const read = await runInWorker<SummaryRead>('desk', share.map((i) => paths[i]), limits, undefined, onDone);
      share.forEach((index, k) => (results[index] = read[k]));
    }),
  );
  return results;
}

/** A spreadsheet (.xlsx, .xls, .csv: a ledger, a roster) read into sheets of plain rows, or a Chinese refusal. */
export async function readSpreadsheetUntrusted(path: string, limits: WorkerLimits = SHEET_LIMITS): Promise<SheetRead> {
  const problem = await spreadsheetDoorProblem(path);
  if (problem) return { ok: false, message: problem };
  const [result] = await runInWorker<SheetRead>('sheet', [path], limits);
  return result;
}
