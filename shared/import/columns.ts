// A PDF row with fewer figures than its cells (a blank cell prints nothing at all): each figure's
// column is where it stands on the page — under the figures of the table's complete rows, or
// else under the header word that names the column. A figure under no column, or two under
// one, proves nothing: the row is left to the clerk (place.ts lists the figures).

import { isLabel } from './labels';
import type { Token } from './tokens';

type Span = [number, number];

/** Points of slack: cells of one column are not set to the point. */
const SLACK = 2;

const centre = (s: Span) => (s[0] + s[1]) / 2;

/** Each figure's column among `columns`, or null unless every figure falls under exactly one, and one a column. */
function assign(figures: readonly Token[], columns: readonly Span[]): number[] | null {
  const taken = new Set<number>();
  const out: number[] = [];
  for (const f of figures) {
    const c = centre(f.span!);
    const under = columns.map((s, i) => (c >= s[0] - SLACK && c <= s[1] + SLACK ? i : -1)).filter((i) => i !== -1);
    if (under.length !== 1 || taken.has(under[0])) return null;
    taken.add(under[0]);
    out.push(under[0]);
  }
  return out;
}

/** The columns' extents from rows that print every cell (the i-th figures of each, together). */
function columnsOf(complete: readonly (readonly Token[])[], width: number): Span[] | null {
  const rows = complete.filter((r) => r.length === width && r.every((t) => t.span));
  if (rows.length === 0) return null;
  const spans: Span[] = Array.from({ length: width }, (_, i) => [Math.min(...rows.map((r) => r[i].span![0])), Math.max(...rows.map((r) => r[i].span![1]))]);
  // Columns that overlap are no grid.
  for (let i = 1; i < width; i++) if (spans[i][0] <= spans[i - 1][1]) return null;
  return spans;
}

/**
 * The row's cells in the statute's order (a column with no figure a blank cell), when the page
 * proves each figure's column; null otherwise.
 */
export function alignByColumns(figures: readonly Token[], width: number, complete: readonly (readonly Token[])[], headers: readonly Token[], columnLabels: readonly string[]): Token[] | null {
  if (figures.length === 0 || figures.length >= width || !figures.every((t) => t.span)) return null;
  let columns = columnsOf(complete, width);
  if (!columns) {
    // The header words over the columns, each naming one column of this row.
    const spans = columnLabels.map((label) => headers.filter((h) => h.span && isLabel(h.text, label)).map((h) => h.span!));
    if (spans.some((s) => s.length !== 1)) return null;
    columns = spans.map((s) => s[0]);
  }
  const where = assign(figures, columns);
  if (!where) return null;
  return columns.map((_, i) => {
    const k = where.indexOf(i);
    return k === -1 ? { text: '', cell: true, at: figures[0].at && blankAt(figures[0], columns![i]) } : figures[k];
  });
}

/** Where a blank cell of the row stands: under its column, on the row's baseline. */
function blankAt(figure: Token, column: Span): Token['at'] {
  const at = figure.at!;
  return at.kind === 'page' ? { ...at, x: Math.round(column[0] * 10) / 10 } : at;
}
