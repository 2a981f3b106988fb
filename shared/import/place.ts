// From what was read of a table to the report: figures into cells (printed totals kept as stated
// totals, which reconcile checks: T3-02, T3-03, T4-02), and everything that could not be
// established into a finding and an import mark on each cell concerned — never a guess.

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../formats';
import type { Finding } from '../reconcile/types';
import { parseCellValue, wanyuanFromYuan, type ImportMark, type Report } from '../report';
import { showCut } from './digits';
import type { ShapeRow } from './labels';
import { decide, type Choice, type Decision } from './solve';
import type { TableRead } from './tables';

export const TABLE_NAMES: Record<TableId, string> = { active: '表二（主动公开）', apply: '表三（依申请公开）', review: '表四（复议诉讼）' };

export interface Placement {
  report: Report;
  findings: Finding[];
  /** Sentences for the import summary (how figures were established). */
  notes: string[];
}

type Value = number | null;

export function placeTable(read: TableRead, edition: EditionId, table: TableId, out: Placement): void {
  const index = cellIndex(EDITIONS[edition]);
  const name = TABLE_NAMES[table];
  const { report } = out;
  const note = (rule: string, severity: Finding['severity'], message: string, cells: CellKey[] = []) => out.findings.push({ rule, severity, cells, message });
  const mark = (key: CellKey, reason: ImportMark['reason'], detail: string) => {
    if (!index.byKey.get(key)!.derived) report.importMarks[key] = { reason, detail };
  };
  const rowName = (row: ShapeRow) => row.label ?? '复议诉讼各栏';
  const blanks: CellKey[] = [];

  const put = (key: CellKey, v: Value, notApplicable = false) => {
    const cell = index.byKey.get(key)!;
    if (cell.derived) {
      // A printed total is kept as stated; reconcile compares it with the sum.
      if (v !== null) report.cells[key] = v;
    } else if (notApplicable) report.notApplicable.push(key);
    else if (v !== null) report.cells[key] = v;
    else {
      // Many portals print 0 as an empty cell (spec §8): import 0, and say so on the cell.
      report.cells[key] = 0;
      blanks.push(key);
      mark(key, 'blankAsZero', '不少网站把 0 印成空白，请对照原文核对');
    }
  };

  const choices: Choice[] = [];
  const known = new Map<CellKey, Value>();
  for (const { row, figures } of read.rows) {
    const label = rowName(row);
    if (figures === null) {
      note('IMP-02', 'error', `${name}没有找到“${label}”这一行，已留空`, row.cells);
      row.cells.forEach((k) => mark(k, 'unreadable', `原文中没有找到“${label}”这一行`));
    } else if (figures.kind === 'exact') {
      figures.cells.forEach(({ raw, parsed }, i) => {
        const key = row.cells[i];
        if (parsed.ok) {
          put(key, parsed.value, parsed.notApplicable);
          known.set(key, parsed.notApplicable ? 0 : parsed.value);
        } else {
          const cell = index.byKey.get(key)!;
          const inYuan = cell.kind === 'amount' ? wanyuanFromYuan(raw) : null;
          const converted = inYuan === null ? null : parseCellValue(String(inYuan), 'amount');
          if (converted?.ok && converted.value !== null && !converted.notApplicable) {
            // The text gives the unit, so the figure in 万元 is proved, not guessed.
            put(key, converted.value);
            known.set(key, converted.value);
            out.notes.push(`${name}「${cell.rowLabel} / ${cell.columnLabel}」原文为“${raw.trim()}”，已按本栏单位换算为 ${converted.value} 万元`);
            mark(key, 'converted', `原文为“${raw.trim()}”，已换算为 ${converted.value} 万元`);
          } else {
            note('IMP-01', 'error', `${name}「${cell.rowLabel} / ${cell.columnLabel}」${parsed.reason}，已留空`, [key]);
            mark(key, 'unreadable', `原文为“${raw.slice(0, 40)}”：${parsed.reason}`);
          }
        }
      });
    } else if (figures.kind === 'cuts') {
      if (figures.more) {
        note('IMP-08', 'error', `${name}“${label}”的数字连写为“${figures.raw.slice(0, 60)}”，可拆法过多，无法确定，已留空，请对照原文填写`, row.cells);
        row.cells.forEach((k) => mark(k, 'ambiguous', `原文数字连写为“${figures.raw.slice(0, 40)}”，可拆法过多，无法确定`));
      } else if (figures.cuts.length === 1) {
        figures.cuts[0].forEach((v, i) => {
          put(row.cells[i], v);
          known.set(row.cells[i], v);
        });
        out.notes.push(`${name}“${label}”的数字连写为“${figures.raw}”，只有一种拆法：${showCut(figures.cuts[0])}`);
      } else choices.push({ keys: row.cells, cuts: figures.cuts, raw: figures.raw, label });
    } else {
      placeMismatch(row, figures.found, figures.pieces, label);
    }
  }

  function placeMismatch(row: ShapeRow, found: number, pieces: string[], label: string) {
    const expected = row.cells.length;
    const proved = table === 'review' && found < expected ? verifiedBlocks(pieces) : 0;
    // After the proved blocks, the figures of the last, short block are put in reading order —
    // not proved: each is marked for the clerk to check, as a figure whose column is unknown.
    const placed = proved > 0 ? Math.min(found, expected) : 0;
    for (let i = 0; i < placed; i++) {
      const parsed = parseCellValue(pieces[i], 'count');
      if (parsed.ok) put(row.cells[i], parsed.value);
    }
    const rest = placed - proved;
    const message =
      found === 0
        ? `${name}“${label}”这一行没有数字，已留空`
        : table === 'review'
          ? `${name}只找到 ${found} 个单元格，格式应有 ${expected} 个（不完整）。${
              proved > 0
                ? `前 ${proved} 个按顺序填入（各栏总计核对无误）${rest > 0 ? `；其后 ${rest} 个数字按顺序暂填，无法确定所在栏目` : ''}；其余 ${expected - placed} 个留空`
                : '无法确定各数字所在的栏目，已全部留空'
            }，请对照原文核实`
          : `${name}“${label}”找到 ${found} 个单元格，格式应有 ${expected} 个，无法确定各数字所在的栏目，已留空`;
    note('IMP-02', 'error', message, row.cells);
    row.cells.slice(proved, placed).forEach((k) => mark(k, 'ambiguous', `原文这一行有 ${found} 个数字，格式应有 ${expected} 个：此数按顺序暂填，无法确定是否属于这一栏`));
    row.cells.slice(placed).forEach((k) => mark(k, 'unreadable', found === 0 ? `原文“${label}”这一行没有数字` : `原文这一行有 ${found} 个数字，格式应有 ${expected} 个，无法确定所在栏目`));
  }

  // Run-together digits with several cuts: the arithmetic decides, or the row stays blank.
  const decisions = table === 'active' ? new Map<Choice, Decision>() : decide(edition, table, choices, known);
  for (const choice of choices) {
    const decision = decisions.get(choice);
    if (decision?.kind === 'proved') {
      decision.cut.forEach((v, i) => put(choice.keys[i], v));
      out.notes.push(`${name}“${choice.label}”的数字连写为“${choice.raw}”，可有 ${choice.cuts.length} 种拆法，按 ${decision.rules.join('、')} 只有 ${showCut(decision.cut)} 成立，已采用`);
      continue;
    }
    const list = (cuts: (number | null)[][]) => cuts.slice(0, 4).map(showCut).join('；') + (cuts.length > 4 ? ` 等 ${cuts.length} 种` : '');
    const contradicted = decision?.kind === 'ambiguous' && decision.contradicted;
    const cuts = contradicted ? choice.cuts : (decision?.cuts ?? choice.cuts);
    const listed = list(cuts);
    const rules = decision?.rules.join('、') || '合计关系';
    // When the printed totals contradict each other, no cut is proved — even one that fits its own row.
    const fitting = contradicted && decision.cuts.length > 0 && decision.cuts.length < choice.cuts.length ? `（其中符合本行合计的：${list(decision.cuts)}）` : '';
    const why =
      table === 'active' ? '表二没有可用于核对的合计关系' : contradicted ? `${fitting}，但无论怎样拆，${rules} 都不能同时成立（原表的合计之间本身有矛盾）` : `按 ${rules} 仍有多种拆法成立`;
    note('IMP-08', 'error', `${name}“${choice.label}”的数字连写为“${choice.raw}”，可拆为 ${listed}${contradicted ? '' : '，'}${why}，已留空，请对照原文填写`, choice.keys);
    choice.keys.forEach((k) => mark(k, 'ambiguous', `原文数字连写为“${choice.raw}”，可拆为 ${listed}，无法确定`));
  }

  if (read.byOrder) {
    note('IMP-10', 'info', `${name}的行标签与数字错位（常见于 PDF 转换），已按格式的行序读入：数字行数与格式一致，行内所印标签相符，各行合计与勾稽关系核对无误`);
  }
  if (blanks.length > 0) note('IMP-04', 'warning', `${name}中有 ${blanks.length} 个单元格空白，已按 0 导入，请核对`, blanks);
}

/**
 * IMP-06 for the rows and figures outside the form's rows of a table. Said once every table is
 * read: what follows one table's rows and the next table (printed without its heading) took as
 * its own rows was imported there, not left out.
 */
export function noteOutside(read: TableRead, edition: EditionId, table: TableId, out: Placement, takenElsewhere: (regionIndex: number) => boolean): void {
  const name = TABLE_NAMES[table];
  const note = (message: string) => out.findings.push({ rule: 'IMP-06', severity: 'warning', cells: [], message });
  for (const extra of read.extras) {
    if (takenElsewhere(read.source[extra.at])) continue;
    if (extra.group) {
      note(`${name}把“${extra.label}”印成了一行（数字 ${extra.figures}），${edition} 年版格式把它分为若干子项；数字未拆分到子项，子项已留空，请按原始记录填写`);
    } else note(`${name}有一行格式之外的“${extra.label.slice(0, 40)}”（数字 ${extra.figures.slice(0, 60)}），没有并入任何一行`);
  }
  const strays = read.strays.filter((s) => !takenElsewhere(read.source[s.at]));
  if (strays.length > 0) note(`${name}中有不属于任何一行的数字“${strays.slice(0, 10).map((s) => s.text).join(' ')}”，没有导入`);
}

/**
 * Table 四 with cells missing: its blocks of five (four results and their 总计) are proved in
 * reading order while each block's printed 总计 equals the sum of its four results. Returns how
 * many figures that proves; nothing after a block that does not add up is proved.
 */
function verifiedBlocks(pieces: string[]): number {
  const block = 5;
  let placed = 0;
  while (placed + block <= pieces.length) {
    const figures = pieces.slice(placed, placed + block).map((t) => parseCellValue(t, 'count'));
    if (!figures.every((f) => f.ok)) return placed;
    const v = figures.map((f) => (f.ok && f.value !== null ? f.value : 0));
    if (v[0] + v[1] + v[2] + v[3] !== v[4]) return placed;
    placed += block;
  }
  return placed;
}
