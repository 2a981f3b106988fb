// `export <draft> --graphic <out.png|.svg|.html> [--prior <上年草稿>]`: the 图解. A PNG export
// writes the 1080 px picture and, beside it, the 2× copy for print (<name>@2x.png).

import { basename } from 'node:path';
import type { Report } from '../../shared/report';
import { fileErrorMessage } from '../services/documents';
import { exportPathProblem } from '../services/exports';
import { graphicFormatOf, graphicTargets, writeGraphic } from '../services/graphic';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';

/** The format of the path, or a usage error naming the extensions. */
export async function checkGraphicTarget(path: string, draft: string): Promise<void> {
  const format = graphicFormatOf(path);
  if (!format) throw new UsageError(`--graphic 的文件应以 .png、.svg 或 .html 结尾：${path}`);
  for (const target of graphicTargets(path, format)) {
    const problem = await exportPathProblem(target, draft);
    if (problem) throw new UsageError(`${target}：${problem}`);
  }
}

export async function exportGraphic(io: Io, path: string, report: Report, prior: Report | null, say: (text: string) => void): Promise<{ code: number; written: string[] }> {
  const format = graphicFormatOf(path)!;
  try {
    const written = await writeGraphic(path, report, prior, format);
    const note = format === 'png' ? `（${basename(written[0])} 宽 1080 像素，适合手机和网站；${basename(written[1])} 宽 2160 像素，供印刷）` : '';
    say(`已导出图解 ${written.join('、')}${note}${prior ? `，与 ${prior.year} 年度对比` : '，未提供上年报告，不显示与上年对比'}`);
    return { code: EXIT_OK, written };
  } catch (e) {
    io.err(`未能导出图解 ${path}：${fileErrorMessage(e)}。${path} 保持原样`);
    return { code: EXIT_UNREADABLE, written: [] };
  }
}
