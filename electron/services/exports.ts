// Writes the Word, HTML and PDF exports of a report, atomically (a half-written .docx would not
// open). The PDF comes from whoever can make one: Electron prints the print layout
// (electron/main/print.ts); the command line converts the Word export with LibreOffice.

import { extname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { toDocx, toHtml } from '../../shared/export';
import type { ExportFormat } from '../../shared/ipc';
import type { Report } from '../../shared/report';

export type { ExportFormat };

/** Makes a report's PDF. */
export type PdfMaker = (report: Report) => Promise<Uint8Array>;

export async function renderExport(report: Report, format: ExportFormat, pdf?: PdfMaker): Promise<Uint8Array | string> {
  if (format === 'docx') return toDocx(report);
  if (format === 'pdf') {
    if (!pdf) throw new Error('no PDF maker given');
    return pdf(report);
  }
  return toHtml(report, { fragment: format === 'html-fragment' });
}

/** A reason in Chinese when the path must not receive an export, e.g. it is a draft file. */
export function exportPathProblem(path: string, draftPath?: string): string | null {
  if (draftPath && resolve(path) === resolve(draftPath)) return '导出文件不能与草稿是同一个文件';
  if (extname(path).toLowerCase() === '.nianbao') return '导出文件不能使用草稿的扩展名 .nianbao';
  return null;
}

/** Renders first, then writes: a failed rendering never touches the target file. */
export async function writeExport(path: string, report: Report, format: ExportFormat, pdf?: PdfMaker): Promise<void> {
  const content = await renderExport(report, format, pdf);
  await writeFileAtomic(path, typeof content === 'string' ? content : Buffer.from(content), { fsync: true });
}
