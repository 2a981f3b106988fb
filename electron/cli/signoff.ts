// `signoff <draft> [--docx <file>] [--pdf <file>]`: the 审核签批单 (one A4 page) for the draft's
// current version; the PDF is its Word file converted by LibreOffice, as `export --pdf`.

import { EXPORT_KINDS } from '../../shared/ipc';
import { fileErrorMessage } from '../services/documents';
import { writeSignoff } from '../services/exports';
import { LIBREOFFICE_MISSING, docxToPdf, findLibreOffice } from '../services/libreoffice';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';
import { checkTargets, isFolder, openDraftOrSay, outputFile } from './output';

export async function signoffCommand(io: Io, file: string, options: { docx?: string; pdf?: string; json: boolean }): Promise<number> {
  const targets = [...(options.docx ? [[options.docx, 'docx'] as const] : []), ...(options.pdf ? [[options.pdf, 'pdf'] as const] : [])];
  if (targets.length === 0) throw new UsageError('signoff 需要 --docx 或 --pdf 指定输出文件');
  // As `export`: before any work, and again once a folder's file name is known.
  const folders = await Promise.all(targets.map(([path]) => isFolder(path)));
  await checkTargets(targets.filter((_, i) => !folders[i]).map(([path, format]) => [path, `--${format}`]), file);
  const soffice = options.pdf ? findLibreOffice() : null;
  if (options.pdf && !soffice) {
    io.err(LIBREOFFICE_MISSING);
    return EXIT_UNREADABLE;
  }
  const opened = await openDraftOrSay(io, file);
  if (!opened) return EXIT_UNREADABLE;
  const report = opened.report;
  // In a folder: named as the app suggests, "<title>（审核签批单）.docx".
  const resolved = await Promise.all(targets.map(async ([path, format]) => [await outputFile(path, report, `（审核签批单）${EXPORT_KINDS[format].suffix}`), format] as const));
  await checkTargets(resolved.map(([path, format]) => [path, `--${format}`]), file);
  const written: string[] = [];
  for (const [path, format] of resolved) {
    try {
      await writeSignoff(path, report, opened.prior, format, { fromDocx: (docx) => docxToPdf(docx, soffice!) });
    } catch (e) {
      io.err(`未能导出 ${path}：${fileErrorMessage(e)}。${path} 保持原样`);
      return EXIT_UNREADABLE;
    }
    written.push(path);
    (options.json ? io.err : io.out)(`已导出审核签批单 ${path}`);
  }
  if (options.json) io.out(JSON.stringify({ findings: [], written }));
  return EXIT_OK;
}
