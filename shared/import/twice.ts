// One statutory table printed twice in a page (issue 21): last year's table beside this year's,
// a sample or a fake before the real one. Each copy is a candidate, read on its own. The one the
// page's own headings prove to be this year's is taken (and said); otherwise none is: every cell
// of the table is left blank, marked with each candidate's figure, and both are named.

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../formats';
import type { Finding } from '../reconcile/types';
import { blankReport, type Report, type SourcePlace } from '../report';
import { isLabel, labelsOf, tableShape, type ShapeRow } from './labels';
import { TABLE_NAMES, placeTable } from './place';
import { whereText } from './provenance';
import { isFigure, readTable, type TableRead } from './tables';
import type { Token } from './tokens';

export interface Candidate {
  read: TableRead;
  /** The words printed over it (a caption naming its year, if any). */
  caption: string;
  at: SourcePlace | undefined;
  /** Fewer than half its rows read: a part of the table printed again (last year's first rows beside this year's). */
  partial?: boolean;
}

/** The label a copy of the table starts with: its first row's, or table 四's first group's. */
const anchorOf = (edition: EditionId, table: TableId) => (table === 'review' ? '行政复议' : tableShape(edition, table).rows[0].label!);

/** The rows a candidate reads figures for. */
const rowsRead = (read: TableRead) => read.rows.filter((r) => r.figures && (r.figures.kind === 'exact' || r.figures.kind === 'cuts'));

/** A candidate reads at least half its rows' figures (or table 四's). */
function substantial(read: TableRead): boolean {
  return read.end > read.first && rowsRead(read).length * 2 >= Math.max(1, read.rows.length);
}

/** The copies of the table in [from, to), each read on its own; one read when it is printed once. */
export function candidatesOf(tokens: readonly Token[], from: number, to: number, edition: EditionId, table: TableId): Candidate[] {
  const anchor = anchorOf(edition, table);
  const shape = tableShape(edition, table);
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.text.length <= anchor.length + 4 && isLabel(t.text, anchor) && !isFigure(t)) starts.push(i);
  }
  const whole = (): Candidate[] => [{ read: readTable(tokens, from, to, edition, table), caption: '', at: undefined }];
  if (starts.length < 2) return whole();
  const out: Candidate[] = [];
  let captionFrom = from;
  for (const [k, start] of starts.entries()) {
    const end = starts[k + 1] ?? to;
    const read = readTable(tokens, k === 0 ? from : start, end, edition, table);
    // A copy without a row of figures is no copy (a label mentioned again); one with a few rows
    // is part of the table printed again, and those rows are as undecided as a whole copy's.
    if (read.end <= read.first || rowsRead(read).length === 0) return whole();
    // The caption: words between the copy before it (or the part's heading) and its first row
    // that are neither the table's labels nor figures.
    const caption = tokens
      .slice(captionFrom, start)
      .filter((t) => !t.cell && t.text.trim() !== '' && !isFigure(t) && labelsOf(t.text, shape).length === 0)
      .map((t) => t.text.trim())
      .join(' ');
    out.push({ read, caption: caption.slice(-60), at: tokens[start].at, partial: !substantial(read) });
    captionFrom = read.rowsEnd > read.first ? read.source[read.rowsEnd - 1] + 1 : end;
  }
  return out;
}

/** The candidate whose caption names the report year while every other names another year; or null. */
export function provenByHeading(candidates: readonly Candidate[], year: number): number | null {
  const years = (caption: string) => [...caption.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const isThisYear = (c: string) => (years(c).includes(year) || /本年度?/.test(c)) && years(c).every((y) => y === year) && !/上年|去年|上一年|同期/.test(c);
  const isOther = (c: string) => years(c).some((y) => y !== year) || /上年|去年|上一年/.test(c);
  const proven = candidates.map((c, i) => (isThisYear(c.caption) ? i : -1)).filter((i) => i !== -1);
  if (proven.length !== 1) return null;
  return candidates.every((c, i) => i === proven[0] || isOther(c.caption)) ? proven[0] : null;
}

const described = (c: Candidate, i: number) => `第 ${i + 1} 份${c.at ? `在${whereText(c.at)}` : ''}${c.caption ? `，标题“${c.caption}”` : '，没有标题'}`;

/** Said when the headings prove which copy is this year's. */
export const chosenNote = (table: TableId, candidates: readonly Candidate[], chosen: number) =>
  `${TABLE_NAMES[table]}在原文中出现了 ${candidates.length} 份（${candidates.map(described).join('；')}）；按标题采用第 ${chosen + 1} 份，其余未导入。`;

/**
 * No copy proven, and only some rows printed again (last year's first rows beside this year's
 * table): the one whole copy without those rows, and the cells of the rows printed more than once
 * (each left to the clerk). Null when there is not exactly one whole copy.
 */
export function withoutRepeated(candidates: readonly Candidate[]): { read: TableRead; cells: CellKey[] } | null {
  const whole = candidates.filter((c) => !c.partial);
  if (whole.length !== 1 || whole.length === candidates.length) return null;
  const printed = (row: ShapeRow) => candidates.filter((c) => c.read.rows.some((r) => r.row.cells[0] === row.cells[0] && r.figures !== null)).length;
  const read = whole[0].read;
  const repeated = read.rows.filter((r) => printed(r.row) > 1);
  return { read: { ...read, rows: read.rows.filter((r) => !repeated.includes(r)) }, cells: repeated.flatMap((r) => r.row.cells) };
}

/**
 * No copy proven: every cell of the table blank (or only `only`, the rows printed more than
 * once), marked with each candidate's figure; one finding names them all.
 */
export function leaveToClerk(report: Report, findings: Finding[], edition: EditionId, table: TableId, candidates: readonly Candidate[], only?: readonly CellKey[]): void {
  const figures = candidates.map((c) => {
    const scratch = { ...blankReport('', report.year), edition };
    placeTable(c.read, edition, table, { report: scratch, findings: [], notes: [] });
    return scratch;
  });
  const name = TABLE_NAMES[table];
  const entered = cellIndex(EDITIONS[edition]).entered.filter((c) => c.table === table && (!only || only.includes(c.key)));
  for (const cell of entered) {
    const shown = figures.map((r, i) => `第 ${i + 1} 份为 ${r.notApplicable.includes(cell.key) ? '/' : (r.cells[cell.key] ?? '空白')}`).join('，');
    report.importMarks[cell.key] = { reason: 'ambiguous', detail: `原文有 ${candidates.length} 份${name}${only ? '的这一行' : ''}：${shown}` };
  }
  const rows = only ? [...new Set(entered.map((c) => c.rowLabel))].map((l) => `“${l}”`).join('、') : '';
  findings.push({
    rule: 'IMP-11',
    severity: 'error',
    cells: entered.map((c) => c.key),
    message: only
      ? `${name}的${rows}在原文中印了 ${candidates.length} 次（${candidates.map(described).join('；')}），标题不能证明哪一份是本年度的，这${rows.includes('、') ? '几' : '一'}行已留空，每格注明各份的数字，请对照原文选定后填写`
      : `${name}在原文中出现了 ${candidates.length} 份（${candidates.map(described).join('；')}），标题不能证明哪一份是本年度的，该表各单元格已留空，每格注明各份的数字，请对照原文选定后填写`,
  });
}
