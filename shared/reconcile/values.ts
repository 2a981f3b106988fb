// Every cell's value as the form shows it: entered figures, "/" as 0, blanks as null, and
// totals computed from the entered figures (design §2: derived cells are never stored).

import { EDITIONS, cellIndex, type CellKey } from '../formats';
import type { Report } from '../report';

export type CellValues = Readonly<Record<CellKey, number | null>>;

const cache = new WeakMap<Report, CellValues>();

export function cellValues(report: Report): CellValues {
  const cached = cache.get(report);
  if (cached) return cached;
  const index = cellIndex(EDITIONS[report.edition]);
  const values: Record<CellKey, number | null> = {};
  const na = new Set(report.notApplicable);
  for (const cell of index.entered) {
    const v = report.cells[cell.key];
    values[cell.key] = v !== undefined ? v : na.has(cell.key) ? 0 : null;
  }
  for (const cell of index.derived) {
    let sum = 0;
    let any = false;
    for (const key of cell.derived!.sumOf) {
      const v = values[key];
      if (v !== null && v !== undefined) {
        sum += v;
        any = true;
      }
    }
    // A total over nothing but blanks stays blank, so a new form does not show a column of 0s.
    values[cell.key] = any ? sum : null;
  }
  cache.set(report, values);
  return values;
}
