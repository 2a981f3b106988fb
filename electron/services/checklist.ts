// 发布前检查 (issue 24) for the app and the command line: the report checked with last year's and
// the office's 用语表, the one-page 检查报告 made (Word through docx, PDF through the app's printer
// or, on the command line, LibreOffice) and written atomically.

import { checklistHtml, checklistOf, type ChecklistPage } from '../../shared/checklist';
import { checklistDocx } from '../../shared/checklist/docx';
import type { ChecklistFormat } from '../../shared/ipc';
import { reconcile, type LexiconEntry } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { WriteFailure, writeFileAtomic } from './atomicWrite';
import { RenderFailure } from './exports';

/** The day, as the clerk's computer has it ("2025-01-20"). */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The page for a report as it stands. */
export function checklistPage(report: Report, prior: Report | null, lexicon: readonly LexiconEntry[] = [], date = today()): ChecklistPage {
  const findings = reconcile(report, prior ?? undefined, { lexicon });
  return checklistOf({ report, findings, prior: prior && prior.year === report.year - 1 ? prior : null, officeEntries: lexicon.length, date });
}

/** Makes a PDF of a page: the app prints its HTML; the command line converts its Word file. */
export type ChecklistPdf = (page: ChecklistPage, html: string, docx: () => Promise<Uint8Array>) => Promise<Uint8Array>;

/** Renders first, then writes: a failed rendering never touches the target. Throws a WriteFailure. */
export async function writeChecklist(path: string, page: ChecklistPage, report: Report, format: ChecklistFormat, pdf?: ChecklistPdf): Promise<void> {
  let bytes: Uint8Array;
  try {
    const docx = () => checklistDocx(page, report.exportOptions);
    if (format === 'docx') bytes = await docx();
    else if (!pdf) throw new RenderFailure('此处无法生成 PDF');
    else bytes = await pdf(page, checklistHtml(page, report.exportOptions), docx);
  } catch (e) {
    throw new WriteFailure(path, e instanceof RenderFailure ? e.message : `生成检查报告时出错`);
  }
  await writeFileAtomic(path, bytes);
}
