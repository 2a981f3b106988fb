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
