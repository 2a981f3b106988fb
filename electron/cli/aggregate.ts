// `aggregate <drafts or folders>… --org <name> --year <Y> -o <draft> [--skip-unreadable] [--json]`:
// the consolidated report of many units, with the unit list to chase wrong drafts. Files that
// cannot be read stop it (nothing is written) unless --skip-unreadable says to go on without them.

import type { UnitSummary } from '../../shared/aggregate';
import { reconcile } from '../../shared/reconcile';
import { aggregateFiles } from '../services/aggregate';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, yearOption, type Io } from './io';
import { outputFile, outputTaken, writeNewDraft } from './output';

const figure = (v: number | null) => (v === null ? '—' : String(v));

/** Ideographic space: columns of Chinese text line up better than with ASCII spaces. */
const GAP = '\u3000';

function unitTable(units: UnitSummary[]): string[] {
  const rows = units.map((u) =>
    [
      `  ${u.organization}`,
      `错误 ${u.errors}`,
      `警告 ${u.warnings}`,
      `新收申请 ${figure(u.figures.received)}`,
      `办结 ${figure(u.figures.concluded)}`,
      `复议 ${figure(u.figures.reviews)}`,
      `诉讼 ${figure(u.figures.lawsuits)}`,
      `（${u.source}）`,
    ].join(GAP),
  );
  return ['下级单位：', ...rows];
}

export async function aggregateCommand(
  io: Io,
  inputs: string[],
  options: { org?: string; year?: string; output?: string; skipUnreadable: boolean; json: boolean },
): Promise<number> {
  if (inputs.length === 0) throw new UsageError('aggregate 需要至少一个下级单位的草稿文件或文件夹');
  if (!options.org?.trim() || !options.year || !options.output) throw new UsageError('aggregate 需要 --org、--year 和 -o 三个参数');
  const year = yearOption(options.year);
  if (await outputTaken(io, options.output)) return EXIT_UNREADABLE;

  const { result, unreadable } = await aggregateFiles(inputs, options.org.trim(), year);
  const say = options.json ? io.err : io.out;
  for (const u of unreadable) io.err(`无法读取 ${u.file}：${u.reason}`);
  if (unreadable.length > 0 && !options.skipUnreadable) {
    io.err(`有 ${unreadable.length} 个文件无法读取，未生成汇总报告。请改正或移走这些文件；如确要不含它们汇总，请加 --skip-unreadable。`);
    return EXIT_UNREADABLE;
  }
  if (!result.ok) {
    io.err(result.message);
    return EXIT_UNREADABLE;
  }
  const output = await outputFile(options.output, result.report, '.nianbao');
  if (!(await writeNewDraft(io, output, result.report))) return EXIT_UNREADABLE;
  unitTable(result.units).forEach((line) => say(line));
  const withErrors = result.units.filter((u) => u.errors > 0).length;
  say(`已汇总 ${result.units.length} 个单位的报告，写入 ${output}${withErrors > 0 ? `；其中 ${withErrors} 个单位的报告有错误，发布前请核实` : ''}${unreadable.length > 0 ? `；未含 ${unreadable.length} 个无法读取的文件` : ''}`);
  if (options.json) io.out(JSON.stringify({ findings: reconcile(result.report), units: result.units, unreadable, path: output }));
  return EXIT_OK;
}
