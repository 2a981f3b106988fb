// Every cell's value as the form shows it: entered figures, "/" as 0, blanks as null, and
// totals computed from the entered figures (design §2: derived cells are never stored).

import { EDITIONS, cellIndex, type CellKey } from '../formats';
import type { Report } from '../report';

export type CellValues = Readonly<Record<CellKey, number | null>>;

/** Values by position in the edition's cell index: the form of the values that rules read. */
export type ValueList = readonly (number | null)[];

const lists = new WeakMap<Report, ValueList>();
const records = new WeakMap<Report, CellValues>();

export function valueList(report: Report): ValueList {
  const cached = lists.get(report);
  if (cached) return cached;
  const index = cellIndex(EDITIONS[report.edition]);
  const list: (number | null)[] = new Array(index.all.length).fill(null);
  for (const cell of index.entered) {
    const v = report.cells[cell.key];
    if (v !== undefined) list[index.position.get(cell.key)!] = v;
  }
  for (const key of report.notApplicable) {
    const p = index.position.get(key);
    if (p !== undefined && list[p] === null) list[p] = 0;
  }
  for (const { position, addends } of index.sums) {
    let sum = 0;
    let any = false;
    for (const a of addends) {
      const v = list[a];
      if (v !== null) {
        sum += v;
        any = true;
      }
    }
    // A total over nothing but blanks stays blank, so a new form does not show a column of 0s.
    list[position] = any ? sum : null;
  }
  lists.set(report, list);
  return list;
}

/** Every cell in print order, derived ones included. */
export function cellValues(report: Report): CellValues {
  const cached = records.get(report);
  if (cached) return cached;
  const list = valueList(report);
  const index = cellIndex(EDITIONS[report.edition]);
  const values = Object.fromEntries(index.all.map((c, i) => [c.key, list[i]]));
  records.set(report, values);
  return values;
}
