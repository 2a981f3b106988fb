// 单位名册: the units the office expects reports from, read from the list it already keeps (an
// Excel or WPS sheet, a CSV — columns found by their headings, never by position), or started from
// the drafts found; written back as 单位名册.csv beside the drafts, which Excel, WPS and this
// reader all open. A row that cannot be read is listed with its row number, never guessed.

import { cellText, type SheetCell, type Workbook } from '../sheet';
import { guessOrganizationType } from '../report';
import { unitDisplayName, unitKey } from '../units/identity';
import { UNIT_TYPE_NAMES, type FoundDraft, type Roster, type RosterUnit, type UnitType } from './types';

/** The file the desk keeps beside the drafts. */
export const ROSTER_FILE = '单位名册.csv';

type Field = 'name' | 'type' | 'contact' | 'phone' | 'former';

/** Headings as offices write them; a column takes the first field its heading names. */
const HEADINGS: readonly [Field, RegExp][] = [
  ['former', /曾用名|原名称|原单位|并入/],
  ['name', /单位名称|单位全称|机关名称|部门名称|^单位$|^名称$|^部门$|^机关$/],
  ['type', /类型|类别/],
  ['contact', /联系人|负责人|经办人/],
  ['phone', /电话|手机|联系方式/],
];
/** Rows a title or a note may take above the header. */
const HEADER_SEARCH = 20;

const squeeze = (s: string) => s.replace(/[\s*＊:：]/g, '');

/** 部门 / 乡镇 / 街道 / 开发区 / 政府 / 其他 as written in a type column; null when it says none of them. */
export function unitTypeOf(text: string): UnitType | null {
  const t = squeeze(text);
  if (t === '') return null;
  const named = (Object.entries(UNIT_TYPE_NAMES) as [UnitType, string][]).find(([, name]) => name === t);
  if (named) return named[0];
  if (/街道/.test(t)) return 'street';
  if (/乡|镇|苏木/.test(t)) return 'township';
  if (/开发区|园区|管委会|新区/.test(t)) return 'zone';
  if (/部门|局|委|办|直属|单位/.test(t)) return 'department';
  if (/政府|县|区|市|旗/.test(t)) return 'government';
  if (/其他|其它/.test(t)) return 'other';
  return null;
}

/** The type a name tells (for a roster started from drafts, or a row without one). */
export function unitTypeFromName(name: string): UnitType {
  const n = unitKey(name);
  if (/街道(?:办事处|办)?$/.test(n)) return 'street';
  if (/开发区|园区|管委会|管理委员会/.test(n)) return 'zone';
  const guessed = guessOrganizationType(n);
  return guessed ?? 'other';
}

const splitNames = (text: string) => text.split(/[、,，;；/／\n]/).map(unitDisplayName).filter(Boolean);

/** A CSV cell written by us that Excel would run as a formula was escaped with "'": read it back plain. */
const unescape = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

export type RosterRead = { ok: true; roster: Roster } | { ok: false; message: string };

export function rosterFromSheet(book: Workbook): RosterRead {
  for (const sheet of book.sheets) {
    for (let r = 0; r < Math.min(HEADER_SEARCH, sheet.rows.length); r++) {
      const columns = new Map<Field, number>();
      sheet.rows[r].forEach((cell, c) => {
        const heading = squeeze(cellText(cell));
        const field = HEADINGS.find(([f, re]) => !columns.has(f) && re.test(heading))?.[0];
        if (field && heading !== '') columns.set(field, c);
      });
      if (!columns.has('name')) continue;
      const roster = readRows(book.source, sheet.name, sheet.rows.slice(r + 1), r + 2, columns, book.sheets.length > 1);
      // A roster of no units would make every draft 名册外 and the desk "all in good standing".
      if (roster.units.length === 0) return { ok: false, message: `单位名册“${book.source}”的“单位名称”列下没有单位。请在标题行下逐行填写各单位的名称。` };
      return { ok: true, roster };
    }
  }
  return { ok: false, message: `“${book.source}”中没有找到“单位名称”列。名册的标题行应写明：单位名称、单位类型、联系人、联系电话、曾用名（单位类型以下各列可以没有）。` };
}

function readRows(source: string, sheetName: string, rows: SheetCell[][], first: number, columns: Map<Field, number>, named: boolean): Roster {
  const units: RosterUnit[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const where = (row: number) => `${named ? `工作表“${sheetName}”` : ''}第 ${row} 行`;
  const get = (row: SheetCell[], field: Field) => (columns.has(field) ? unescape(cellText(row[columns.get(field)!])) : '');
  rows.forEach((row, i) => {
    const at = first + i;
    const name = unitDisplayName(get(row, 'name'));
    if (name === '') {
      if (row.some((c) => cellText(c) !== '')) problems.push(`${where(at)}没有单位名称，已跳过。`);
      return;
    }
    const typeText = get(row, 'type');
    let type = unitTypeOf(typeText);
    if (type === null) {
      type = unitTypeFromName(name);
      if (typeText.trim() !== '') problems.push(`${where(at)}的单位类型“${typeText.trim()}”无法识别，已按名称判断为“${UNIT_TYPE_NAMES[type]}”。`);
    }
    const formerNames = splitNames(get(row, 'former')).filter((n) => unitKey(n) !== unitKey(name));
    const clash = [name, ...formerNames].map((n) => [n, seen.get(unitKey(n))] as const).find(([, row]) => row !== undefined);
    if (clash) {
      problems.push(`${where(at)}的“${clash[0]}”与第 ${clash[1]} 行是同一单位（名称或曾用名相同），已跳过。`);
      return;
    }
    for (const n of [name, ...formerNames]) seen.set(unitKey(n), at);
    const contact = [get(row, 'contact'), get(row, 'phone')].map((s) => s.trim()).filter(Boolean).join(' ');
    units.push({ name, type, contact, formerNames });
  });
  return { units, source, problems };
}

/** Every unit with a draft of the year or the year before: the office can then add the missing ones. */
export function rosterFromDrafts(drafts: readonly FoundDraft[], year: number): Roster {
  const byKey = new Map<string, { name: string; year: number }>();
  for (const d of drafts) {
    const { organization, year: y } = d.summary;
    const key = unitKey(organization);
    if ((y !== year && y !== year - 1) || key === '') continue;
    const known = byKey.get(key);
    if (!known || y > known.year) byKey.set(key, { name: unitDisplayName(organization), year: y });
  }
  const units = [...byKey.values()].map(({ name }) => ({ name, type: unitTypeFromName(name), contact: '', formerNames: [] }));
  units.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { units, source: null, problems: [] };
}

const CSV_HEADER = ['单位名称', '单位类型', '联系人及电话', '曾用名（以“、”分隔）'];

/** One CSV field: quoted when needed; a leading = + - @ escaped so that Excel never runs it. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 单位名册.csv: UTF-8 with a BOM (so Excel reads the Chinese), CRLF lines. */
export function rosterCsv(units: readonly RosterUnit[]): string {
  const lines = [CSV_HEADER, ...units.map((u) => [u.name, UNIT_TYPE_NAMES[u.type], u.contact, u.formerNames.join('、')])];
  return `\uFEFF${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}
