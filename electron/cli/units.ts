// `units <folder> [--register <名册.xlsx|.csv>] [--year <Y>] [--prior <上年文件夹>] [--today <YYYY-MM-DD>]
// [--json] [--xlsx <out.xlsx>] [--pdf <out.pdf>]`: the 政务公开办's desk — one row per expected
// unit. Exit 0 when every expected unit is in good standing, 1 otherwise (also when, without a
// roster, no draft or only some could be read), 2 when the folder or the register cannot be read,
// the register lists no unit, or an output cannot be written.

import { extname } from 'node:path';
import { DESK_COLUMNS, UNIT_TYPE_NAMES, deskTitle, nothingRead, receiptOf, shown, summaryLine, timingOf, type DeskRow, type DeskView } from '../../shared/desk';
import { STAGE_NAMES, realDate } from '../../shared/workflow';
import { fileErrorMessage } from '../services/documents';
import { openDeskAt } from '../services/desk/desk';
import { deskPrintWorkbook, deskWorkbook } from '../services/desk/workbook';
import { writeChecked } from '../services/exports';
import { LIBREOFFICE_MISSING, findLibreOffice, officeToPdf } from '../services/libreoffice';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError, yearOption, type Io } from './io';
import { checkTargets, inputsOf } from './output';

export interface UnitsOptions {
  register?: string;
  year?: string;
  prior?: string;
  today?: string;
  json: boolean;
  xlsx?: string;
  pdf?: string;
}

const ratio = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 1000);

/** One unit as `--json` prints it (issue 25's shape, and what a clerk needs beside it). */
export function unitJson(row: DeskRow) {
  return {
    name: row.name,
    type: UNIT_TYPE_NAMES[row.type],
    file: row.file,
    year: row.year,
    edition: row.edition,
    errors: row.errors,
    warnings: row.warnings,
    openRemarks: row.openRemarks,
    stage: (row.stage ? STAGE_NAMES[row.stage] : null),
    publishDate: row.missing ? null : row.publishDate,
    deadline: row.deadline,
    late: row.late,
    lateDays: row.lateDays,
    dueInDays: row.dueInDays,
    repetitionFromLastYear: ratio(row.repetitionFromLastYear),
    mostSimilarUnit: row.mostSimilarUnit && { name: row.mostSimilarUnit.name, ratio: ratio(row.mostSimilarUnit.ratio) },
    figures: row.figures && { ...row.figures, lastYear: row.priorFigures },
    missing: row.missing,
    expected: row.expected,
    draftName: row.draftName,
    returned: row.followUp,
    unreadable: row.unreadable,
    coveredBy: row.coveredBy,
    goodStanding: row.goodStanding,
    problems: row.problems,
    notes: row.notes,
  };
}

async function checkOutputs(options: UnitsOptions): Promise<void> {
  const outputs = [
    ['--xlsx', options.xlsx, '.xlsx'],
    ['--pdf', options.pdf, '.pdf'],
  ].filter((o): o is [string, string, string] => o[1] !== undefined);
  for (const [option, path, extension] of outputs) {
    if (extname(path).toLowerCase() !== extension) throw new UsageError(`${option} 的文件名应以 ${extension} 结尾，实际为“${path}”`);
  }
  await checkTargets(outputs.map(([option, path]) => [path, option]), undefined, inputsOf([[options.register, '--register']]));
}

function table(view: DeskView): string[] {
  const lines = [deskTitle(view), `统计日期：${view.today}，${summaryLine(view.summary, view.unreadable.length)}`];
  for (const row of view.rows) {
    const figures = DESK_COLUMNS.filter((c) => c.prior).map((c) => `${c.label} ${shown(c, c.value(row))}`).join(' ');
    // ✗ where there is something to do; a unit outside the roster with nothing wrong says why it is listed.
    lines.push(`${row.problems.length > 0 ? '✗ ' : '  '}${row.name}（${UNIT_TYPE_NAMES[row.type]}）${receiptOf(row)} ${row.file ?? ''} ${row.missing ? '' : `错误 ${row.errors} 警告 ${row.warnings} 意见 ${row.openRemarks} ${row.stage ? STAGE_NAMES[row.stage] : ''} ${figures} `}${timingOf(row)}`.trimEnd());
    for (const p of row.problems) lines.push(`    · ${p}`);
    if (!row.expected) for (const n of row.notes) lines.push(`    · ${n}`);
  }
  for (const u of view.unreadable) lines.push(`无法读取：${u.file}：${u.reason}`);
  for (const p of view.roster.problems) lines.push(`单位名册：${p}`);
  lines.push(...view.notes);
  return lines;
}

export async function unitsCommand(io: Io, folder: string | undefined, options: UnitsOptions): Promise<number> {
  if (!folder) throw new UsageError('units 需要各单位报告所在的文件夹');
  const year = options.year === undefined ? undefined : yearOption(options.year);
  if (options.today !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.today) && realDate(options.today))) throw new UsageError(`--today 应为实际存在的日期，写作 YYYY-MM-DD，实际为“${options.today}”`);
  await checkOutputs(options);
  const soffice = options.pdf ? findLibreOffice() : null;
  if (options.pdf && !soffice) {
    io.err(LIBREOFFICE_MISSING);
    return EXIT_UNREADABLE;
  }
  const opened = await openDeskAt(folder, { year, register: options.register, prior: options.prior, today: options.today });
  if (!opened.ok) {
    io.err(opened.message);
    return EXIT_UNREADABLE;
  }
  const view = opened.desk.view;
  const say = options.json ? io.err : io.out;
  if (!options.json) table(view).forEach((line) => io.out(line));
  const empty = nothingRead(view);
  if (empty) io.err(empty);
  const writes: [string | undefined, 'xlsx' | 'pdf', () => Promise<Uint8Array>][] = [
    [options.xlsx, 'xlsx', () => deskWorkbook(view)],
    [options.pdf, 'pdf', async () => officeToPdf(await deskPrintWorkbook(view), 'xlsx', soffice!)],
  ];
  for (const [path, kind, make] of writes) {
    if (!path) continue;
    try {
      // Checked before it is written: a broken PDF from LibreOffice is an error, never 已写入.
      await writeChecked(path, kind, await make());
    } catch (e) {
      io.err(`未能写入 ${path}：${fileErrorMessage(e)}。该位置原有的文件没有改动`);
      return EXIT_UNREADABLE;
    }
    say(`已写入 ${path}`);
  }
  if (options.json) io.out(JSON.stringify({ units: view.rows.map(unitJson), summary: view.summary, year: view.year, today: view.today, unreadable: view.unreadable, roster: view.roster, notes: view.notes }));
  // Without a roster the units are those whose drafts could be read: a file that could not be read
  // may be any unit's, and a folder of none is no unit in good standing.
  const whole = view.roster.source !== null || view.unreadable.length === 0;
  return view.summary.expected > 0 && view.summary.goodStanding === view.summary.expected && whole ? EXIT_OK : EXIT_FINDINGS;
}
