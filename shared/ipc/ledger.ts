// The ledger's part of the contract (从台账统计, 导出台账模板): what the page sends and gets. The
// ledger itself stays in main, in the window's session; the page gets counts, headings, values
// to map and — on request, while the ledger is open — the key fields of rows, never the file.
// No runtime imports: the preload bundles channels.ts, which imports this.

import type { LedgerCount, LedgerField, LedgerKind, LedgerMapping } from '../ledger';

/** A ledger read and counted for a report year, as the count step shows it. */
export interface LedgerView {
  ok: true;
  kind: LedgerKind;
  /** The file's name (never a path) and the sheet counted. */
  source: string;
  sheet: string;
  sheets: string[];
  headerRow: number;
  headings: string[];
  /** field → column (0-based) as found or as the mapping says. */
  columns: Partial<Record<LedgerField, number>>;
  count: LedgerCount;
  /** The mapping the count used: the clerk's, or the one saved for this layout. */
  mapping: LedgerMapping;
  /** A mapping saved for ledgers of this layout was used. */
  remembered: boolean;
}

/** One ledger row's key fields (its field's name → the cell as written), for the cell's rows. */
export interface LedgerRowFields {
  row: number;
  fields: [string, string][];
}

export interface LedgerRequest {
  kind: LedgerKind;
  year: number;
}
export interface LedgerCountRequest extends LedgerRequest {
  sheet: string;
  mapping: LedgerMapping;
}
/** The most rows a page asks for at once (a cell of a city's table counts a few thousand). */
export const MAX_LEDGER_ROWS_ASKED = 5000;
