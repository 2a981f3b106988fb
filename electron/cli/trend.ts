// `trend <草稿或已发布的年报>… -o <趋势图.png|.svg|.html>`: 多年趋势 of up to five years of one unit,
// as trend lines of the key figures and the indicators (the same picture formats as the 图解).

import { basename } from 'node:path';
import { trendProblem } from '../../shared/graphic';
import { fileErrorMessage } from '../services/documents';
import { graphicFormatOf, graphicTargets, writeTrend } from '../services/graphic';
import { readTrendReports } from '../services/trend';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';
import { checkTargets } from './output';

export async function trendCommand(io: Io, files: readonly string[], output: string | undefined): Promise<number> {
  if (files.length === 0) throw new UsageError('trend 需要两至五个年度的草稿或已发布的年报');
  if (!output) throw new UsageError('trend 需要 -o 指定趋势图文件（.png、.svg 或 .html）');
  const format = graphicFormatOf(output);
  if (!format) throw new UsageError(`趋势图文件应以 .png、.svg 或 .html 结尾：${output}`);
  // The picture never replaces one of the reports it is drawn from.
  await checkTargets(graphicTargets(output, format).map((target) => [target, '-o']), undefined, files.map((f) => [f, '要读取的报告']));
  const read = await readTrendReports(files);
  if ('problem' in read) {
    io.err(read.problem);
    return EXIT_UNREADABLE;
  }
  for (const u of read.unreadable) io.err(`无法读取 ${u.file}：${u.reason}`);
  for (const note of read.notes) io.err(`注意：${note}`);
  const problem = read.unreadable.length > 0 ? '有文件无法读取，未生成趋势图' : trendProblem(read.reports);
  if (problem) {
    io.err(problem);
    return EXIT_UNREADABLE;
  }
  try {
    const written = await writeTrend(output, read.reports, format);
    io.out(`已导出多年趋势 ${written.join('、')}（${read.reports.map((r) => r.year).join('、')} 年度）${format === 'png' ? `；${basename(written[1])} 为印刷用 2 倍图` : ''}`);
    return EXIT_OK;
  } catch (e) {
    io.err(`未能导出趋势图 ${output}：${fileErrorMessage(e)}。${output} 保持原样`);
    return EXIT_UNREADABLE;
  }
}
