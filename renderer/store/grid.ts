// The value cells of each table as rows and columns, in print order (from the shared table
// layout), for keyboard movement and block paste.

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../../shared/formats';
import { tableLayout } from '../../shared/export/layout';
import { blankReport } from '../../shared/report';

const grids = new Map<string, CellKey[][]>();

export function valueGrid(edition: EditionId, table: TableId): CellKey[][] {
  const id = `${edition}:${table}`;
  let grid = grids.get(id);
  if (!grid) {
    const layout = tableLayout(blankReport('', EDITIONS[edition].firstYear), table);
    grid = layout.bodies.flat().map((row) => row.filter((c) => c.cell).map((c) => c.cell!)).filter((row) => row.length > 0);
    grids.set(id, grid);
  }
  return grid;
}

export function positionOf(grid: CellKey[][], key: CellKey): [number, number] | null {
  for (let r = 0; r < grid.length; r++) {
    const c = grid[r].indexOf(key);
    if (c !== -1) return [r, c];
  }
  return null;
}

export function isEntered(edition: EditionId, key: CellKey): boolean {
  return !cellIndex(EDITIONS[edition]).byKey.get(key)?.derived;
}

/**
 * The next enterable cell from `key` in a direction, skipping totals (they are computed).
 * Up and down keep the column, clamped where a row of table 二 is shorter.
 */
export function neighbour(edition: EditionId, key: CellKey, dRow: number, dCol: number): CellKey | null {
  const table = key.split('.')[0] as TableId;
  const grid = valueGrid(edition, table);
  const at = positionOf(grid, key);
  if (!at) return null;
  let [r, c] = at;
  for (;;) {
    if (dCol !== 0) {
      c += dCol;
      if (c < 0 || c >= grid[r].length) return null;
    } else {
      r += dRow;
      if (r < 0 || r >= grid.length) return null;
    }
    const candidate = grid[r][Math.min(c, grid[r].length - 1)];
    if (isEntered(edition, candidate)) return candidate;
  }
}

const tableOf = (key: CellKey) => key.split('.')[0] as TableId;

export function gridOf(edition: EditionId, key: CellKey): CellKey[][] {
  return valueGrid(edition, tableOf(key));
}

/** The grid's width: a shorter row's last cell spans to it, as table 二 prints. */
const widthOf = (grid: CellKey[][]) => Math.max(...grid.map((row) => row.length));

/** The cells of the rectangle between two cells (either corner first), row by row. */
export function rectangle(edition: EditionId, a: CellKey, b: CellKey): CellKey[][] {
  const grid = gridOf(edition, a);
  const pa = positionOf(grid, a);
  const pb = positionOf(grid, b);
  if (!pa || !pb || tableOf(a) !== tableOf(b)) return [[a]];
  const width = widthOf(grid);
  const [r0, r1] = [Math.min(pa[0], pb[0]), Math.max(pa[0], pb[0])];
  // Columns as printed: a cell ending a short row covers the columns to the right edge.
  const span = (row: CellKey[], c: number): [number, number] => [c, c === row.length - 1 ? width - 1 : c];
  const [sa, sb] = [span(grid[pa[0]], pa[1]), span(grid[pb[0]], pb[1])];
  const [c0, c1] = [Math.min(sa[0], sb[0]), Math.max(sa[1], sb[1])];
  const rows: CellKey[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row = grid[r].filter((_, c) => {
      const [from, to] = span(grid[r], c);
      return from <= c1 && to >= c0;
    });
    if (row.length > 0) rows.push(row);
  }
  return rows;
}

/** One step from `key` over every cell, totals included (extending a selection, as Shift+arrows do). */
export function step(edition: EditionId, key: CellKey, dRow: number, dCol: number): CellKey {
  const grid = gridOf(edition, key);
  const at = positionOf(grid, key);
  if (!at) return key;
  const r = Math.min(Math.max(at[0] + dRow, 0), grid.length - 1);
  const c = Math.min(Math.max(at[1] + dCol, 0), grid[r].length - 1);
  return grid[r][dRow !== 0 ? Math.min(at[1], grid[r].length - 1) : c];
}

/** Enterable cells only, in a row or in the whole table: where Home, End, Ctrl+Home and Ctrl+End go. */
export function rowEnd(edition: EditionId, key: CellKey, last: boolean): CellKey {
  const grid = gridOf(edition, key);
  const at = positionOf(grid, key);
  if (!at) return key;
  const entered = grid[at[0]].filter((k) => isEntered(edition, k));
  return (last ? entered[entered.length - 1] : entered[0]) ?? key;
}

export function tableEnd(edition: EditionId, key: CellKey, last: boolean): CellKey {
  const entered = gridOf(edition, key).flat().filter((k) => isEntered(edition, k));
  return (last ? entered[entered.length - 1] : entered[0]) ?? key;
}

/** The edges of the grid, totals included (for extending a selection with Shift+Home …). */
export function gridCorner(edition: EditionId, key: CellKey, rowOnly: boolean, last: boolean): CellKey {
  const grid = gridOf(edition, key);
  const at = positionOf(grid, key);
  if (!at) return key;
  const row = rowOnly ? grid[at[0]] : last ? grid[grid.length - 1] : grid[0];
  return last ? row[row.length - 1] : row[0];
}

/** The cell in `column` of the nearest row below `key` that can be entered (Enter after a run of Tabs). */
export function belowAt(edition: EditionId, key: CellKey, column: number): CellKey | null {
  const grid = gridOf(edition, key);
  const at = positionOf(grid, key);
  if (!at) return null;
  for (let r = at[0] + 1; r < grid.length; r++) {
    const candidate = grid[r][Math.min(column, grid[r].length - 1)];
    if (isEntered(edition, candidate)) return candidate;
  }
  return null;
}
