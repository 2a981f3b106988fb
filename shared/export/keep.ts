// The rows of a statutory table that must share a page, for Word and the print layout alike:
// the layout's groups (a table 二 block, an innermost table 三 group), and for a merged label
// too tall to take all its rows along (table 三's "三、本年度办理结果", twenty rows) as many of
// its first rows as its own lines need — else a page break leaves "三、" alone at a page's foot
// and the rest of the label on the next page.

import { placeCells, type RowRange, type TableLayout } from './layout';
import { columnWidthsMm } from './page';
import { cellLines } from './tableText';

export function keepRanges(layout: TableLayout): RowRange[] {
  const widths = columnWidthsMm(layout);
  const widthOf = (column: number, span: number) => widths.slice(column, column + span).reduce((a, b) => a + b, 0);
  const body = placeCells([...layout.head, ...layout.bodies.flat()]).slice(layout.head.length);
  // Each row's height in lines: its tallest cell of one row.
  const lines = body.map((row) => Math.max(1, ...row.filter((p) => p.cell.rowSpan === 1).map((p) => cellLines(p.cell, widthOf(p.column, p.cell.colSpan)).length)));
  const ranges = layout.keepTogether.map((r) => ({ ...r }));
  body.forEach((row, r) => {
    for (const { cell, column } of row) {
      if (cell.role !== 'rowGroup' || ranges.some((k) => k.from === r && k.to === r + cell.rowSpan - 1)) continue;
      const need = cellLines(cell, widthOf(column, cell.colSpan)).length;
      let to = r;
      for (let have = lines[r]; have < need && to < r + cell.rowSpan - 1; ) have += lines[++to];
      ranges.push({ from: r, to });
    }
  });
  return merged(ranges);
}

/** Overlapping ranges joined: a row is in one range at most. */
function merged(ranges: RowRange[]): RowRange[] {
  const out: RowRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}
