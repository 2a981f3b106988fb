// 导出台账模板 round trip: the template's drop-down lists are the statute's categories; filled by a
// script with random applications and cases chosen from those very lists, it counts with no
// mapping at all to the tables computed here, independently of shared/ledger.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ledgerTemplate } from '../../electron/services/ledger/template';
import { readSpreadsheet } from '../../electron/services/spreadsheet';
import { countLedger } from '../../shared/ledger';
import { COLUMNS, outcomeRows, random } from '../ledgerFixtures';

const dir = mkdtempSync(join(tmpdir(), 'ledger-template-'));

/** The choices a column's drop-down offers, read from the list its validation names. */
function choicesOf(book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, column: number): string[] {
  const validation = sheet.getCell(4, column).dataValidation;
  expect(validation.type).toBe('list');
  const [, listSheet, letter, first, last] = /^(.+)!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(validation.formulae![0])!;
  const lists = book.getWorksheet(listSheet)!;
  expect(lists.state).toBe('hidden');
  return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => String(lists.getCell(`${letter}${Number(first) + i}`).value));
}

const day = (rnd: () => number, year: number) => new Date(Date.UTC(year, 0, 1 + Math.floor(rnd() * 365)));
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

describe('the ledger template', () => {
  for (const year of [2020, 2025]) {
    it(`offers the ${year} form’s categories as drop-down lists and, filled at random, counts to the tables computed independently`, async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await ledgerTemplate(year)).buffer as ArrayBuffer);
      const [applications, cases] = [book.worksheets[0], book.worksheets[1]];
      const heading = (sheet: ExcelJS.Worksheet, text: string) => (sheet.getRow(3).values as string[]).indexOf(text);
      const typeColumn = heading(applications, '申请人类型');
      const outcomeColumn = heading(applications, '办理结果');
      const types = choicesOf(book, applications, typeColumn);
      const outcomes = choicesOf(book, applications, outcomeColumn);
      // The lists are the form's: six applicant columns, one choice per outcome row of the edition.
      expect(types).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
      expect(outcomes).toHaveLength(outcomeRows(year).length);
      expect(outcomes).toContain(year === 2020 ? '（六）其他处理' : '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
      const kinds = choicesOf(book, cases, heading(cases, '案件类别'));
      const results = choicesOf(book, cases, heading(cases, '审结结果'));

      // Random applications of this year and the year before, each counted here by the statute's rules.
      const rnd = random(year);
      const expected: Record<string, number> = {};
      const add = (key: string) => (expected[key] = (expected[key] ?? 0) + 1);
      for (let i = 0; i < 400; i++) {
        const received = day(rnd, rnd() < 0.2 ? year - 1 : year);
        const answered = rnd() < 0.15 ? null : new Date(received.getTime() + Math.floor(rnd() * 60) * 86_400_000);
        const t = Math.floor(rnd() * types.length);
        const o = Math.floor(rnd() * outcomes.length);
        const row = applications.getRow(4 + i);
        row.getCell(1).value = i + 1;
        row.getCell(heading(applications, '收到日期')).value = received;
        row.getCell(typeColumn).value = types[t];
        row.getCell(heading(applications, '答复日期')).value = answered;
        row.getCell(outcomeColumn).value = answered ? outcomes[o] : null;
        const start = `${year}-01-01`;
        const end = `${year}-12-31`;
        if (isoOf(received) > end || (answered && isoOf(answered) < start)) continue;
        add(`apply.${isoOf(received) < start ? 'R2' : 'R1'}.${COLUMNS[t]}`);
        add(`apply.${answered && isoOf(answered) <= end ? outcomeRows(year)[o] : 'R4'}.${COLUMNS[t]}`);
      }
      for (let i = 0; i < 60; i++) {
        const filed = day(rnd, year);
        const k = Math.floor(rnd() * kinds.length);
        const r = Math.floor(rnd() * results.length);
        const pending = results[r] === '尚未审结';
        const concluded = pending ? null : new Date(filed.getTime() + Math.floor(rnd() * 90) * 86_400_000);
        const row = cases.getRow(4 + i);
        row.getCell(heading(cases, '案件类别')).value = kinds[k];
        row.getCell(heading(cases, '收到日期')).value = filed;
        row.getCell(heading(cases, '审结日期')).value = concluded;
        row.getCell(heading(cases, '审结结果')).value = results[r];
        const inYear = concluded === null || isoOf(concluded) <= `${year}-12-31`;
        add(`review.${['RV', 'LD', 'LR'][k]}.${inYear ? ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING'][r] : 'PENDING'}`);
      }
      const filled = join(dir, `台账-${year}.xlsx`);
      await book.xlsx.writeFile(filled);

      const read = await readSpreadsheet(filled);
      if (!read.ok) throw new Error(read.message);
      for (const kind of ['applications', 'cases'] as const) {
        const counted = countLedger(read.workbook, { kind, year });
        if (!counted.ok) throw new Error(counted.message);
        expect(counted.count.unplaced).toEqual([]);
        const table = kind === 'applications' ? 'apply.' : 'review.';
        for (const [key, v] of Object.entries(counted.count.cells)) expect(v, key).toBe(expected[key] ?? 0);
        expect(Object.keys(expected).filter((k) => k.startsWith(table) && !(k in counted.count.cells))).toEqual([]);
      }
    });
  }
});
