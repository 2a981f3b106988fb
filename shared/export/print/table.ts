// A statutory table measured for the print layout: column widths as in Word (page.ts), each
// cell's lines (tableText.ts), and row heights — 15 pt per line of the tallest cell, a merged
// cell's extra lines added to its last row. Rows are grouped into units that paginate as one
// (keep.ts, as in Word): a table 二 block, an innermost group of table 三, the first rows of a
// taller merged label, else a single row.

import { keepRanges } from '../keep';
import { placeCells, type LayoutCell, type PlacedCell, type TableLayout } from '../layout';
import { TABLE_LINE_PT, columnWidthsMm, mm } from '../page';
import { cellLines } from '../tableText';

export interface MeasuredCell {
  cell: LayoutCell;
  /** Row index within its part (head or body) and grid column. */
  row: number;
  column: number;
  lines: string[];
}

export interface MeasuredTable {
  /** Column widths in mm. */
  widths: number[];
  /** Row heights in mm. */
  headHeights: number[];
  bodyHeights: number[];
  headCells: MeasuredCell[];
  bodyCells: MeasuredCell[];
  /** Body rows that must share a page, in order; together they list every body row once. */
  units: number[][];
}

const LINE_MM = mm(TABLE_LINE_PT);

export function measureTable(layout: TableLayout): MeasuredTable {
  const widths = columnWidthsMm(layout);
  const placed = placeCells([...layout.head, ...layout.bodies.flat()]);
  const measured = (p: PlacedCell): MeasuredCell => {
    const width = widths.slice(p.column, p.column + p.cell.colSpan).reduce((a, b) => a + b, 0);
    return { cell: p.cell, row: p.row, column: p.column, lines: cellLines(p.cell, width) };
  };
  const all = placed.flat().map(measured);
  const headRows = layout.head.length;
  const headCells = all.filter((c) => c.row < headRows);
  const bodyCells = all.filter((c) => c.row >= headRows).map((c) => ({ ...c, row: c.row - headRows }));
  const bodyRows = placed.length - headRows;
  return {
    widths,
    headHeights: rowHeights(headCells, headRows),
    bodyHeights: rowHeights(bodyCells, bodyRows),
    headCells,
    bodyCells,
    units: units(layout, bodyRows),
  };
}

function rowHeights(cells: MeasuredCell[], rows: number): number[] {
  const heights = Array<number>(rows).fill(LINE_MM);
  for (const c of cells) if (c.cell.rowSpan === 1) heights[c.row] = Math.max(heights[c.row], c.lines.length * LINE_MM);
  // A merged cell taller than its rows makes its last row taller (as Word does).
  for (const c of cells.filter((x) => x.cell.rowSpan > 1).sort((a, b) => a.cell.rowSpan - b.cell.rowSpan)) {
    const last = c.row + c.cell.rowSpan - 1;
    const spanned = heights.slice(c.row, last + 1).reduce((a, b) => a + b, 0);
    heights[last] += Math.max(0, c.lines.length * LINE_MM - spanned);
  }
  return heights;
}

function units(layout: TableLayout, rows: number): number[][] {
  const out: number[][] = [];
  const ranges = keepRanges(layout);
  for (let r = 0; r < rows; r++) {
    const range = ranges.find((k) => k.from === r);
    const to = range ? range.to : r;
    out.push(Array.from({ length: to - r + 1 }, (_, i) => r + i));
    r = to;
  }
  return out;
}
