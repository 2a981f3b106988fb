// Writes the Word, HTML and PDF exports of a report, atomically (a half-written .docx would not
// open, a truncated page could be published), and never onto the draft itself. The PDF comes from
// whoever can make one: Electron prints the print layout (electron/main/print.ts); the command
// line converts the Word export with LibreOffice. Every export is checked before it is written and
// read back before it takes the target's place.

import { extname } from 'node:path';
import { toDocx, toHtml } from '../../shared/export';
import { exportFingerprint } from '../../shared/export/fingerprint';
import { withPdfFingerprint } from '../../shared/export/pdfInfo';
import { signoffDocx, signoffHtml } from '../../shared/export/signoff';
import { signoffSheet } from '../../shared/workflow/signoff';
import { exportProblem, type ExportKind } from '../../shared/export/verify';
import type { ExportFormat } from '../../shared/ipc';
import type { Report } from '../../shared/report';
import { WriteFailure, writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import { fileKey, sameKey } from './fileIdentity';

export type { ExportFormat };

/** Makes a report's PDF; a failure it can explain is a RenderFailure with its reason in Chinese. */
export type PdfMaker = (report: Report) => Promise<Uint8Array>;

/** Making an export's bytes failed (a PDF maker's own words, in Chinese). */
export class RenderFailure extends Error {}

// Spaced as Chinese text spaces Latin words: “生成 PDF 时出错”.
const RENDERED: Record<ExportFormat, string> = { docx: ' Word 文档', pdf: ' PDF ', html: '网页', 'html-fragment': '网页片段' };

async function renderExport(report: Report, format: ExportFormat, pdf?: PdfMaker): Promise<Uint8Array | string> {
  if (format === 'docx') return toDocx(report);
  if (format === 'pdf') {
    if (!pdf) throw new RenderFailure('此处无法生成 PDF');
    // Chromium and LibreOffice write no custom information: the fingerprint is appended.
    return withPdfFingerprint(await pdf(report), exportFingerprint(report));
  }
  return toHtml(report, { fragment: format === 'html-fragment' });
}

/**
 * A reason in Chinese when the path must not receive an export: it is the draft (by its real
 * path, or device and inode — a symlink or hard link to the draft is the draft), or it has the
 * draft extension.
 */
export async function exportPathProblem(path: string, draftPath?: string): Promise<string | null> {
  const target = await fileKey(path);
  if (draftPath && sameKey(target, await fileKey(draftPath))) return '导出文件不能与草稿是同一个文件（该位置指向草稿本身）';
  if ([path, target.real].some((p) => extname(p).toLowerCase() === '.nianbao')) return '导出文件不能使用草稿的扩展名 .nianbao';
  return null;
}

/**
 * Renders, checks what was rendered (shared/export/verify), then writes — and the write reads
 * the file back before it takes the target's place. A failed rendering or check never touches
 * the target. Throws a WriteFailure: never 已导出 for a file that would not open.
 */
export async function writeExport(path: string, report: Report, format: ExportFormat, pdf?: PdfMaker): Promise<void> {
  let bytes: Buffer;
  try {
    const content = await renderExport(report, format, pdf);
    bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  } catch (e) {
    // A library's own (English) words never reach the clerk.
    throw new WriteFailure(path, e instanceof RenderFailure ? e.message : `生成${RENDERED[format]}时出错`);
  }
  await writeChecked(path, format === 'html-fragment' ? 'html' : format, bytes);
}

/**
 * Checks the bytes of a file we made (shared/export/verify) and only then writes them: a file that
 * would not open is a WriteFailure, and whatever is at `path` stays as it was.
 */
export async function writeChecked(path: string, kind: ExportKind, bytes: Uint8Array, options?: AtomicWriteOptions): Promise<void> {
  const problem = await exportProblem(kind, bytes);
  if (problem) throw new WriteFailure(path, `${problem}。未写入文件`, 'EINVAL');
  await writeFileAtomic(path, bytes, options);
}

/**
 * The 审核签批单 (one A4 page) as Word, or as PDF from its HTML (the app's Chromium) or from its
 * Word file (the command line's LibreOffice); the PDF carries the version's fingerprint too.
 */
export async function writeSignoff(path: string, report: Report, prior: Report | null, format: 'pdf' | 'docx', pdf?: { fromHtml?: (html: string) => Promise<Uint8Array>; fromDocx?: (docx: Uint8Array) => Promise<Uint8Array> }): Promise<void> {
  const sheet = signoffSheet(report, prior);
  let content: Uint8Array;
  try {
    if (format === 'docx') content = await signoffDocx(sheet, report.exportOptions);
    else if (pdf?.fromHtml) content = withPdfFingerprint(await pdf.fromHtml(signoffHtml(sheet, report.exportOptions)), sheet.fingerprint);
    else if (pdf?.fromDocx) content = withPdfFingerprint(await pdf.fromDocx(await signoffDocx(sheet, report.exportOptions)), sheet.fingerprint);
    else throw new RenderFailure('此处无法生成 PDF');
  } catch (e) {
    throw new WriteFailure(path, e instanceof RenderFailure ? e.message : '生成审核签批单时出错');
  }
  await writeChecked(path, format, content);
}
