// Reads any spreadsheet an office keeps — .xlsx and .xls (Excel, WPS 表格), .csv (UTF-8 or GBK) —
// into plain sheets of rows (shared/sheet): merged cells resolved (every cell of a merge holds its
// value), dates as dates. For the ledgers (台账) and the unit roster (单位名册). Someone else's
// file: sizes capped before reading, the zip's inflated size before inflating, rows and columns
// after; run it in the parsing worker (untrusted/) for the time and memory limits.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Sheet, SheetCell, Workbook } from '../../shared/sheet';
import { fileErrorMessage } from './documents';
import { SPREADSHEET_LIMITS, megabytes, spreadsheetDoorProblem, spreadsheetFormat, type SpreadsheetLimits } from './spreadsheetLimits';
import { decodeText, parseCsv } from './spreadsheetText';
import { zipProblem } from './zipSize';

export { SPREADSHEET_LIMITS, spreadsheetDoorProblem, spreadsheetFormat, type SpreadsheetLimits } from './spreadsheetLimits';

export type SheetRead = { ok: true; workbook: Workbook } | { ok: false; message: string };

export async function readSpreadsheet(path: string, limits: SpreadsheetLimits = SPREADSHEET_LIMITS): Promise<SheetRead> {
  const problem = await spreadsheetDoorProblem(path, limits);
  if (problem) return { ok: false, message: problem };
  try {
    return readSpreadsheetBytes(basename(path), new Uint8Array(await readFile(path)), limits);
  } catch (e) {
    return { ok: false, message: fileErrorMessage(e) };
  }
}

export function readSpreadsheetBytes(name: string, bytes: Uint8Array, limits: SpreadsheetLimits = SPREADSHEET_LIMITS): SheetRead {
  if (bytes.length > limits.bytes) return { ok: false, message: `文件过大（${megabytes(bytes.length)}），表格文件不应超过 ${megabytes(limits.bytes)}` };
  const format = spreadsheetFormat(name, bytes.subarray(0, 8));
  if (!format) return { ok: false, message: `“${name}”不是 Excel 或 WPS 表格文件（.xlsx、.xls）或 CSV 文件` };
  if (format === 'csv') {
    const rows = parseCsv(decodeText(bytes), limits);
    if (typeof rows === 'string') return { ok: false, message: rows };
    return { ok: true, workbook: { source: name, format, sheets: [{ name: name.replace(/\.[^.]*$/, ''), rows }] } };
  }
  if (format === 'xlsx') {
    const zip = zipProblem(bytes, limits.inflatedBytes);
    if (zip) return { ok: false, message: zip };
  }
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellText: false,
      cellFormula: false,
      cellStyles: false,
      sheetStubs: false,
      bookVBA: false,
      // One row past the limit tells a sheet that is too long without reading all of it.
      sheetRows: limits.rows + 1,
    });
  } catch {
    return { ok: false, message: `无法读取“${name}”：文件已损坏，或不是 Excel、WPS 表格文件` };
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets: Sheet[] = [];
  for (const sheetName of book.SheetNames) {
    const sheet = book.Sheets[sheetName] as XLSX.DenseWorkSheet | undefined;
    if (!sheet) continue;
    const rows = sheetRows(sheet, date1904, limits);
    if (typeof rows === 'string') return { ok: false, message: `工作表“${sheetName}”${rows}` };
    sheets.push({ name: sheetName, rows });
  }
  if (sheets.length === 0) return { ok: false, message: `“${name}”中没有工作表` };
  return { ok: true, workbook: { source: name, format, sheets } };
}

function sheetRows(sheet: XLSX.DenseWorkSheet, date1904: boolean, limits: SpreadsheetLimits): SheetCell[][] | string {
  const data = sheet['!data'] ?? [];
  if (data.length > limits.rows) return `超过 ${limits.rows} 行，过大，无法作为台账读取`;
  let width = 0;
  const rows: SheetCell[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const source = data[r] ?? [];
    if (source.length > limits.columns) return `超过 ${limits.columns} 列，过大，无法作为台账读取`;
    const row: SheetCell[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) row[c] = cellValue(source[c], date1904, limits);
    rows[r] = row;
    width = Math.max(width, row.length);
  }
  // Merged cells: each cell of a merge shows the merge's value (a heading over two columns, a
  // type written once for three rows). Only where the sheet has data: a merge may claim a million rows.
  for (const m of sheet['!merges'] ?? []) {
    const value = rows[m.s.r]?.[m.s.c] ?? null;
    if (value === null) continue;
    for (let r = m.s.r; r <= Math.min(m.e.r, rows.length - 1); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, Math.max(width, m.s.c) - 1, limits.columns - 1); c++) {
        (rows[r] ??= [])[c] = value;
      }
    }
  }
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return rows;
}

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean, limits: SpreadsheetLimits): SheetCell {
  if (!cell) return null;
  switch (cell.t) {
    case 's': {
      const text = String(cell.v ?? '');
      return text.length > limits.cellChars ? text.slice(0, limits.cellChars) : text;
    }
    case 'n': {
      const v = Number(cell.v);
      if (!Number.isFinite(v)) return null;
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
        const d = XLSX.SSF.parse_date_code(v, { date1904 });
        if (d && d.y >= 1900) return { date: `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}` };
      }
      return v;
    }
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? null : { date: d.toISOString().slice(0, 10) };
    }
    case 'b':
      return Boolean(cell.v);
    default:
      return null;
  }
}
