// Acceptance of 从台账统计 on ledgers made from real published tables (test/ledgerFixtures.ts):
// 上海市人民政府办公厅 2019 (2019 form; a register of 2017–2020 with 3,000+ rows) and 平潭综合实验区
// 2021 and 2022 (2021 form; one register over both years), each written as .xlsx, as .xls
// (converted by LibreOffice) and as a GBK .csv — headers on row 3 under a merged title, dates in
// every form, the dictionary's wordings, a few unknown values, a few bad rows. Once the unknown
// values are mapped, the counts are the published figures; unknown values and bad rows are listed
// by row number; this year's 上年结转 is last year's 结转下年度 from the same register.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../electron/services/spreadsheet';
import { countLedger, parseMapping, type LedgerCount, type LedgerMapping } from '../../shared/ledger';
import type { Workbook } from '../../shared/sheet';
import { casesFor, writeCasesXlsx } from '../ledgerCaseFixtures';
import { applicationsFor, convertToXls, inYear, ledgerOf, otherYears, random, writeLedgerCsv, writeLedgerXlsx, type Ledger } from '../ledgerFixtures';

const expectedCells = (path: string): Record<string, number> => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).cells;
const SHANGHAI = expectedCells('../fixtures/unseen/expected/shanghai-bgt-2019.json');
const PINGTAN_2021 = expectedCells('../fixtures/unseen/expected/pingtan-2021.json');
const PINGTAN_2022 = expectedCells('../fixtures/reference/expected/pingtan-2022.json');

const dir = mkdtempSync(join(tmpdir(), 'ledger-acceptance-'));
const FORMATS = ['xlsx', 'xls', 'csv'] as const;

/** The ledger written in all three formats, read back. */
async function written(name: string, ledger: Ledger, title: string): Promise<Record<(typeof FORMATS)[number], Workbook>> {
  const xlsx = join(dir, `${name}.xlsx`);
  await writeLedgerXlsx(xlsx, ledger, title);
  const csv = join(dir, `${name}.csv`);
  writeLedgerCsv(csv, ledger, title);
  // Really GBK: not readable as UTF-8.
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(csv))).toThrow();
  const xls = await convertToXls(xlsx);
  const books = await Promise.all([xlsx, xls, csv].map((p) => readSpreadsheet(p)));
  return Object.fromEntries(books.map((b, i) => {
    if (!b.ok) throw new Error(b.message);
    return [FORMATS[i], b.workbook];
  })) as Record<(typeof FORMATS)[number], Workbook>;
}

function counted(book: Workbook, year: number, mapping?: LedgerMapping, kind: 'applications' | 'cases' = 'applications'): LedgerCount {
  const result = countLedger(book, { kind, year, mapping });
  if (!result.ok) throw new Error(result.message);
  return result.count;
}

const mappingOf = (ledger: Ledger): LedgerMapping => {
  const read = parseMapping(JSON.stringify(ledger.mapping));
  if (!read.ok) throw new Error(read.message);
  return read.mapping;
};

/** Every entered cell of the table as published, a blank read as 0. */
function expectPublished(count: LedgerCount, published: Record<string, number>): void {
  const table = count.kind === 'applications' ? 'apply.' : 'review.';
  for (const [key, v] of Object.entries(count.cells)) expect(v, key).toBe(published[key] ?? 0);
  for (const [key, v] of Object.entries(published)) if (key.startsWith(table) && key in count.cells) expect(count.cells[key], key).toBe(v);
}

/** The unknown values and the bad rows, each by its row number; nothing else left out. */
function expectListed(count: LedgerCount, ledger: Ledger, mapped: boolean): void {
  const unknownRows = ledger.unknown.flatMap((u) => u.rows);
  expect(count.unplaced.map((u) => u.row)).toEqual([...ledger.bad.map((b) => b.row), ...(mapped ? [] : unknownRows)].sort((a, b) => a - b));
  expect(count.unknown.map((u) => ({ value: u.value, rows: u.rows }))).toEqual(mapped ? [] : ledger.unknown);
}

describe('a city office’s register of 2017–2020: 上海市人民政府办公厅 2019 (2019 form)', () => {
  let ledger: Ledger;
  let books: Record<(typeof FORMATS)[number], Workbook>;
  beforeAll(async () => {
    const rnd = random(2019);
    ledger = ledgerOf([...applicationsFor(SHANGHAI, 2019, rnd), ...otherYears(2300, 2019, 2019, rnd)], 2019);
    books = await written('shanghai-2019', ledger, '2017—2020年政府信息公开申请登记台账');
  }, 180_000);

  it('has 3,000+ rows, 877 of them 2019’s', () => {
    expect(ledger.rows.length).toBeGreaterThan(3000);
    expect(ledger.rows.filter((a) => inYear(a, 2019))).toHaveLength(877);
  });

  for (const format of FORMATS) {
    it(`counts table 三 as published, from the .${format}`, () => {
      const before = counted(books[format], 2019);
      expectListed(before, ledger, false);
      expect(before.unplaced.find((u) => u.row === ledger.bad[0].row)?.reason).toBe('没有收到日期');
      const after = counted(books[format], 2019, mappingOf(ledger));
      expectPublished(after, SHANGHAI);
      expectListed(after, ledger, true);
      expect(after.counted).toBe(877);
      expect(after.otherYears).toBe(2300);
      // Each counted row stands once on each side of T3-04.
      const rows = Object.values(after.rows).flat();
      expect(rows).toHaveLength(2 * 877);
    });
  }

  it('counts table 四 from the case register', async () => {
    const path = join(dir, 'shanghai-2019-cases.xlsx');
    await writeCasesXlsx(path, casesFor(SHANGHAI, 2019, random(4)), '2019年行政复议、行政诉讼案件台账');
    const read = await readSpreadsheet(path);
    if (!read.ok) throw new Error(read.message);
    const count = counted(read.workbook, 2019, undefined, 'cases');
    expectPublished(count, SHANGHAI);
    expect(count.unplaced).toEqual([]);
    expect(count.otherYears).toBe(2);
  });
});

describe('one register over two years: 平潭综合实验区 2021 and 2022 (2021 form)', () => {
  let ledger: Ledger;
  let books: Record<(typeof FORMATS)[number], Workbook>;
  beforeAll(async () => {
    const rnd = random(2022);
    const y2021 = applicationsFor(PINGTAN_2021, 2021, rnd);
    const carried = y2021.filter((a) => a.answered === null || a.answered > '2021-12-31');
    const y2022 = applicationsFor(PINGTAN_2022, 2022, rnd, carried);
    ledger = ledgerOf([...y2021, ...y2022, ...otherYears(40, 2021, 2022, rnd)], 2022);
    books = await written('pingtan-2021-2022', ledger, '政府信息公开申请登记台账（2021—2022年）');
  }, 180_000);

  for (const format of FORMATS) {
    it(`counts both years as published, from the .${format}; 2022’s 上年结转 is 2021’s 结转下年度`, () => {
      const mapping = mappingOf(ledger);
      const y2022 = counted(books[format], 2022, mapping);
      expectPublished(y2022, PINGTAN_2022);
      expectListed(y2022, ledger, true);
      const y2021 = counted(books[format], 2021, mapping);
      expectPublished(y2021, PINGTAN_2021);
      // 2022's unknown values are another year's to 2021; of its bad rows, those whose dates do not
      // tell the year are listed for 2021 too.
      expect(y2021.unknown).toEqual([]);
      expect(y2021.unplaced.map((u) => u.row)).toEqual(ledger.bad.filter((b) => b.what !== '两种结果').map((b) => b.row));
      for (const column of ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH']) {
        expect(y2022.cells[`apply.R2.${column}`], column).toBe(y2021.cells[`apply.R4.${column}`]);
        expect(y2022.rows[`apply.R2.${column}`] ?? []).toEqual(y2021.rows[`apply.R4.${column}`] ?? []);
      }
      expect(y2022.cells['apply.R2.NP']).toBe(1);
    });
  }

  it('counts table 四 of each year from the case register', async () => {
    const path = join(dir, 'pingtan-cases.xlsx');
    await writeCasesXlsx(path, [...casesFor(PINGTAN_2021, 2021, random(21), { otherYears: false }), ...casesFor(PINGTAN_2022, 2022, random(22), { otherYears: false })], '案件台账');
    const read = await readSpreadsheet(path);
    if (!read.ok) throw new Error(read.message);
    expectPublished(counted(read.workbook, 2021, undefined, 'cases'), PINGTAN_2021);
    expectPublished(counted(read.workbook, 2022, undefined, 'cases'), PINGTAN_2022);
  });
});
