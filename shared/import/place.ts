// From what was read of a table to the report: figures into cells (printed totals kept as stated
// totals, which reconcile checks: T3-02, T3-03, T4-02), each with where it stood and how its
// column was proven (Report.provenance); everything that could not be proven into a finding
// that lists the figures and where they stood, and an import mark on each cell — never a guess.

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../formats';
import type { Finding } from '../reconcile/types';
import { parseCellValue, wanyuanFromYuan, type ImportMark, type ProvenanceProof, type Report } from '../report';
import { showCut, type Printed } from './digits';
import { provenJoin } from './join';
import type { ShapeRow } from './labels';
import { listPrinted, snippetOf, sourceOf } from './provenance';
import { decide, type Choice, type Decision } from './solve';
import type { RowRead, TableRead } from './tables';

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
  const cellName = (key: CellKey) => {
    const cell = index.byKey.get(key)!;
    return `${name}「${cell.rowLabel} / ${cell.columnLabel}」`;
  };

  /** The row being placed, for the excerpt kept beside each figure. */
  let current: RowRead | null = null;
  /** A figure into its cell, with where it stood and how its column was proven; false when it has no place. */
  const put = (key: CellKey, v: Value, printed: Printed, proof: ProvenanceProof, notApplicable = false, second?: Printed): boolean => {
    const cell = index.byKey.get(key)!;
    const source = sourceOf(printed, proof, snippetOf(printed, current?.row.label ?? null, current?.tokens ?? [], read.tokens), second);
    if (!source) {
      // A cell the source does not print (a header without this column): nothing to place.
      if (!cell.derived) mark(key, 'unreadable', '原文没有印这一栏');
      return false;
    }
    if (cell.derived) {
      // A printed total is kept as stated; reconcile compares it with the sum.
      if (v === null) return false;
      report.cells[key] = v;
    } else if (notApplicable) report.notApplicable.push(key);
    else if (v !== null) report.cells[key] = v;
    else {
      // Many portals print 0 as an empty cell (spec §8): import 0, and say so on the cell.
      report.cells[key] = 0;
      blanks.push(key);
      mark(key, 'blankAsZero', '不少网站把 0 印成空白，请对照原文核对');
    }
    report.provenance[key] = source;
    return true;
  };

  const choices: Choice[] = [];
  const printedOf = new Map<Choice, Printed[][]>();
  const long: RowRead[] = [];
  const known = new Map<CellKey, Value>();
  for (const r of read.rows) {
    const { row, figures, proof: shown } = r;
    current = r;
    const label = rowName(row);
    // Rows taken in the form's order were taken because the whole table's arithmetic holds.
    const proof: ProvenanceProof = read.byOrder ? 'arithmetic' : shown;
    if (figures === null) {
      note('IMP-02', 'error', `${name}没有找到“${label}”这一行，已留空`, row.cells);
      row.cells.forEach((k) => mark(k, 'unreadable', `原文中没有找到“${label}”这一行`));
    } else if (figures.kind === 'exact') {
      figures.cells.forEach(({ raw, parsed, printed }, i) => {
        const key = row.cells[i];
        if (parsed.ok) {
          if (put(key, parsed.value, printed, proof, parsed.notApplicable)) known.set(key, parsed.notApplicable ? 0 : parsed.value);
          return;
        }
        const cell = index.byKey.get(key)!;
        const inYuan = cell.kind === 'amount' ? wanyuanFromYuan(raw) : null;
        const converted = inYuan === null ? null : parseCellValue(String(inYuan), 'amount');
        if (converted?.ok && converted.value !== null && !converted.notApplicable) {
          // The text gives the unit, so the figure in 万元 is proved, not guessed.
          if (put(key, converted.value, printed, proof)) known.set(key, converted.value);
          out.notes.push(`${cellName(key)}原文为“${raw.trim()}”，已按本栏单位换算为 ${converted.value} 万元`);
          mark(key, 'converted', `原文为“${raw.trim()}”，已换算为 ${converted.value} 万元`);
        } else {
          note('IMP-01', 'error', `${cellName(key)}${parsed.reason}，已留空`, [key]);
          mark(key, 'unreadable', `原文为“${raw.slice(0, 40)}”：${parsed.reason}`);
        }
      });
    } else if (figures.kind === 'cuts') {
      if (figures.more) {
        note('IMP-08', 'error', `${name}“${label}”的数字连写为“${figures.raw.slice(0, 60)}”，可拆法过多，无法确定，已留空，请对照原文填写`, row.cells);
        row.cells.forEach((k) => mark(k, 'ambiguous', `原文数字连写为“${figures.raw.slice(0, 40)}”，可拆法过多，无法确定`));
      } else if (figures.cuts.length === 1) {
        // Every cell printed, the digits run together: only one reading of them exists.
        figures.cuts[0].forEach((v, i) => put(row.cells[i], v, figures.printed[0][i], 'position') && known.set(row.cells[i], v));
        out.notes.push(`${name}“${label}”的数字连写为“${figures.raw}”，只有一种拆法：${showCut(figures.cuts[0])}`);
      } else {
        const choice = { keys: row.cells, cuts: figures.cuts, raw: figures.raw, label };
        choices.push(choice);
        printedOf.set(choice, figures.printed);
      }
    } else if (figures.found > row.cells.length) long.push(r);
    else unplaceable(row, figures.found, figures.printed, label);
  }

  /** A row whose figures no proof places: blank, its figures and where they stood said. */
  function unplaceable(row: ShapeRow, found: number, printed: readonly Printed[], label: string) {
    const expected = row.cells.length;
    const proved = table === 'review' && found < expected ? verifiedBlocks(printed, row.cells) : 0;
    const rest = printed.slice(proved);
    const listed = rest.some((p) => p.text !== '') ? `：${listPrinted(rest)}` : '';
    const message =
      found === 0
        ? `${name}“${label}”这一行没有数字，已留空`
        : table === 'review' && expected === 15 && found < expected
          ? `${name}只找到 ${found} 个单元格，格式应有 ${expected} 个（不完整）。${
              proved > 0 ? `前 ${proved} 个按顺序填入（各栏总计核对无误）；其后的数字无法确定所在栏目${listed}，与其余单元格一并留空` : `无法确定各数字所在的栏目${listed}，已全部留空`
            }，请对照原文核实`
          : `${name}“${label}”找到 ${found} 个单元格，格式应有 ${expected} 个，无法确定各数字所在的栏目${listed}，已留空`;
    note('IMP-02', 'error', message, row.cells);
    const figures = rest.filter((p) => p.text !== '').map((p) => p.text);
    row.cells.slice(proved).forEach((k) =>
      mark(k, 'unreadable', found === 0 ? `原文“${label}”这一行没有数字` : `原文这一行有 ${found} 个单元格（其后未定的数字：${figures.slice(0, 8).join(' ') || '无'}），格式应有 ${expected} 个，无法确定哪一个属于此格`),
    );
  }

  /**
   * Table 四 with cells missing: its blocks of five (four results and their 总计) are proved in
   * reading order while each block's printed 总计 equals the sum of its four results. Returns how
   * many figures that proves (and places them); nothing after a block that does not add up is.
   */
  function verifiedBlocks(printed: readonly Printed[], keys: readonly CellKey[]): number {
    const block = 5;
    let placed = 0;
    while (placed + block <= printed.length) {
      const figures = printed.slice(placed, placed + block).map((p) => parseCellValue(p.text, 'count'));
      if (!figures.every((f) => f.ok && f.value !== null && !f.notApplicable)) break;
      const v = figures.map((f) => (f.ok && f.value !== null ? f.value : 0));
      if (v[0] + v[1] + v[2] + v[3] !== v[4]) break;
      placed += block;
    }
    for (let i = 0; i < placed; i++) {
      const parsed = parseCellValue(printed[i].text, 'count');
      if (parsed.ok && put(keys[i], parsed.value, printed[i], 'arithmetic')) known.set(keys[i], parsed.value);
    }
    return placed;
  }

  // A row one or two figures too long: a number printed in two pieces, joined only by proof.
  for (const r of long) {
    current = r;
    const figures = r.figures as Extract<RowRead['figures'], { kind: 'mismatch' }>;
    const kinds = r.row.cells.map((k) => index.byKey.get(k)!.kind);
    const join = provenJoin(edition, table, r.row.cells, kinds, figures.printed, known);
    if (!join) {
      unplaceable(r.row, figures.found, figures.printed, rowName(r.row));
      continue;
    }
    join.values.forEach((v, i) => {
      const second = join.second.get(i);
      if (put(r.row.cells[i], v, join.printed[i], second ? 'arithmetic' : r.proof, false, second)) known.set(r.row.cells[i], v);
      if (second) out.notes.push(`${cellName(r.row.cells[i])}原文分两处印为“${join.printed[i].text}”和“${second.text}”，按 ${join.rules} 只有连读为 ${v} 才成立，已连读`);
    });
  }

  // Run-together digits with several cuts: the arithmetic decides, or the row stays blank.
  const decisions = table === 'active' ? new Map<Choice, Decision>() : decide(edition, table, choices, known);
  for (const choice of choices) {
    current = read.rows.find((r) => r.row.cells === choice.keys) ?? null;
    const decision = decisions.get(choice);
    if (decision?.kind === 'proved') {
      const k = choice.cuts.indexOf(decision.cut);
      decision.cut.forEach((v, i) => put(choice.keys[i], v, printedOf.get(choice)![k][i], 'arithmetic'));
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

