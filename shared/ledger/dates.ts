// Dates as offices type them into a ledger: 2025-01-06, 2025/1/6, 2025.1.6, 2025年1月6日,
// 20250106, an Excel serial number (45663), a cell the workbook formats as a date, a time after
// the date. A date without a year, or one that does not exist, is refused with the reason.

import { cellText, isSheetDate, type SheetCell } from '../sheet';

/** YYYY-MM-DD; compares as text in date order. */
export type IsoDate = string;

export type ParsedDate = { ok: true; date: IsoDate | null } | { ok: false; reason: string };

/** The 条例's first days (2008) to far ahead: outside this a date is a typing error, not a date of the ledger. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
/** Excel's serial numbers of 2000-01-01 and 2100-12-31 (1900 date system). */
const FIRST_SERIAL = 36526;
const LAST_SERIAL = 73415;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): IsoDate | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Excel's day count (1900 system, with its phantom 1900-02-29 long behind these years). */
export function serialToIso(serial: number): IsoDate {
  const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const YMD = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{1,2}(?:[:：]\d{1,2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NO_YEAR = /^(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;

export function parseLedgerDate(cell: SheetCell | undefined): ParsedDate {
  if (cell === null || cell === undefined) return { ok: true, date: null };
  if (isSheetDate(cell)) return inRange(cell.date, cell.date);
  // 20250106 typed into a number cell: the digits of the text form, not a serial number.
  if (typeof cell === 'number') return Number.isInteger(cell) && COMPACT.test(String(cell)) ? parseLedgerDate(String(cell)) : fromSerial(cell, String(cell));
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (text === '' || /^[-—/／\\]+$/.test(text)) return { ok: true, date: null };
  const shown = `“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`;
  let m = YMD.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? inRange(iso, text) : { ok: false, reason: `日期${shown}不存在` };
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text), text);
  if ((m = NO_YEAR.exec(text))) return { ok: false, reason: `日期${shown}没有年份` };
  return { ok: false, reason: `${shown}不是日期` };
}

function fromSerial(n: number, shown: string): ParsedDate {
  if (n >= FIRST_SERIAL && n <= LAST_SERIAL) return { ok: true, date: serialToIso(n) };
  return { ok: false, reason: `“${shown}”不是日期（不在 ${FIRST_YEAR}—${LAST_YEAR} 年之间）` };
}

function inRange(iso: IsoDate, shown: string): ParsedDate {
  const y = Number(iso.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR ? { ok: true, date: iso } : { ok: false, reason: `日期“${shown}”不在 ${FIRST_YEAR}—${LAST_YEAR} 年之间` };
}
