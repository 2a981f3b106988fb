// 单位名册: read from the sheet an office keeps (headings found under a title, in the office's own
// words; types, contacts and former names), every row left out said with its row number, the
// desk's 单位名册.csv read back the same, and a roster started from the drafts found.

import { describe, expect, it } from 'vitest';
import { readSpreadsheetBytes } from '../../../electron/services/spreadsheet';
import { rosterCsv, rosterFromDrafts, rosterFromSheet, unitTypeFromName, unitTypeOf, type RosterUnit } from '../../../shared/desk';
import type { Workbook } from '../../../shared/sheet';
import { found, summary } from './drafts';

const book = (rows: (string | number | null)[][], name = '名册.xlsx'): Workbook => ({ source: name, format: 'xlsx', sheets: [{ name: 'Sheet1', rows }] });

describe('单位名册 from an office sheet', () => {
  it('finds the headings under a title, reads types, contacts and former names in the office’s words', () => {
    const read = rosterFromSheet(
      book([
        ['某县政府信息公开年报报送单位', null, null],
        [],
        ['序号', '单位全称', '类别', '联系人', '联系电话', '原名称'],
        [1, '某县教育和体育局', '区直部门', '张三', '0931-1234567', '某县教育局、某县体育局'],
        [2, '某县城关镇', '镇', '', '', ''],
        [3, '某县东城街道办事处', '', '李四', '', ''],
        [4, '某县经济开发区管委会', '开发区', null, null, null],
        [5, '某县人民政府', '县区', null, null, null],
        [6, '某县档案馆', '其它', null, null, null],
      ]),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.roster.problems).toEqual([]);
    expect(read.roster.units).toEqual([
      { name: '某县教育和体育局', type: 'department', contact: '张三 0931-1234567', formerNames: ['某县教育局', '某县体育局'] },
      { name: '某县城关镇', type: 'township', contact: '', formerNames: [] },
      { name: '某县东城街道办事处', type: 'street', contact: '李四', formerNames: [] },
      { name: '某县经济开发区管委会', type: 'zone', contact: '', formerNames: [] },
      { name: '某县人民政府', type: 'government', contact: '', formerNames: [] },
      { name: '某县档案馆', type: 'other', contact: '', formerNames: [] },
    ]);
  });

  it('says which rows it left out: no name, the same unit twice (by its identity), a type it does not know', () => {
    const read = rosterFromSheet(
      book([
        ['单位名称', '单位类型'],
        ['某县公安局', '部门'],
        ['', '部门'],
        ['某县公安局\u200b', '部门'],
        ['某县ＡＢ中心', '事业'],
        ['某县财政局', '部门'],
      ]),
    );
    expect(read.ok && read.roster.units.map((u) => [u.name, u.type])).toEqual([
      ['某县公安局', 'department'],
      ['某县ＡＢ中心', 'department'],
      ['某县财政局', 'department'],
    ]);
    expect(read.ok && read.roster.problems).toEqual([
      '第 3 行没有单位名称，已跳过。',
      '第 4 行的“某县公安局”与第 2 行是同一单位（名称或曾用名相同），已跳过。',
      '第 5 行的单位类型“事业”无法识别，已按名称判断为“部门”。',
    ]);
  });

  it('refuses a sheet without a 单位名称 column, saying what the heading row should hold', () => {
    const read = rosterFromSheet(book([['姓名', '电话'], ['张三', '123']], '通讯录.xlsx'));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('“通讯录.xlsx”中没有找到“单位名称”列') });
  });

  it('types a unit by its name when the sheet does not', () => {
    expect(['某县东城街道', '某县城关镇', '某县高新技术产业园区管理委员会', '某县人民政府', '某县财政局', '平潭综合实验区'].map(unitTypeFromName)).toEqual(['street', 'township', 'zone', 'government', 'department', 'other']);
    expect(['部门', '乡镇', '街道', '开发区', '县（市、区）政府', '其他', '？'].map(unitTypeOf)).toEqual(['department', 'township', 'street', 'zone', 'government', 'other', null]);
  });
});

describe('单位名册.csv', () => {
  it('reads back as written: commas, quotes, several former names — and a name Excel would run as a formula is kept plain', () => {
    const units: RosterUnit[] = [
      { name: '某县"数据"局,二所', type: 'department', contact: '王五 138', formerNames: ['某县信息中心', '某县大数据办'] },
      { name: '=HYPERLINK("http://x","点我")', type: 'other', contact: '@sum', formerNames: [] },
      { name: '某县西城街道', type: 'street', contact: '', formerNames: [] },
    ];
    const csv = rosterCsv(units);
    expect(csv.startsWith('\uFEFF单位名称,单位类型')).toBe(true);
    // Excel runs a cell that starts with = + - @; the file holds it escaped.
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")",其他,'@sum,`);
    const sheet = readSpreadsheetBytes('单位名册.csv', new TextEncoder().encode(csv));
    if (!sheet.ok) throw new Error(sheet.message);
    const read = rosterFromSheet(sheet.workbook);
    expect(read.ok && read.roster.units).toEqual(units);
  });
});

describe('a roster started from the drafts found', () => {
  it('takes every unit with a draft of the year or the year before, once per unit, named as the latest draft writes it', () => {
    const roster = rosterFromDrafts(
      [
        found('a.nianbao', summary('某县公安局', 2024)),
        found('b.nianbao', summary('某县 公安局', 2023)),
        found('c.nianbao', summary('某县城关镇', 2023)),
        found('d.nianbao', summary('某县旧局', 2021)),
      ],
      2024,
    );
    expect(roster).toEqual({
      source: null,
      problems: [],
      units: [
        { name: '某县城关镇', type: 'township', contact: '', formerNames: [] },
        { name: '某县公安局', type: 'department', contact: '', formerNames: [] },
      ],
    });
  });
});
