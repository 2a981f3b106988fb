// Draws a paginated table: each cell's outline and lines of text where its rows were placed.
// A merged cell whose rows continue on the next page is outlined on each page; its text goes
// where the most of it is (Word keeps it on the first), centred in that part.

import { CELL_PADDING_MM, MARGINS_MM, SIZES_PT, TABLE_LINE_PT, mm } from '../page';
import type { PrintItem } from './model';
import type { MeasuredCell, MeasuredTable } from './table';

/** Where a row was placed: its page (0-based) and top, mm from the page's top. */
export interface RowPlace {
  page: number;
  y: number;
}

type Emit = (page: number, item: PrintItem) => void;

const LINE_MM = mm(TABLE_LINE_PT);

export function drawTable(table: MeasuredTable, head: RowPlace[][], body: RowPlace[], emit: Emit): void {
  const x0 = (column: number) => table.widths.slice(0, column).reduce((a, b) => a + b, MARGINS_MM.left);
  const draw = (cells: MeasuredCell[], places: RowPlace[], heights: number[]) => {
    for (const c of cells) {
      const x = x0(c.column);
      const width = table.widths.slice(c.column, c.column + c.cell.colSpan).reduce((a, b) => a + b, 0);
      const parts = fragments(places, heights, c.row, c.cell.rowSpan);
      for (const f of parts) emit(f.page, { kind: 'box', x, y: f.y, width, height: f.height });
      const textHeight = c.lines.length * LINE_MM;
      const home = parts.find((f) => f.height >= textHeight) ?? parts.reduce((a, b) => (b.height > a.height ? b : a));
      const left = c.cell.role === 'rowLabel' || c.cell.role === 'rowGroup' || c.cell.role === 'corner';
      c.lines.forEach((text, i) =>
        emit(home.page, {
          kind: 'line',
          x: x + CELL_PADDING_MM,
          y: home.y + (home.height - textHeight) / 2 + i * LINE_MM,
          width: width - 2 * CELL_PADDING_MM,
          height: LINE_MM,
          runs: [{ text, font: 'body', bold: c.cell.role === 'blockCaption' || undefined }],
          size: SIZES_PT.table,
          spacing: 0,
          align: left ? 'left' : 'center',
        }),
      );
    }
  };
  for (const places of head) draw(table.headCells, places, table.headHeights);
  draw(table.bodyCells, body, table.bodyHeights);
}

/** The rows of a cell grouped by page: one outline per page it is on. */
function fragments(places: RowPlace[], heights: number[], row: number, span: number): { page: number; y: number; height: number }[] {
  const out: { page: number; y: number; height: number }[] = [];
  for (let r = row; r < row + span; r++) {
    const last = out[out.length - 1];
    if (last && last.page === places[r].page) last.height += heights[r];
    else out.push({ page: places[r].page, y: places[r].y, height: heights[r] });
  }
  return out;
}
