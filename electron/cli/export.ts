// `export <draft> [--docx <file>] [--pdf <file>] [--html <file> [--fragment]] [--graphic <file>
// [--prior <draft>]]`: write the Word, PDF and HTML exports and the 图解 (cli/graphic.ts). A report with errors is still exported (a clerk may want to look at it),
// with a warning. The PDF is the Word export converted by LibreOffice: without it, nothing is
// written and the clerk is told where else to get one; with it, which 公文 fonts were missing.

import { hasErrors, reconcile } from '../../shared/reconcile';
import { fileErrorMessage } from '../services/documents';
import { EXPORT_KINDS } from '../../shared/ipc';
import { writeExport, type ExportFormat } from '../services/exports';
import { fontNotice } from '../services/fontCheck';
import { LIBREOFFICE_MISSING, findLibreOffice, pdfThroughLibreOffice } from '../services/libreoffice';
import { graphicFormatOf, graphicTargets } from '../services/graphic';
import { checkGraphicTarget, exportGraphic } from './graphic';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';
import { checkTargets, isFolder, openDraftOrSay, openPrior, outputFile } from './output';

const option = (format: ExportFormat) => (format === 'html-fragment' ? '--html' : `--${format}`);
/** The 图解's files (a PNG export writes two), named by their option. */
const graphicFiles = (path: string | undefined): [string, string][] => {
  const format = path ? graphicFormatOf(path) : null;
  return path && format ? graphicTargets(path, format).map((target) => [target, '--graphic']) : [];
};

export async function exportDraft(
  io: Io,
  file: string,
  options: { docx?: string; pdf?: string; html?: string; fragment: boolean; graphic?: string; prior?: string; json: boolean },
): Promise<number> {
  const targets: [string, ExportFormat][] = [];
  if (options.docx) targets.push([options.docx, 'docx']);
  if (options.pdf) targets.push([options.pdf, 'pdf']);
  if (options.html) targets.push([options.html, options.fragment ? 'html-fragment' : 'html']);
  if (targets.length === 0 && !options.graphic) throw new UsageError('export 需要 --docx、--pdf、--html 或 --graphic 指定导出文件');
  if (options.fragment && !options.html) throw new UsageError('--fragment 只能与 --html 一起使用');
  if (options.prior && !options.graphic) throw new UsageError('--prior 只能与 --graphic 一起使用（图解中的与上年对比）');
  if (options.graphic) await checkGraphicTarget(options.graphic, file);
  // Before any work; a folder's file name is known, and checked, once the draft is read.
  const folders = await Promise.all(targets.map(([path]) => isFolder(path)));
  await checkTargets([...targets.filter((_, i) => !folders[i]).map(([path, format]): [string, string] => [path, option(format)]), ...graphicFiles(options.graphic)], file);

  const soffice = options.pdf ? findLibreOffice() : null;
  if (options.pdf && !soffice) {
    io.err(LIBREOFFICE_MISSING);
    return EXIT_UNREADABLE;
  }

  const opened = await openDraftOrSay(io, file);
  if (!opened) return EXIT_UNREADABLE;
  const report = opened.report;
  const resolved: [string, ExportFormat][] = await Promise.all(targets.map(async ([path, format]): Promise<[string, ExportFormat]> => [await outputFile(path, report, EXPORT_KINDS[format].suffix), format]));
  await checkTargets([...resolved.map(([path, format]): [string, string] => [path, option(format)]), ...graphicFiles(options.graphic)], file);
  const findings = reconcile(report);
  const say = options.json ? io.err : io.out;
  if (hasErrors(findings)) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    io.err(`注意：报告还有 ${errors} 项错误（运行 check 查看），导出的文件在改正前不宜发布`);
  }
  const written: string[] = [];
  for (const [path, format] of resolved) {
    try {
      await writeExport(path, report, format, (r) => pdfThroughLibreOffice(r, soffice!));
    } catch (e) {
      io.err(`未能导出 ${path}：${fileErrorMessage(e)}。${path} 保持原样${written.length > 0 ? `；已导出 ${written.join('、')}` : ''}`);
      return EXIT_UNREADABLE;
    }
    written.push(path);
    say(`已导出 ${path}`);
    // LibreOffice substitutes missing fonts without a word: the clerk is told which and by what.
    const notice = format === 'pdf' ? await fontNotice(report, 'libreoffice') : null;
    if (notice) io.err(notice);
  }
  if (options.graphic) {
    // Last year's report: the one named, else the one the draft remembers.
    const prior = options.prior ? await openPrior(io, options.prior) : opened.prior;
    if (options.prior && !prior) return EXIT_UNREADABLE;
    const graphic = await exportGraphic(io, options.graphic, report, prior, say);
    if (graphic.code !== EXIT_OK) return graphic.code;
    written.push(...graphic.written);
  }
  if (options.json) io.out(JSON.stringify({ findings, written }));
  return EXIT_OK;
}
