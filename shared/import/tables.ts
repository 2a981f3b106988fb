// Reading a statutory table out of a stream of tokens. The rows are anchored on their labels,
// in the order of the edition's own table layout (shared/export/layout); a row's figures are the
// tokens between its label and the next. When the count differs from the form, the row is left
// blank and reported: a figure is never put in a cell it may not belong to.

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../formats';
import { tableLayout, type LayoutCell } from '../export/layout';
import { blankReport, parseCellValue, type ParsedCell } from '../report';
import { isHeaderLike, isLabel } from './labels';
import type { Token } from './tokens';

export interface TableRead {
  /** Figures placed, by cell key (totals included as printed). */
  values: Map<CellKey, ParsedCell & { ok: true }>;
  /** Cells whose text could not be read as a figure: raw text and reason. */
  unreadable: { key: CellKey; raw: string; reason: string }[];
  /** Rows (or table 四) whose figures could not all be placed with certainty; placed: how many were. */
  unplaced: { row: string; found: number; expected: number; placed: number; placedKeys: CellKey[] }[];
  /** Index after the last token of the table, and of its first token. */
  first: number;
  end: number;
}

interface LayoutRow {
  label: string | null;
  values: LayoutCell[];
}

const layouts = new Map<string, { rows: LayoutRow[]; labels: string[] }>();

function shape(edition: EditionId, table: TableId) {
  const id = `${edition}:${table}`;
  let s = layouts.get(id);
  if (!s) {
    const layout = tableLayout(blankReport('', EDITIONS[edition].firstYear), table);
    const all = [...layout.head, ...layout.bodies.flat()];
    const rows = layout.bodies.flat().filter((r) => r.some((c) => c.cell)).map((r) => ({ label: r.filter((c) => c.role === 'rowLabel').pop()?.text ?? null, values: r.filter((c) => c.cell) }));
    s = { rows, labels: [...new Set(all.flat().filter((c) => !c.cell).map((c) => c.text))] };
    layouts.set(id, s);
  }
  return s;
}

export function readTable(tokens: readonly Token[], from: number, to: number, edition: EditionId, table: TableId): TableRead {
  const { rows, labels } = shape(edition, table);
  const isKnown = (t: Token) => t.text !== '' && labels.some((l) => isHeaderLike(t.text, l));
  const read: TableRead = { values: new Map(), unreadable: [], unplaced: [], first: to, end: from };
  while (to > from && tokens[to - 1].text === '') to--; // blank lines after the table
  const firstKnown = tokens.slice(from, to).findIndex(isKnown);
  if (firstKnown === -1) return read;
  read.first = from + firstKnown;

  const takeValues = (start: number, stop: number): Token[] => tokens.slice(start, stop).filter((t) => !isKnown(t));
  const index = cellIndex(EDITIONS[edition]);
  const set = (cells: LayoutCell[], found: Token[]) =>
    cells.forEach((cell, i) => {
      const parsed = parseCellValue(found[i].text, index.byKey.get(cell.cell!)!.kind);
      if (parsed.ok) read.values.set(cell.cell!, parsed);
      else read.unreadable.push({ key: cell.cell!, raw: found[i].text, reason: parsed.reason });
    });
  const place = (row: LayoutRow, found: Token[]) => {
    if (found.length === row.values.length) return set(row.values, found);
    const placed = row.label === null && found.length < row.values.length ? verifiedBlocks(row.values, found) : 0;
    set(row.values.slice(0, placed), found.slice(0, placed));
    read.unplaced.push({
      row: row.label ?? index.byKey.get(row.values[0].cell!)!.rowLabel,
      found: found.length,
      expected: row.values.length,
      placed,
      placedKeys: row.values.slice(0, placed).map((c) => c.cell!),
    });
  };

  /**
   * Table 四 with cells missing: its blocks of five (four results and their 总计) are taken in
   * reading order only while each block's printed 总计 equals the sum of its four results —
   * proof that the reading order holds up to there; then the figures of the last, short block
   * in order. Nothing is placed after a block that does not add up.
   */
  const verifiedBlocks = (cells: LayoutCell[], found: Token[]): number => {
    const block = 5;
    let placed = 0;
    while (placed + block <= found.length) {
      const figures = found.slice(placed, placed + block).map((t) => parseCellValue(t.text, 'count'));
      if (!figures.every((f) => f.ok)) return placed;
      const v = figures.map((f) => (f.ok && f.value !== null ? f.value : 0));
      if (v[0] + v[1] + v[2] + v[3] !== v[4]) return placed;
      placed += block;
    }
    return Math.min(found.length, cells.length);
  };

  if (rows.length === 1 && rows[0].label === null) {
    // Table 四: one row of figures under the headers; it ends where text that is not a figure starts.
    let stop = read.first;
    while (stop < to && (isKnown(tokens[stop]) || isFigure(tokens[stop]))) stop++;
    place(rows[0], takeValues(read.first, stop));
    read.end = stop;
    return read;
  }

  // Anchor each row on its label, in order; rows whose label is missing are reported.
  const anchors: { row: LayoutRow; at: number }[] = [];
  let pos = read.first;
  for (const row of rows) {
    let at = -1;
    for (let i = pos; i < to; i++) {
      if (isLabel(tokens[i].text, row.label!)) {
        at = i;
        break;
      }
    }
    if (at === -1) read.unplaced.push({ row: row.label!, found: 0, expected: row.values.length, placed: 0, placedKeys: [] });
    else {
      anchors.push({ row, at });
      pos = at + 1;
    }
  }
  anchors.forEach(({ row, at }, k) => {
    let stop = k + 1 < anchors.length ? anchors[k + 1].at : to;
    if (k + 1 === anchors.length) {
      // The last row ends where its figures end: text after the table is narrative.
      let i = at + 1;
      while (i < to && (isKnown(tokens[i]) || isFigure(tokens[i]))) i++;
      stop = Math.min(stop, i);
    }
    place(row, takeValues(at + 1, stop));
    read.end = stop;
  });
  return read;
}

/** A cell's text: a figure, "/", a blank, or short text that was meant as one ("十二"). */
function isFigure(t: Token): boolean {
  if (t.text === '' || t.cell) return true;
  return /^[\s\d０-９,，.．+\-−－—/／增减少加万元萬]*$/.test(t.text);
}
