// The ledger's rules on small sheets: the dictionary's wordings and the form's labels, dates in
// every form, the header row under a title, counting by year (上年结转, 结转下年度, the 结转
// column), and every row that cannot be placed listed — never guessed.

import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../shared/formats';
import {
  applyCounts,
  categoriesOf,
  classify,
  countLedger,
  findLayout,
  ledgerFindings,
  outcomeChoices,
  parseLedgerDate,
  parseMapping,
  PERSONAL_NAMES,
  previewCounts,
  rowRanges,
  storable,
  targetsOf,
  templateSheets,
  WORDINGS,
  type LedgerMapping,
} from '../../shared/ledger';
import { blankReport } from '../../shared/report';
import type { SheetCell, Workbook } from '../../shared/sheet';

const HEAD = ['序号', '收到日期', '申请人类型', '办理结果', '理由', '答复日期'];
/** A ledger as offices keep it: a merged title (every cell of the merge holds it), a blank row, the header on row 3. */
function book(rows: SheetCell[][], head = HEAD): Workbook {
  const title = head.map(() => '2025年政府信息公开申请登记台账');
  return { source: '台账.xlsx', format: 'xlsx', sheets: [{ name: 'Sheet1', rows: [title, [], head, ...rows] }] };
}
function count(rows: SheetCell[][], year = 2025, mapping?: LedgerMapping, head?: string[]) {
  const result = countLedger(book(rows, head), { kind: 'applications', year, mapping });
  if (!result.ok) throw new Error(result.message);
  return result.count;
}
const nonZero = (cells: Record<string, number>) => Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== 0));

describe('what a value means', () => {
  it('reads the wordings offices use as the statute’s categories (the issue’s dictionary)', () => {
    const one = (field: Parameters<typeof classify>[1], value: string, edition: '2019' | '2021' = '2021') => {
      const m = classify(edition, field, value);
      return m.kind === 'one' ? m.key : m.kind;
    };
    expect(['公民', '个人', '自然人'].map((v) => one('applicantType', v))).toEqual(['NP', 'NP', 'NP']);
    expect(['公司', '企业', '商业企业'].map((v) => one('applicantType', v))).toEqual(['BIZ', 'BIZ', 'BIZ']);
    expect(['律师事务所', '法律服务机构'].map((v) => one('applicantType', v))).toEqual(['LAW', 'LAW']);
    expect(['同意公开', '公开', '予以公开', '（一）予以公开'].map((v) => one('outcome', v))).toEqual(['R3_1', 'R3_1', 'R3_1', 'R3_1']);
    expect(['信息不存在', '本机关不掌握', '1.本机关不掌握相关政府信息'].map((v) => one('reason', v))).toEqual(['R3_4_1', 'R3_4_1', 'R3_4_1']);
    expect(['信访', '投诉', '举报', '信访举报投诉类申请'].map((v) => one('reason', v))).toEqual(['R3_5_1', 'R3_5_1', 'R3_5_1', 'R3_5_1']);
    // A group alone (不予公开) is not a row: its reason decides.
    expect(one('outcome', '不予公开')).toBe('R3_3');
    expect(one('outcome', '不予公开（属于国家秘密）')).toBe('R3_3_1');
    // “不同意公开” is not 同意公开.
    expect(one('outcome', '不同意公开')).toBe('R3_3');
    // The 2019 edition has one （六）其他处理 row where 2021 has three.
    expect(one('outcome', '申请人逾期不补正', '2019')).toBe('R3_6');
    expect(one('outcome', '申请人逾期不补正', '2021')).toBe('R3_6_1');
  });

  it('never guesses: a value no one knows is unknown, one naming two rows a conflict', () => {
    expect(classify('2021', 'applicantType', '居委会').kind).toBe('unknown');
    expect(classify('2021', 'outcome', '已办结').kind).toBe('unknown');
    expect(classify('2021', 'outcome', '予以公开、不予公开')).toEqual({ kind: 'conflict', keys: ['R3_1', 'R3_3'] });
    expect(classify('2021', 'result', '驳回').kind).toBe('unknown');
    // The clerk's mapping, once, decides.
    expect(classify('2021', 'applicantType', '居委会', new Map([['居委会', 'OTH']]))).toEqual({ kind: 'one', key: 'OTH' });
  });

  it('takes every category from the edition data: the template’s choices read back as their own rows', () => {
    for (const year of [2020, 2025]) {
      const edition = year === 2020 ? '2019' : '2021';
      const c = categoriesOf(edition);
      expect(outcomeChoices(year).map((label) => classify(edition, 'outcome', label))).toEqual(c.outcomes.map((o) => ({ kind: 'one', key: o.key })));
      const [applications, cases] = templateSheets(year);
      const choices = (sheet: typeof applications, field: string) => sheet.columns.find((col) => col.field === field)!.choices!;
      expect(choices(applications, 'applicantType').map((v) => classify(edition, 'applicantType', v))).toEqual(c.applicants.map((a) => ({ kind: 'one', key: a.key })));
      expect(choices(cases, 'caseKind').map((v) => classify(edition, 'caseKind', v))).toEqual(c.caseKinds.map((k) => ({ kind: 'one', key: k.key })));
      expect(choices(cases, 'result').map((v) => classify(edition, 'result', v))).toEqual(c.caseResults.map((r) => ({ kind: 'one', key: r.key })));
    }
    expect(categoriesOf('2021').outcomes.map((o) => o.key)).toContain('R3_6_2');
    expect(categoriesOf('2019').outcomes.map((o) => o.key)).toContain('R3_6');
  });

  it('every dictionary wording names a category the editions have', () => {
    for (const [vocabulary, entries] of Object.entries(WORDINGS)) {
      const known = new Set([...targetsOf('2019', vocabulary as keyof typeof WORDINGS).keys(), ...targetsOf('2021', vocabulary as keyof typeof WORDINGS).keys()]);
      for (const key of Object.keys(entries)) expect(known.has(key) || known.has(key.replace(/_\d+$/, '')), `${vocabulary}: ${key}`).toBe(true);
    }
  });
});

describe('dates', () => {
  it('reads every form offices type, and refuses what is not a date with the reason', () => {
    for (const v of ['2025-01-06', '2025/1/6', '2025.1.6', '2025年1月6日', '2025 年 1 月 6 日', '20250106', 20250106, '2025-01-06 10:30', 45663, '45663', { date: '2025-01-06' }]) {
      expect(parseLedgerDate(v as SheetCell), String(v)).toEqual({ ok: true, date: '2025-01-06' });
    }
    expect(parseLedgerDate(null)).toEqual({ ok: true, date: null });
    expect(parseLedgerDate('2025-02-30')).toEqual({ ok: false, reason: '日期“2025-02-30”不存在' });
    expect(parseLedgerDate('1月6日')).toEqual({ ok: false, reason: '日期“1月6日”没有年份' });
    expect(parseLedgerDate('下周')).toEqual({ ok: false, reason: '“下周”不是日期' });
    expect(parseLedgerDate(12).ok).toBe(false);
    expect(parseLedgerDate(20250230)).toEqual({ ok: false, reason: '日期“20250230”不存在' });
  });
});

describe('the header row', () => {
  it('is found under a title and a note, and a two-row header is read as one', () => {
    const sheet = book([[1, '2025-01-06', '公民', '公开', '', '2025-01-20']]).sheets[0];
    expect(findLayout(sheet, 'applications')).toMatchObject({ headerRow: 3, columns: { received: 1, applicantType: 2, outcome: 3, reason: 4, answered: 5 } });
    const twoRows = { name: 'S', rows: [['登记台账'], ['序号', '收到日期', '申请人', '申请人', '办理结果', '答复日期'], ['', '', '姓名', '类型', '', ''], [1, '2025-01-06', '张三', '公民', '公开', '2025-01-20']] as SheetCell[][] };
    expect(findLayout(twoRows, 'applications')).toMatchObject({ headerRow: 3, columns: { received: 1, applicantName: 2, applicantType: 3, outcome: 4, answered: 5 } });
  });

  it('says which field it could not find', () => {
    const result = countLedger(book([], ['序号', '收到日期', '申请人类型', '备注']), { kind: 'applications', year: 2025 });
    expect(result).toEqual({ ok: false, message: '“Sheet1”第 3 行的表头中没有找到“办理结果”列，请在映射中指定对应的列' });
    expect(countLedger(book([], ['a', 'b']), { kind: 'applications', year: 2025 }).ok).toBe(false);
  });
});

describe('counting table 三 for a report year', () => {
  it('新收 and 上年结转 by the received date, the outcome row or 结转下年度 by the reply date', () => {
    const c = count([
      [1, '2025-01-06', '公民', '同意公开', '', '2025/1/20'], // R1 → R3_1
      [2, '2024-12-20', '律师事务所', '无法提供', '信息不存在', '2025年1月3日'], // R2 → R3_4_1
      [3, '2025-12-20', '企业', '', '', ''], // R1 → R4 (not answered)
      [4, '2025-12-28', '个人', '部分公开', '', '2026-01-05'], // R1 → R4 (answered next year)
      [5, '2024-03-01', '公民', '公开', '', '2024-03-10'], // closed in 2024: another year
      [6, '2026-01-02', '公民', '', '', ''], // received in 2026: another year
    ]);
    expect(nonZero(c.cells)).toEqual({ 'apply.R1.NP': 2, 'apply.R1.BIZ': 1, 'apply.R2.LAW': 1, 'apply.R3_1.NP': 1, 'apply.R3_4_1.LAW': 1, 'apply.R4.NP': 1, 'apply.R4.BIZ': 1 });
    expect(c.rows['apply.R1.NP']).toEqual([4, 7]);
    expect(c.rows['apply.R4.BIZ']).toEqual([6]);
    expect({ counted: c.counted, otherYears: c.otherYears, read: c.read, unplaced: c.unplaced }).toEqual({ counted: 4, otherYears: 2, read: 6, unplaced: [] });
    // Every entered cell of table 三 is counted, zeros too (25 rows less （七）总计, six columns).
    expect(Object.keys(c.cells)).toHaveLength(24 * 6);
  });

  it('部分公开 with the reason of the part withheld is counted once, as 部分公开; a reason that contradicts it is not', () => {
    const c = count([
      [1, '2025-03-01', '公民', '部分公开', '涉及个人隐私', '2025-03-10'],
      [2, '2025-03-01', '公民', '部分公开', '部分内容属于过程性信息', '2025-03-10'],
      [3, '2025-03-01', '企业', '部分公开', '信息不存在', '2025-03-10'],
      [4, '2025-03-01', '企业', '部分公开', '不予公开', '2025-03-10'],
      [5, '2025-03-01', '公民', '部分公开', '重复申请', '2025-03-10'],
      [6, '2025-03-01', '公民', '不予公开', '涉及个人隐私', '2025-03-10'],
    ]);
    expect(nonZero(c.cells)).toMatchObject({ 'apply.R3_2.NP': 2, 'apply.R3_2.BIZ': 2, 'apply.R3_3_4.NP': 1 });
    expect(c.unplaced).toEqual([{ row: 8, reason: '办理结果“部分公开”与理由“重复申请”（（五）不予处理 2.重复申请）不一致' }]);
  });

  it('this year’s 上年结转 is last year’s 结转下年度, from the same ledger', () => {
    const rows: SheetCell[][] = [
      [1, '2024-11-01', '公民', '公开', '', '2025-01-10'],
      [2, '2024-12-30', '公司', '', '', ''],
      [3, '2024-05-01', '公民', '公开', '', '2024-05-10'],
      [4, '2025-02-01', '公民', '公开', '', '2025-02-10'],
    ];
    const y2024 = count(rows, 2024);
    const y2025 = count(rows, 2025);
    for (const column of ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH']) expect(y2025.cells[`apply.R2.${column}`]).toBe(y2024.cells[`apply.R4.${column}`]);
    expect(y2024.rows['apply.R4.NP']).toEqual(y2025.rows['apply.R2.NP']);
    expect(y2025.rows['apply.R2.BIZ']).toEqual([5]);
  });

  it('follows an explicit 结转 column, and a ledger that keeps no reply dates counts by the year received', () => {
    const head = ['序号', '收到日期', '申请人类型', '办理结果', '是否结转'];
    const c = count(
      [
        [1, '2025-03-01', '公民', '公开', '否'],
        [2, '2025-12-30', '公民', '', '是'],
        [3, '2025-12-30', '公民', '部分公开', '是'],
        [4, '2025-04-01', '公民', '', '否'],
        [5, '2025-04-01', '公民', '公开', '也许'],
      ],
      2025,
      undefined,
      head,
    );
    expect(nonZero(c.cells)).toEqual({ 'apply.R1.NP': 3, 'apply.R3_1.NP': 1, 'apply.R4.NP': 2 });
    expect(c.unplaced).toEqual([
      { row: 7, reason: '结转栏为“否”，但没有办理结果和答复日期' },
      { row: 8, reason: '是否结转下年度“也许”未能识别，请指定它对应的类别' },
    ]);
  });

  it('lists every row it cannot place with its number and why, and the values to map', () => {
    const c = count([
      [1, '', '公民', '公开', '', '2025-02-01'],
      [2, '2025-02-30', '公民', '公开', '', '2025-03-01'],
      [3, '2025-03-01', '居委会', '公开', '', '2025-03-05'],
      [4, '2025-03-01', '公民', '予以公开；不予公开', '', '2025-03-05'],
      [5, '2025-03-01', '公民', '不予公开', '', '2025-03-05'],
      [6, '2025-03-10', '公民', '公开', '', '2025-03-05'],
      [7, '2025-03-01', '公民', '', '', '2025-03-05'],
      [8, '2025-03-01', '公民', '不予公开', '信息不存在', '2025-03-05'],
      [9, '2025-03-01', '公民', '已办结', '', '2025-03-05'],
      [10, '2025-03-01', '居委会', '公开', '', '2025-03-09'],
      [11, '2025-03-01', '', '公开', '', '2025-03-09'],
    ]);
    expect(c.unplaced).toEqual([
      { row: 4, reason: '没有收到日期' },
      { row: 5, reason: '收到日期：日期“2025-02-30”不存在' },
      { row: 6, reason: '申请人类型“居委会”未能识别，请指定它对应的类别' },
      { row: 7, reason: '办理结果“予以公开；不予公开”同时写了“（一）予以公开”和“（三）不予公开”，一件申请只计一种结果' },
      { row: 8, reason: '办理结果只写了“不予公开”，没有写明属于哪一种情形（理由栏为空）' },
      { row: 9, reason: '答复日期 2025-03-05 早于收到日期 2025-03-10' },
      { row: 10, reason: '已答复（2025-03-05）但没有办理结果' },
      { row: 11, reason: '办理结果“不予公开”与理由“信息不存在”（（四）无法提供 1.本机关不掌握相关政府信息）不一致' },
      { row: 12, reason: '办理结果“已办结”未能识别，请指定它对应的类别' },
      { row: 13, reason: '申请人类型“居委会”未能识别，请指定它对应的类别' },
      { row: 14, reason: '没有申请人类型' },
    ]);
    expect(c.unknown).toEqual([
      { field: 'applicantType', value: '居委会', rows: [6, 13] },
      { field: 'outcome', value: '已办结', rows: [12] },
    ]);
    expect(c.counted).toBe(0);
    expect(Object.values(c.cells).every((v) => v === 0)).toBe(true);
    const findings = ledgerFindings(c, '“台账.xlsx”');
    expect(findings.map((f) => f.rule)).toEqual(['LED-02', 'LED-02', 'LED-01']);
    expect(findings[0].message).toContain('第 6、13 行的申请人类型“居委会”未能识别');
    expect(findings[2].message).toContain('有 8 行未能计入：第 4 行没有收到日期');

    // Mapped once, the same rows count.
    const mapped = count(
      [
        [3, '2025-03-01', '居委会', '公开', '', '2025-03-05'],
        [9, '2025-03-01', '公民', '已办结', '', '2025-03-05'],
      ],
      2025,
      { columns: {}, values: { applicantType: { 居委会: '其他' }, outcome: { 已办结: 'R3_1' } } },
    );
    expect(nonZero(mapped.cells)).toEqual({ 'apply.R1.OTH': 1, 'apply.R1.NP': 1, 'apply.R3_1.OTH': 1, 'apply.R3_1.NP': 1 });
    expect(mapped.unplaced).toEqual([]);
  });

  it('counts names as 自然人 only once the clerk says so, and tells organisations by their words', () => {
    const rows = [
      [1, '2025-01-06', '张三', '公开', '2025-01-10'],
      [2, '2025-01-06', '某某科技有限公司', '公开', '2025-01-10'],
      [3, '2025-01-06', '某某律师事务所', '公开', '2025-01-10'],
      [4, '2025-01-06', '某某村民委员会', '公开', '2025-01-10'],
      [5, '2025-01-07', '李四', '公开', '2025-01-12'],
    ];
    const headings = ['序号', '收到日期', '申请人姓名或名称', '办理结果', '答复日期'];
    const before = count(rows, 2025, undefined, headings);
    expect(nonZero(before.cells)).toEqual({ 'apply.R1.BIZ': 1, 'apply.R1.LAW': 1, 'apply.R3_1.BIZ': 1, 'apply.R3_1.LAW': 1 });
    // Both names are one value for the clerk to map, not one line per person.
    expect(before.unknown).toEqual([
      { field: 'applicantName', value: PERSONAL_NAMES, rows: [4, 8] },
      { field: 'applicantName', value: '某某村民委员会', rows: [7] },
    ]);
    const after = count(rows, 2025, { columns: {}, values: { applicantName: { [PERSONAL_NAMES]: 'NP' } } }, headings);
    expect(nonZero(after.cells)).toEqual({ 'apply.R1.NP': 2, 'apply.R1.BIZ': 1, 'apply.R1.LAW': 1, 'apply.R3_1.NP': 2, 'apply.R3_1.BIZ': 1, 'apply.R3_1.LAW': 1 });
    expect(after.unplaced).toEqual([{ row: 7, reason: '申请人名称“某某村民委员会”未能识别，请指定它对应的类别' }]);
  });

  it('keeps the clerk’s choice for names in the saved mapping, never a name itself', () => {
    const mapping = { columns: {}, values: { applicantName: { 张三: 'BIZ', [PERSONAL_NAMES]: 'NP' }, outcome: { 已办: 'R3_1' } } };
    expect(storable(mapping).values).toEqual({ applicantName: { [PERSONAL_NAMES]: 'NP' }, outcome: { 已办: 'R3_1' } });
  });
});

describe('table 四 from the case register', () => {
  it('counts each case active in the year under its result, or 尚未审结', () => {
    const rows: SheetCell[][] = [
      ['案件台账'],
      ['序号', '案件类别', '是否经复议', '收到日期', '审结日期', '审结结果'],
      [1, '行政复议', '', '2025-02-01', '2025-04-01', '维持'],
      [2, '行政诉讼', '否', '2025-03-01', '2025-06-01', '撤销'],
      [3, '行政诉讼（复议后起诉）', '', '2024-11-01', '', '审理中'],
      [4, '复议', '', '2024-01-01', '2024-03-01', '维持'],
      [5, '行政诉讼', '', '2025-05-01', '', ''],
      [6, '行政复议', '', '2025-05-01', '2025-07-01', '驳回'],
    ];
    const result = countLedger({ source: '案件.csv', format: 'csv', sheets: [{ name: '案件', rows }] }, { kind: 'cases', year: 2025 });
    if (!result.ok) throw new Error(result.message);
    expect(nonZero(result.count.cells)).toEqual({ 'review.RV.UPHELD': 1, 'review.LD.CORRECTED': 1, 'review.LR.PENDING': 1 });
    expect(result.count.unplaced).toEqual([
      { row: 7, reason: '案件类别为“行政诉讼”，没有写明是否经复议（未经复议直接起诉或复议后起诉）' },
      { row: 8, reason: '审结结果“驳回”未能识别，请指定它对应的类别' },
    ]);
    expect(result.count.otherYears).toBe(1);
  });
});

describe('into the draft', () => {
  it('previews old → new, writes every counted cell with its rows, and drops what described the old figures', () => {
    const c = count([[1, '2025-01-06', '公民', '公开', '', '2025-01-20']]);
    const report = { ...blankReport('某局', 2025), cells: { 'apply.R1.NP': 5, 'apply.R1.TOT': 5 }, notApplicable: ['apply.R2.NP'], importMarks: { 'apply.R1.NP': { reason: 'ambiguous' as const, detail: '两种读法' } } };
    const changes = previewCounts(report, [{ count: c, source: '台账.xlsx', sheet: 'Sheet1' }]);
    expect(changes.slice(0, 3)).toEqual([
      { key: 'apply.R1.NP', name: '一、本年新收政府信息公开申请数量 / 自然人', from: 5, to: 1 },
      { key: 'apply.R1.BIZ', name: '一、本年新收政府信息公开申请数量 / 商业企业', from: null, to: 0 },
      { key: 'apply.R1.RES', name: '一、本年新收政府信息公开申请数量 / 科研机构', from: null, to: 0 },
    ]);
    expect(changes.find((ch) => ch.key === 'apply.R2.NP')).toMatchObject({ from: 'na', to: 0 });
    const applied = applyCounts(report, [{ count: c, source: '台账.xlsx', sheet: 'Sheet1' }], '2026-01-05T09:00:00+08:00');
    expect(applied.cells['apply.R1.NP']).toBe(1);
    expect(applied.cells['apply.R1.TOT']).toBeUndefined();
    expect(applied.notApplicable).toEqual([]);
    expect(applied.importMarks).toEqual({});
    expect(applied.ledgers).toEqual([{ source: '台账.xlsx', sheet: 'Sheet1', countedAt: '2026-01-05T09:00:00+08:00', rows: { 'apply.R1.NP': [4], 'apply.R3_1.NP': [4] } }]);
    // Counting again replaces the link; a report of another year refuses the counts.
    expect(applyCounts(applied, [{ count: c, source: '台账.xlsx', sheet: 'Sheet1' }], 'x').ledgers).toHaveLength(1);
    expect(applyCounts(blankReport('某局', 2024), [{ count: c, source: '台账.xlsx', sheet: 'Sheet1' }], 'x').cells).toEqual({});
    expect(Object.keys(EDITIONS)).toContain(c.edition);
    expect(rowRanges([9, 3, 10, 11, 5])).toBe('第 3、5、9–11 行');
  });
});

describe('the mapping', () => {
  it('is read from JSON with labels or keys, refuses a category the edition has not, and never keeps a name', () => {
    const read = parseMapping('{"columns":{"received":"收件日"},"values":{"applicantType":{"居委会":"其他"},"applicantName":{"张三":"自然人"}}}');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(storable(read.mapping).values).toEqual({ applicantType: { 居委会: '其他' } });
    expect(parseMapping('{"values":{"colour":{}}}')).toMatchObject({ ok: false });
    expect(parseMapping('not json')).toEqual({ ok: false, message: '映射文件不是有效的 JSON' });
    const wrong = countLedger(book([[1, '2025-01-06', '居委会', '公开', '', '2025-01-20']]), { kind: 'applications', year: 2025, mapping: { columns: {}, values: { applicantType: { 居委会: '村委会' } } } });
    expect(wrong).toMatchObject({ ok: false, message: expect.stringContaining('“村委会”不是 2021 年版格式中的类别') });
    const column = countLedger(book([[1, '2025-01-06', '公民', '公开', '', '2025-01-20']], ['序号', '收件日', '申请人类型', '办理结果', '备注', '回复']), {
      kind: 'applications',
      year: 2025,
      mapping: { columns: { received: '收件日', answered: '回复' }, values: {} },
    });
    expect(column.ok && nonZero(column.count.cells)).toEqual({ 'apply.R1.NP': 1, 'apply.R3_1.NP': 1 });
  });
});
