// A spreadsheet as read from someone else's file (.xlsx, .xls, .csv): sheets of rows of plain
// values, merged cells already resolved, dates already dates. What electron/services/spreadsheet
// gives and what the ledger (台账) and the unit roster (单位名册) read; no library type leaks out.

/** A calendar date, "YYYY-MM-DD": a cell formatted as a date in the workbook (no time, no zone). */
export interface SheetDate {
  date: string;
}

/** One cell: text, a number, a truth value, a date, or null for an empty cell. */
export type SheetCell = string | number | boolean | SheetDate | null;

export interface Sheet {
  name: string;
  /** rows[i] is the spreadsheet's row i + 1 (a CSV's line i + 1); cells from column A on. */
  rows: SheetCell[][];
}

export interface Workbook {
  /** The file's name (never a path). */
  source: string;
  format: 'xlsx' | 'xls' | 'csv';
  sheets: Sheet[];
}

export const isSheetDate = (cell: SheetCell): cell is SheetDate => typeof cell === 'object' && cell !== null;

/** The cell as a clerk reads it: text trimmed, a number in plain digits, a date as YYYY-MM-DD. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isSheetDate(cell)) return cell.date;
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell).trim();
}

/** "A", "B", … "AA": the column letter a spreadsheet shows, for messages. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
