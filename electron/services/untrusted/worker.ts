// The parsing worker (worker_threads): reads and parses files someone else wrote, one after
// another, under the heap cap and time budget run.ts gives it. It writes nothing. Bundled as
// dist/electron/untrusted-worker.cjs; in tests and `npm run cli` it runs from this source.

import { parentPort, workerData } from 'node:worker_threads';
import { validateReport } from '../../../shared/draft';
import type { ImportOptions, Imported } from '../../../shared/import';
import { readDraftSummary, type SummaryRead } from '../desk/draftSummary';
import { openDraft, type OpenResult } from '../documents';
import { importFile } from '../imports';
import type { SheetRead } from '../spreadsheet';
import { warmPdfReader } from '../readers/pdf';
import type { FromWorker, Job } from './run';
import { clerkMessage } from './say';


async function importReport(path: string, options: ImportOptions = {}): Promise<Imported> {
  // The importer refuses a report whose draft would be too large to open again (issue 12).
  const imported = await importFile(path, options);
  if (!imported.ok) return { ok: false, message: clerkMessage(imported.message, '文件已损坏，或不是所选格式的年报') };
  // What the clerk gets must be a draft that saves and opens again.
  const valid = validateReport(imported.report);
  if (!valid.ok) return { ok: false, message: clerkMessage(`读出的内容无法保存为草稿：${valid.message}`, '读出的内容无法保存为草稿') };
  return imported;
}

async function readDraft(path: string): Promise<OpenResult> {
  const opened = await openDraft(path);
  return opened.ok ? opened : { ok: false, message: clerkMessage(opened.message, '文件已损坏，或不是年报草稿') };
}

async function readSheet(path: string): Promise<SheetRead> {
  // Loaded only for a spreadsheet: SheetJS would otherwise take a share of every draft reader's
  // heap budget (a draft near its limit then made V8 abort the whole process, not just this worker).
  // require, not import(): this file runs as CommonJS (tsx's hook in tests, esbuild's bundle in the
  // app), and a native import() would bypass both.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readSpreadsheet } = require('../spreadsheet') as typeof import('../spreadsheet');
  const read = await readSpreadsheet(path);
  return read.ok ? read : { ok: false, message: clerkMessage(read.message, '文件已损坏，或不是 Excel、WPS 表格或 CSV 文件') };
}

async function readDesk(path: string): Promise<SummaryRead> {
  const read = await readDraftSummary(path);
  return read.ok ? read : { ok: false, message: clerkMessage(read.message, '文件已损坏，或不是年报草稿') };
}

async function main(): Promise<void> {
  const job = workerData as Job;
  const port = parentPort!;
  // Before the first file's clock starts: pdf.js loaded while this worker is still booting.
  if (job.kind === 'import' && job.paths.some((p) => p.toLowerCase().endsWith('.pdf'))) await warmPdfReader();
  for (let index = job.from; index < job.paths.length; index++) {
    port.postMessage({ type: 'start', index } satisfies FromWorker);
    const path = job.paths[index];
    const result =
      job.kind === 'import' ? await importReport(path, job.options) : job.kind === 'sheet' ? await readSheet(path) : job.kind === 'desk' ? await readDesk(path) : await readDraft(path);
    port.postMessage({ type: 'done', index, result } satisfies FromWorker);
  }
}

void main();
