// `import <file> -o <draft> [--year Y] [--org NAME] [--json]`: a published report (text,
// markdown, saved page, Word .docx/.doc, PDF) → a draft, with the summary (what was recognised
// and from where, cells recovered / missing, lines left out) and the findings; with --json also
// each placed cell's value and provenance. Exit 0 when a draft was written, 2 when nothing usable
// was found. Never overwrites a file.

import { FORMAT_NAMES } from '../../shared/import/format';
import { importUntrusted } from '../services/untrusted';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, yearOption, type Io } from './io';
import { outputFile, outputTaken, writeNewDraft } from './output';

const WORDS = { error: '错误', warning: '警告', info: '提示' } as const;

export async function importCommand(io: Io, file: string | undefined, options: { output?: string; year?: string; org?: string; json: boolean }): Promise<number> {
  if (!file || !options.output) throw new UsageError('import 需要一个已发布的年报文件和 -o 草稿文件');
  const year = options.year === undefined ? undefined : yearOption(options.year);
  const organization = options.org?.trim();
  if (organization === '') throw new UsageError('--org 不能为空，请填写机关全称');
  if (await outputTaken(io, options.output)) return EXIT_UNREADABLE;
  // Someone else's file: parsed in the worker, within its limits.
  const imported = await importUntrusted(file, { year, organization });
  if (!imported.ok) {
    io.err(`无法导入 ${file}：${imported.message}`);
    return EXIT_UNREADABLE;
  }
  const output = await outputFile(options.output, imported.report, '.nianbao');
  if (!(await writeNewDraft(io, output, imported.report))) return EXIT_UNREADABLE;
  const { summary, findings, report } = imported;
  const say = options.json ? io.err : io.out;
  say(`已导入 ${file}（${FORMAT_NAMES[summary.format]}）→ ${output}：${report.organization || '（机关名称未识别）'}${report.year} 年度，${report.edition} 年版格式${summary.traditional ? '（原文为繁体，已转换）' : ''}`);
  say(`机关名称取自${summary.organizationSource ?? '（未找到）'}；报告年度取自${summary.yearSource}${summary.yearInferred ? '（推断，请核对）' : ''}`);
  say(`识别单元格 ${summary.cellsRecovered} 个，未能识别 ${summary.cellsMissing} 个（无法读取 ${summary.cellsUnreadable} 个，无法确定 ${summary.cellsAmbiguous} 个），空白按 0 导入 ${summary.cellsBlankAsZero} 个；删去原文 ${summary.droppedCount} 行；问题 ${findings.length} 项`);
  if (!options.json) {
    for (const f of findings) say(`[${WORDS[f.severity]}] ${f.rule} ${f.message}`);
    for (const line of summary.dropped) say(`[删去] ${line}`);
  }
  // Per placed cell: its value, where it stood in the source and how its column was proven.
  const provenance = Object.fromEntries(
    Object.entries(report.provenance).map(([key, source]) => [key, { value: report.notApplicable.includes(key) ? '/' : (report.cells[key] ?? null), ...source }]),
  );
  if (options.json) io.out(JSON.stringify({ findings, summary, provenance, path: output }));
  return EXIT_OK;
}
