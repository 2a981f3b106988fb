// Writes the Word and HTML exports of a report, atomically (a half-written .docx would not open).

import { extname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { toDocx, toHtml } from '../../shared/export';
import type { ExportFormat } from '../../shared/ipc';
import type { Report } from '../../shared/report';

export type { ExportFormat };


export async function renderExport(report: Report, format: ExportFormat): Promise<Uint8Array | string> {
  if (format === 'docx') return toDocx(report);
  return toHtml(report, { fragment: format === 'html-fragment' });
}

/** A reason in Chinese when the path must not receive an export, e.g. it is a draft file. */
export function exportPathProblem(path: string, draftPath?: string): string | null {
  if (draftPath && resolve(path) === resolve(draftPath)) return '导出文件不能与草稿是同一个文件';
  if (extname(path).toLowerCase() === '.nianbao') return '导出文件不能使用草稿的扩展名 .nianbao';
  return null;
}

export async function writeExport(path: string, report: Report, format: ExportFormat): Promise<void> {
  const content = await renderExport(report, format);
  await writeFileAtomic(path, typeof content === 'string' ? content : Buffer.from(content), { fsync: true });
}
