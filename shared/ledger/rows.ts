// The walk both registers share: every data row under the header (blank rows and repeated header
// rows skipped), judged by the register's own rules into the cells it counts in, another year's
// row, or the reason it cannot be placed — by the row number the spreadsheet shows.

import { EDITIONS, cellIndex, editionForYear, type CellKey, type EditionId, type TableId } from '../formats';
import type { Sheet, SheetCell } from '../sheet';
import type { LedgerField, LedgerKind } from './fields';
import { repeatsHeader, type Layout } from './layout';
import { RowReader, isBlankRow, tally, type LedgerCount, type Unplaced } from './result';
import type { ValueMap } from './classify';

/** What one row comes to: the cells it counts in (once each), a row of another year, or why it cannot be placed. */
export type Verdict = { cells: CellKey[] } | { otherYear: true } | { problem: string };

export const OTHER_YEAR: Verdict = { otherYear: true };

/** The report year's first and last day, as the ledger's ISO dates compare. */
export interface YearBounds {
  start: string;
  end: string;
  edition: EditionId;
}

export type Judge = (reader: RowReader, data: readonly SheetCell[], row: number, year: YearBounds) => Verdict;

export function countRows(kind: LedgerKind, table: TableId, sheet: Sheet, layout: Layout, year: number, maps: Partial<Record<LedgerField, ValueMap>>, judge: Judge): LedgerCount {
  const edition = editionForYear(year)!;
  const reader = new RowReader(edition.id, layout, maps);
  const bounds: YearBounds = { start: `${year}-01-01`, end: `${year}-12-31`, edition: edition.id };
  const cells: Record<string, number> = {};
  for (const c of cellIndex(EDITIONS[edition.id]).tableCells[table]) if (!c.derived) cells[c.key] = 0;
  const rows: Record<string, number[]> = {};
  const unplaced: Unplaced[] = [];
  let counted = 0;
  let otherYears = 0;
  let read = 0;
  for (let i = layout.headerRow; i < sheet.rows.length; i++) {
    const data = sheet.rows[i];
    if (!data || isBlankRow(layout, data) || repeatsHeader(layout, data)) continue;
    read++;
    const n = i + 1;
    const verdict = judge(reader, data, n, bounds);
    if ('problem' in verdict) unplaced.push({ row: n, reason: verdict.problem });
    else if ('otherYear' in verdict) otherYears++;
    else {
      for (const key of verdict.cells) tally(cells, rows, key, n);
      counted++;
    }
  }
  return { kind, year, edition: edition.id, cells, rows, unplaced, unknown: [...reader.unknown.values()], counted, otherYears, read };
}
