// What counting a ledger gives: the cells (every entered cell of the table, zeros too), the
// ledger rows behind each, and every row that could not be placed — by its row number, with why.
// Values no one has mapped yet are gathered with their rows, for the clerk to map once.

import type { CellKey, EditionId } from '../formats';
import { cellText, type SheetCell } from '../sheet';
import { classify, type Meaning, type ValueMap } from './classify';
import { FIELD_NAMES, type LedgerField, type LedgerKind } from './fields';
import type { Layout } from './layout';

export interface Unplaced {
  /** The row number as the spreadsheet shows it. */
  row: number;
  reason: string;
}

export interface UnknownValue {
  field: LedgerField;
  /** As the ledger writes it. */
  value: string;
  rows: number[];
}

export interface LedgerCount {
  kind: LedgerKind;
  year: number;
  edition: EditionId;
  /** Every entered cell of the table (table 三 or 四), 0 where no row counts. */
  cells: Record<CellKey, number>;
  /** Per cell, the rows it counts (cells with none are left out). */
  rows: Record<CellKey, number[]>;
  /** Rows that could not be placed, in row order. */
  unplaced: Unplaced[];
  /** Values the dictionary and the mapping do not know (or that name two categories). */
  unknown: UnknownValue[];
  /** Rows counted into this year's table. */
  counted: number;
  /** Rows of other years (closed before the year, or received after it). */
  otherYears: number;
  /** Rows below the header that hold anything. */
  read: number;
}

/** Reads one data row's fields and says, once per value, what it means. */
export class RowReader {
  private cache = new Map<string, Meaning>();
  readonly unknown = new Map<string, UnknownValue>();
  constructor(
    readonly edition: EditionId,
    private layout: Layout,
    private maps: Partial<Record<LedgerField, ValueMap>>,
  ) {}

  has(field: LedgerField): boolean {
    return this.layout.columns[field] !== undefined;
  }

  cell(row: readonly SheetCell[], field: LedgerField): SheetCell | undefined {
    const c = this.layout.columns[field];
    return c === undefined ? undefined : row[c];
  }

  text(row: readonly SheetCell[], field: LedgerField): string {
    return cellText(this.cell(row, field));
  }

  meaning(row: readonly SheetCell[], field: LedgerField): Meaning {
    const text = this.text(row, field);
    const id = `${field}\u0000${text}`;
    let m = this.cache.get(id);
    if (!m) this.cache.set(id, (m = classify(this.edition, field, text, this.maps[field])));
    return m;
  }

  /** A value to be mapped by the clerk: remembered with the row, and the reason for the row. */
  notKnown(field: LedgerField, value: string, row: number): string {
    const id = `${field}\u0000${value}`;
    const entry = this.unknown.get(id) ?? { field, value, rows: [] };
    entry.rows.push(row);
    this.unknown.set(id, entry);
    return `${FIELD_NAMES[field].replace(/（.*$/, '')}“${clipValue(value)}”未能识别，请指定它对应的类别`;
  }
}

export const clipValue = (v: string) => (v.length > 30 ? `${v.slice(0, 30)}…` : v);

/** True when none of the mapped columns of the row holds anything. */
export function isBlankRow(layout: Layout, row: readonly SheetCell[]): boolean {
  return Object.values(layout.columns).every((c) => cellText(row[c]) === '');
}

/** Adds a row to a cell's count and list. */
export function tally(cells: Record<CellKey, number>, rows: Record<CellKey, number[]>, key: CellKey, row: number): void {
  cells[key] = (cells[key] ?? 0) + 1;
  (rows[key] ??= []).push(row);
}
