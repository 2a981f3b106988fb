// Ledgers (台账) made from real published tables, for the acceptance tests and the benchmark:
// one application per row, whose counts for the report year are the table's figures — dates in
// every form offices type, the wordings of the dictionary, a few values no dictionary knows, a
// few rows no one could place — written as .xlsx (exceljs, headers on row 3 under a merged
// title), .xls (converted by LibreOffice) and GBK .csv (iconv). Written independently of
// shared/ledger: what it generates is the truth the counts are checked against.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { EDITIONS, cellIndex, editionForYear } from '../shared/formats';

export const COLUMNS = ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH'] as const;
export const HEADINGS = ['序号', '收到日期', '申请人姓名（名称）', '申请人类型', '申请内容', '办理结果', '不予公开/无法提供/不予处理理由', '答复日期'];

/** How offices write each applicant column (the form's own word first). */
const APPLICANT_WORDS: Record<string, string[]> = {
  NP: ['自然人', '公民', '个人'],
  BIZ: ['商业企业', '企业', '公司'],
  RES: ['科研机构', '高校'],
  NGO: ['社会公益组织', '公益组织'],
  LAW: ['法律服务机构', '律师事务所'],
  OTH: ['其他', '其他组织'],
};
const NAMES: Record<string, string[]> = {
  NP: ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊'],
  BIZ: ['某某科技有限公司', '某某建设集团有限公司'],
  RES: ['某某大学', '某某研究院'],
  NGO: ['某某公益基金会'],
  LAW: ['某某律师事务所'],
  OTH: ['某某村民委员会'],
};

/** [办理结果, 理由] as offices write them, per row of table 三 (the first of each is the form's own). */
const OUTCOME_WORDS: Record<string, [string, string][]> = {
  R3_1: [['予以公开', ''], ['同意公开', ''], ['公开', '']],
  R3_2: [['部分公开', ''], ['部分公开', '区分处理']],
  R3_3_1: [['不予公开', '属于国家秘密'], ['不予公开', '涉及国家秘密']],
  R3_3_2: [['不予公开', '其他法律行政法规禁止公开']],
  R3_3_3: [['不予公开', '危及“三安全一稳定”']],
  R3_3_4: [['不予公开', '保护第三方合法权益'], ['不予公开', '涉及个人隐私']],
  R3_3_5: [['不予公开', '属于三类内部事务信息'], ['不予公开', '内部事务信息']],
  R3_3_6: [['不予公开', '属于四类过程性信息'], ['不予公开', '过程性信息']],
  R3_3_7: [['不予公开', '属于行政执法案卷']],
  R3_3_8: [['不予公开', '属于行政查询事项']],
  R3_4_1: [['无法提供', '本机关不掌握相关政府信息'], ['信息不存在', ''], ['无法提供', '本机关不掌握']],
  R3_4_2: [['无法提供', '没有现成信息需要另行制作'], ['无法提供', '需要另行制作']],
  R3_4_3: [['无法提供', '补正后申请内容仍不明确']],
  R3_5_1: [['不予处理', '信访举报投诉类申请'], ['不予处理', '投诉'], ['不予处理', '举报']],
  R3_5_2: [['不予处理', '重复申请']],
  R3_5_3: [['不予处理', '要求提供公开出版物']],
  R3_5_4: [['不予处理', '无正当理由大量反复申请']],
  R3_5_5: [['不予处理', '要求行政机关确认或重新出具已获取信息']],
  R3_6: [['其他处理', ''], ['撤回申请', '']],
  R3_6_1: [['其他处理', '申请人无正当理由逾期不补正'], ['逾期不补正', '']],
  R3_6_2: [['其他处理', '申请人逾期未按收费通知要求缴纳费用']],
  R3_6_3: [['其他处理', '其他'], ['撤回申请', '']],
};

/** Values no dictionary knows, and what the clerk maps them to (the acceptance maps them once). */
export const UNKNOWN_APPLICANT = '来访群众';
export const UNKNOWN_OUTCOME = '按申请内容答复完毕';

export type DateForm = 'cell' | 'serial' | 'iso' | 'slash' | 'chinese';
export const FORMS: DateForm[] = ['cell', 'serial', 'iso', 'slash', 'chinese'];

/** A ledger's date cell as written: a Date (formatted as a date), a serial number, or text. */
export type DateValue = { date: Date } | { serial: number } | { text: string };

export interface Application {
  received: string | null;
  answered: string | null;
  column: string;
  /** Written into the ledger. */
  receivedCell: DateValue | null;
  answeredCell: DateValue | null;
  type: string;
  name: string;
  outcome: string;
  reason: string;
}

export interface Ledger {
  rows: Application[];
  /** Row numbers (as the sheet shows them) of the rows that cannot be placed, with what is wrong. */
  bad: { row: number; what: string }[];
  /** Row numbers holding a value no dictionary knows (they count once it is mapped). */
  unknown: { value: string; rows: number[] }[];
  /** The mapping that places them: field → value → the category's name. */
  mapping: { values: { applicantType: Record<string, string>; outcome: Record<string, string> } };
}

/** The first data row: the title on row 1, a note on row 2, the headings on row 3. */
export const FIRST_ROW = 4;

/** A seeded generator, so that every run writes the same ledger. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const dayOf = (y: number, dayOfYear: number) => new Date(Date.UTC(y, 0, 1 + dayOfYear));
export const addDays = (date: string, days: number) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

export function dateCell(date: string, form: DateForm): DateValue {
  const [y, m, d] = date.split('-').map(Number);
  switch (form) {
    case 'cell':
      return { date: new Date(Date.UTC(y, m - 1, d)) };
    case 'serial':
      return { serial: Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000) };
    case 'iso':
      return { text: date };
    case 'slash':
      return { text: `${y}/${m}/${d}` };
    case 'chinese':
      return { text: `${y}年${m}月${d}日` };
  }
}

/** A table's figure, a blank read as 0. */
export const figure = (cells: Record<string, number>, key: string) => cells[key] ?? 0;

/** The outcome rows of table 三 in the edition of `year` (the statute's data, not the ledger's). */
export function outcomeRows(year: number): string[] {
  const rows = cellIndex(EDITIONS[editionForYear(year)!.id]).tableCells.apply.filter((c) => c.column === 'NP' && !c.derived).map((c) => c.row);
  return rows.filter((r) => r !== 'R1' && r !== 'R2' && r !== 'R4');
}

/**
 * The applications behind one year's table 三: per applicant column, R1 received in the year, R2
 * the year before, each ending in an outcome row answered in the year or in R4 (answered the next
 * year, or not yet). Throws if the table breaks T3-04 (no ledger could give it).
 */
export function applicationsFor(cells: Record<string, number>, year: number, rnd: () => number, carriedIn: Application[] = []): Application[] {
  const out: Application[] = [];
  for (const column of COLUMNS) {
    const ends: string[] = [];
    for (const row of [...outcomeRows(year), 'R4']) for (let i = 0; i < figure(cells, `apply.${row}.${column}`); i++) ends.push(row);
    const r1 = figure(cells, `apply.R1.${column}`);
    const r2 = figure(cells, `apply.R2.${column}`);
    if (r1 + r2 !== ends.length) throw new Error(`${year} ${column}: 新收 ${r1} + 结转 ${r2} ≠ 办结与结转 ${ends.length}`);
    shuffle(ends, rnd);
    const carried = carriedIn.filter((a) => a.column === column);
    if (carried.length > 0 && carried.length !== r2) throw new Error(`${year} ${column}: 上年结转 ${r2} ≠ 上年台账的 ${carried.length}`);
    ends.forEach((end, i) => {
      const from = i < r2 ? (carried[i] ?? null) : null;
      const received = from?.received ?? iso(dayOf(i < r2 ? year - 1 : year, i < r2 ? 300 + Math.floor(rnd() * 60) : Math.floor(rnd() * 360)));
      const answered = end === 'R4' ? (rnd() < 0.5 ? iso(dayOf(year + 1, Math.floor(rnd() * 40))) : null) : answerIn(received, year, rnd);
      const words = end === 'R4' ? ['', ''] : pick(OUTCOME_WORDS[end], rnd);
      const application: Application = from ?? {
        received,
        answered,
        column,
        receivedCell: null,
        answeredCell: null,
        type: pick(APPLICANT_WORDS[column], rnd),
        name: pick(NAMES[column], rnd),
        outcome: '',
        reason: '',
      };
      Object.assign(application, { answered, outcome: words[0], reason: words[1] });
      if (!from) out.push(application);
    });
  }
  return out;
}

/** A day in the year, not before the day it was received, within twenty days of it when it can be. */
function answerIn(received: string, year: number, rnd: () => number): string {
  const start = received < `${year}-01-01` ? `${year}-01-01` : received;
  const answered = addDays(start, Math.floor(rnd() * 20));
  return answered > `${year}-12-31` ? `${year}-12-31` : answered;
}

/** Applications of years outside the count: closed before `from`, or received after `to`. */
export function otherYears(count: number, from: number, to: number, rnd: () => number): Application[] {
  return Array.from({ length: count }, (_, i) => {
    const before = i % 2 === 0;
    const y = before ? from - 1 - (i % 3 === 0 ? 1 : 0) : to + 1;
    const received = iso(dayOf(y, Math.floor(rnd() * (before ? 300 : 360))));
    const answered = before ? addDays(received, Math.floor(rnd() * 20)) : rnd() < 0.5 ? null : addDays(received, 5);
    const column = COLUMNS[Math.floor(rnd() * COLUMNS.length)];
    const [outcome, reason] = answered ? pick(OUTCOME_WORDS.R3_1, rnd) : ['', ''];
    return { received, answered, column, receivedCell: null, answeredCell: null, type: pick(APPLICANT_WORDS[column], rnd), name: pick(NAMES[column], rnd), outcome, reason };
  });
}

/** Whether an application is in `year`'s table 三: received by its end, not answered before it. */
export const inYear = (a: Application, year: number) => a.received !== null && a.received <= `${year}-12-31` && (a.answered === null || a.answered >= `${year}-01-01`);

/**
 * The ledger: the applications in the order they were received, dates written in turn in every
 * form, a few values of `year`'s applications no dictionary knows, and four rows of that year no
 * one could place (listed in `bad`).
 */
export function ledgerOf(applications: Application[], year: number, { unknowns = 3 } = {}): Ledger {
  const rows = [...applications].sort((a, b) => (a.received ?? '').localeCompare(b.received ?? ''));
  rows.forEach((a, i) => {
    a.receivedCell = a.received ? dateCell(a.received, FORMS[i % FORMS.length]) : null;
    a.answeredCell = a.answered ? dateCell(a.answered, FORMS[(i + 2) % FORMS.length]) : null;
  });
  const mapping: Ledger['mapping'] = { values: { applicantType: {}, outcome: {} } };
  const spread = <T>(list: T[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / unknowns)) === 0).slice(0, unknowns);
  // Applications received in the year: the year before never sees them.
  const fresh = (a: Application) => inYear(a, year) && a.received! >= `${year}-01-01`;
  const natural = spread(rows.filter((a) => a.column === 'NP' && fresh(a)));
  natural.forEach((a) => (a.type = UNKNOWN_APPLICANT));
  if (natural.length > 0) mapping.values.applicantType[UNKNOWN_APPLICANT] = '自然人';
  const published = spread(rows.filter((a) => a.outcome === '予以公开' && a.type !== UNKNOWN_APPLICANT && fresh(a)));
  published.forEach((a) => (a.outcome = UNKNOWN_OUTCOME));
  if (published.length > 0) mapping.values.outcome[UNKNOWN_OUTCOME] = '予以公开';
  // Rows of the year no one can place, spread through the ledger (not part of any table).
  const badRows: [Application, string][] = [
    [{ ...blankApplication(), type: '公民', outcome: '予以公开', answeredCell: { text: `${year}-03-02` } }, '没有收到日期'],
    [{ ...blankApplication(), type: '公民', receivedCell: { text: `${year}-02-30` }, outcome: '予以公开', answeredCell: { text: `${year}-03-02` } }, '不存在的日期'],
    [{ ...blankApplication(), type: '企业', receivedCell: { text: `${year}-05-06` }, outcome: '予以公开；不予公开', answeredCell: { text: `${year}-05-20` } }, '两种结果'],
    [{ ...blankApplication(), type: '个人', receivedCell: { text: `${year}-06-10` }, outcome: '予以公开', answeredCell: { text: `${year}-06-01` } }, '答复早于收到'],
  ];
  const marked = new Map<Application, string>();
  badRows.forEach(([a, what], k) => {
    rows.splice(Math.floor(((k + 1) * rows.length) / (badRows.length + 1)), 0, a);
    marked.set(a, what);
  });
  const rowsWith = (test: (a: Application) => boolean) => rows.flatMap((a, i) => (test(a) ? [i + FIRST_ROW] : []));
  const unknown: Ledger['unknown'] = [
    { value: UNKNOWN_APPLICANT, rows: rowsWith((a) => a.type === UNKNOWN_APPLICANT) },
    { value: UNKNOWN_OUTCOME, rows: rowsWith((a) => a.outcome === UNKNOWN_OUTCOME) },
  ].filter((u) => u.rows.length > 0);
  const bad = rows.flatMap((a, i) => (marked.has(a) ? [{ row: i + FIRST_ROW, what: marked.get(a)! }] : []));
  return { rows, bad, unknown, mapping };
}

function blankApplication(): Application {
  return { received: null, answered: null, column: 'NP', receivedCell: null, answeredCell: null, type: '', name: '张三', outcome: '', reason: '' };
}

export function pick<T>(list: readonly T[], rnd: () => number): T {
  return list[Math.floor(rnd() * list.length)];
}

function shuffle<T>(list: T[], rnd: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}

const asText = (v: DateValue | null): string => (v === null ? '' : 'text' in v ? v.text : 'serial' in v ? String(v.serial) : iso(v.date));

function cells(a: Application, i: number): (string | number | Date)[] {
  const date = (v: DateValue | null) => (v === null ? '' : 'text' in v ? v.text : 'serial' in v ? v.serial : v.date);
  return [i + 1, date(a.receivedCell), a.name, a.type, '申请公开相关政府信息', a.outcome, a.reason, date(a.answeredCell)];
}

/** The ledger as an .xlsx: a merged title on row 1, a note on row 2, the headings on row 3. */
export async function writeLedgerXlsx(path: string, ledger: Ledger, title: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('登记台账');
  sheet.mergeCells(1, 1, 1, HEADINGS.length);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(2, 1).value = '填报单位：办公室　　单位：件';
  sheet.getRow(3).values = HEADINGS;
  ledger.rows.forEach((a, i) => {
    const row = sheet.getRow(FIRST_ROW + i);
    row.values = cells(a, i);
    for (const column of [2, 8]) if (row.getCell(column).value instanceof Date) row.getCell(column).numFmt = 'yyyy-mm-dd';
  });
  await book.xlsx.writeFile(path);
}

/** The ledger as a GBK .csv (what Excel and WPS save on a Chinese Windows), its title line first. */
export function writeLedgerCsv(path: string, ledger: Ledger, title: string): void {
  const quote = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [[title], [''], HEADINGS, ...ledger.rows.map((a, i) => [i + 1, asText(a.receivedCell), a.name, a.type, '申请公开相关政府信息', a.outcome, a.reason, asText(a.answeredCell)])];
  const text = `${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;
  writeFileSync(path, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text, maxBuffer: 256 * 1024 * 1024 }));
}

/** An .xlsx converted to Excel 97-2003 (.xls, BIFF8) by LibreOffice, beside it. */
export async function convertToXls(xlsx: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-xls-'));
  try {
    const profile = `file://${join(dir, 'profile')}`;
    await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'xls', '--outdir', dir, xlsx], { timeout: 180_000 });
    const out = xlsx.replace(/\.xlsx$/, '.xls');
    writeFileSync(out, readFileSync(join(dir, xlsx.split('/').pop()!.replace(/\.xlsx$/, '.xls'))));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
