// Table 四 printed as groups: three small tables (行政复议 / 未经复议直接起诉 / 复议后起诉), each
// under its own header row (结果维持 … 总计), or one table with a row per group. Each group's
// figures are read under its own header: a figure's column is the header word printed over it
// (or, five figures under a group's name, the statute's order of the five); a group whose
// figures no header places is left for the clerk, never filled in reading order.

import type { CellKey, CellKind } from '../formats';
import { isLabel, type ShapeRow, type TableShape } from './labels';
import { rowFigures } from './digits';
import type { Classified, RowRead } from './tables';
import type { Token } from './tokens';

const GROUPS: { label: string; row: 'RV' | 'LD' | 'LR' }[] = [
  { label: '行政复议', row: 'RV' },
  { label: '未经复议直接起诉', row: 'LD' },
  { label: '复议后起诉', row: 'LR' },
];
const COLUMNS = ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'] as const;
const COLUMN_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export interface GroupedRead {
  rows: RowRead[];
  used: Set<number>;
  end: number;
}

const groupOf = (text: string) => GROUPS.findIndex((g) => isLabel(text, g.label) && text.replace(/\s/g, '').length <= g.label.length + 2);

/**
 * The groups of table 四 from `first` on, or null when its figures are not printed as groups
 * (the statute's one row of fifteen, read by the caller).
 */
export function readGroups(items: readonly Classified[], first: number, shape: TableShape, kind: (key: CellKey) => CellKind): GroupedRead | null {
  const columnOf = (text: string) => COLUMN_WORDS.findIndex((word) => shape.labels.some((l) => l.role === 'column' && l.text === word && isLabel(text, word)));
  const rows: RowRead[] = [];
  const used = new Set<number>();
  let group = -1;
  /**
   * The header words last printed, in order (a column each, -1 for a cell that names none), and
   * the group whose name was printed before them (-1: none, a header over every group).
   */
  let header: { columns: number[]; row: number | undefined; group: number } | null = null;
  let previousWasHeader = false;
  let end = first;
  let i = first;
  while (i < items.length) {
    const c = items[i];
    const text = c.token.text.trim();
    const g = c.figure || c.blank ? -1 : groupOf(text);
    const column = c.figure || c.blank ? -1 : columnOf(text);
    if (g !== -1) {
      group = g;
      // A group's name opening its header row ("行政复议 | 结果维持 | …") is that row's first cell.
      if (c.token.row !== undefined && items[i + 1]?.token.row === c.token.row) {
        header = { columns: [-1], row: c.token.row, group: g };
        previousWasHeader = true;
      }
      i++;
      continue;
    }
    if (column !== -1) {
      if (!previousWasHeader || (header && c.token.row !== header.row)) header = { columns: [], row: c.token.row, group };
      header!.columns.push(column);
      previousWasHeader = true;
      i++;
      continue;
    }
    previousWasHeader = false;
    if (!c.figure && !c.blank) {
      if (rows.length > 0 && (c.token.text.length > 40 || /[。；]/.test(c.token.text))) break;
      i++;
      continue;
    }
    // A run of figures (and blank cells): one printed row.
    const start = i;
    const row = c.token.row;
    while (i < items.length && (items[i].figure || items[i].blank) && (row === undefined || items[i].token.row === row)) i++;
    const run = items.slice(start, i).map((x) => x.token);
    const figures = run.filter((t) => t.text.trim() !== '').length;
    // Blank cells alone (an empty line, a header's empty corner) are no group's row.
    if (figures === 0) continue;
    // Digits run together (cut out of a run of text) are the statute's row of fifteen, read by cuts.
    const width = run.reduce((n, t) => n + (t.cell || t.text.trim() === '' ? 1 : t.text.trim().split(/\s+/).length), 0);
    if (group === -1 || width > 6 || run.some((t) => t.run)) {
      if (rows.length === 0) return null;
      break;
    }
    const keys = COLUMNS.map((col) => `review.${GROUPS[group].row}.${col}`);
    const shapeRow: ShapeRow = { label: GROUPS[group].label, cells: keys };
    // A header printed under another group's name is that group's own, not this one's.
    const aligned = alignUnderHeader(run, header && (header.group === -1 || header.group === group) ? header : null);
    // Five cells under the group's name are its five columns in the statute's order; fewer,
    // with no header over them, are said to be unplaceable (place.ts), never read in order.
    if (aligned) rows.push({ row: shapeRow, figures: rowFigures(aligned, keys.map(kind)), proof: 'header', tokens: run });
    else rows.push({ row: shapeRow, figures: rowFigures(run, keys.map(kind)), proof: 'position', tokens: run });
    for (let k = start; k < i; k++) used.add(k);
    end = i;
    group = -1;
  }
  if (rows.length === 0) return null;
  // Groups not printed at all: their rows are not found.
  for (const [g, { label, row }] of GROUPS.entries()) {
    if (!rows.some((r) => r.row.label === label)) rows.splice(g, 0, { row: { label, cells: COLUMNS.map((col) => `review.${row}.${col}`) }, figures: null, proof: 'position', tokens: [] });
  }
  return { rows, used, end };
}

/**
 * The run's cells under the header's words, cell for cell (the header row and the figures' row
 * print as many cells), as the five cells of the group in the statute's order (a cell the header
 * does not name stays blank); null when the header does not place them.
 */
function alignUnderHeader(run: readonly Token[], header: { columns: number[] } | null): Token[] | null {
  if (!header || header.columns.length !== run.length) return null;
  const named = header.columns.filter((c) => c !== -1);
  if (named.length === 0 || new Set(named).size !== named.length) return null;
  // A cell under no column word (under the group's name) must be blank.
  if (header.columns.some((c, k) => c === -1 && run[k].text.trim() !== '')) return null;
  // A column the header does not print has no token of the source: no place, not printed.
  return COLUMNS.map((_, col) => {
    const k = header.columns.indexOf(col);
    return k === -1 ? { text: '', cell: true } : run[k];
  });
}
