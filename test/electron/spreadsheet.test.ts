// The spreadsheet service (for ledgers and the unit roster): .xlsx, .xls and .csv in UTF-8 or GBK
// read into plain rows, merged cells resolved, dates as dates — and other people's files held to
// limits: a zip bomb and a huge sheet refused in Chinese, in the parsing worker.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SPREADSHEET_LIMITS, readSpreadsheetBytes } from '../../electron/services/spreadsheet';
import { readSpreadsheetUntrusted } from '../../electron/services/untrusted';
import { zipProblem } from '../../electron/services/zipSize';

const dir = mkdtempSync(join(tmpdir(), 'spreadsheet-'));

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet('名册'));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading a spreadsheet', () => {
  it('gives every cell of a merge its value, dates formatted as dates as dates, numbers as numbers', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.mergeCells('A1:C1');
      sheet.getCell('A1').value = '单位名册';
      sheet.getRow(2).values = ['单位', '类型', '成立日期'];
      sheet.getRow(3).values = ['甲局', '部门', new Date(Date.UTC(2025, 0, 6))];
      sheet.getCell('C3').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getRow(4).values = ['乙局', null, 45663];
      // A type written once for two rows.
      sheet.mergeCells('B3:B4');
    });
    const read = readSpreadsheetBytes('名册.xlsx', bytes);
    expect(read.ok && read.workbook).toEqual({
      source: '名册.xlsx',
      format: 'xlsx',
      sheets: [{ name: '名册', rows: [['单位名册', '单位名册', '单位名册'], ['单位', '类型', '成立日期'], ['甲局', '部门', { date: '2025-01-06' }], ['乙局', '部门', 45663]] }],
    });
  });

  it('reads a GBK or UTF-8 .csv as text, quotes and all', () => {
    const text = '单位,类型\r\n"甲局,办公室",部门\r\n乙镇,"乡镇""街道"""\r\n';
    const gbk = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }));
    const rows = [['单位', '类型'], ['甲局,办公室', '部门'], ['乙镇', '乡镇"街道"']];
    for (const bytes of [gbk, new TextEncoder().encode(text), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])]) {
      const read = readSpreadsheetBytes('名册.csv', bytes);
      expect(read.ok && read.workbook.sheets[0].rows).toEqual(rows);
    }
  });

  it('refuses what is not a spreadsheet, and a damaged one, in Chinese', () => {
    expect(readSpreadsheetBytes('报告.pdf', new TextEncoder().encode('%PDF-1.4'))).toEqual({ ok: false, message: '“报告.pdf”不是 Excel 或 WPS 表格文件（.xlsx、.xls）或 CSV 文件' });
    const cut = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(readSpreadsheetBytes('台账.xlsx', cut)).toEqual({ ok: false, message: '文件已损坏：不是完整的 Excel（.xlsx）文件' });
  });
});

describe('other people’s files', () => {
  it('refuses a zip whose entries inflate beyond the limit, before inflating anything', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', new Uint8Array(4 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(readSpreadsheetBytes('台账.xlsx', bomb, { ...SPREADSHEET_LIMITS, inflatedBytes: 1024 * 1024 })).toEqual({
      ok: false,
      message: '文件解压后超过 1 MB，不像是台账表格（可能是恶意构造的压缩文件），已拒绝读取',
    });
    // A size in a ZIP64 field (4 GB or more) is never a ledger.
    const view = new DataView(bomb.buffer, bomb.byteOffset);
    const central = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 0xffffffff, true);
    expect(zipProblem(bomb, SPREADSHEET_LIMITS.inflatedBytes)).toBe('文件解压后过大，不像是台账表格，已拒绝读取');
  });

  it('refuses a sheet with more rows than a ledger has, in the parsing worker', async () => {
    const path = join(dir, '巨表.csv');
    writeFileSync(path, '收到日期\n'.padEnd(10, ' ') + '2025-01-06\n'.repeat(SPREADSHEET_LIMITS.rows + 5));
    expect(await readSpreadsheetUntrusted(path)).toEqual({ ok: false, message: `超过 ${SPREADSHEET_LIMITS.rows} 行，过大，无法作为台账读取` });
    const ok = join(dir, '台账.csv');
    writeFileSync(ok, '收到日期,申请人类型\n2025-01-06,公民\n');
    expect(await readSpreadsheetUntrusted(ok)).toEqual({ ok: true, workbook: { source: '台账.csv', format: 'csv', sheets: [{ name: '台账', rows: [['收到日期', '申请人类型'], ['2025-01-06', '公民']] }] } });
    expect(await readSpreadsheetUntrusted(join(dir, '没有.xlsx'))).toEqual({ ok: false, message: '文件不存在' });
  }, 60_000);
});
