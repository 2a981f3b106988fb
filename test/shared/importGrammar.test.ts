// The one table grammar (issue 20), case by case as pages print it in the wild: bars between
// cells with and without bars at the ends, blank cells between bars, rows copied from a browser
// (tabs), fixed-width text, table 四 as three small tables under their own headers, table 三
// split into small tables under generic headers (数据1 …), a number broken over two lines or cut
// into two cells — joined only when a printed total proves it — and a PDF row whose blank cells
// print nothing. Every figure placed has its proof; every figure not placed is said with its place.

import { describe, expect, it } from 'vitest';
import { importText, importTokens, placedTokens, type Imported, type PlacedText } from '../../shared/import';
import { lineShape, rowsOf } from '../../shared/import/grammar';

const ok = (r: Imported) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

/** A small 2021-form page with the tables given (each part's heading added). */
const page = (active: string[], apply: string[], review: string[] = ['| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |']) =>
  [
    '某县某局2022年政府信息公开工作年度报告',
    '一、总体情况',
    '本年度依法做好政府信息公开工作。',
    '二、主动公开政府信息情况',
    ...active,
    '三、收到和处理政府信息公开申请情况',
    ...apply,
    '四、政府信息公开行政复议、行政诉讼情况',
    ...review,
    '五、存在的主要问题及改进情况',
    '公开内容还不够丰富。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');

const cells = (r: Imported & { ok: true }, keys: string[]) => keys.map((k) => r.report.cells[k]);

describe('the grammar of a line', () => {
  it('reads bars between cells, at the ends or not, and a blank field as a blank cell', () => {
    const shape = (line: string) => {
      const s = lineShape(line);
      return s.kind === 'row' ? rowsOf([s])[0].map((f) => f.text) : s.kind;
    };
    expect(shape('规章 | 13 | 13 | 524')).toEqual(['规章', '13', '13', '524']);
    expect(shape('| 规章 | 13 | 13 | 524 |')).toEqual(['规章', '13', '13', '524']);
    expect(shape('规章\t13\t\t524')).toEqual(['规章', '13', '', '524']);
    expect(shape('规章      13       13      524')).toEqual(['规章', '13', '13', '524']);
    expect(shape('80 |')).toBe('cell');
    expect(shape('|')).toBe('cell');
    expect(shape('|---|---|')).toBe('rule');
    // Prose with bars or wide spaces is prose.
    expect(shape('我局在网站“通知|公告|动态”栏目中一并公开了相关文件。')).toBe('text');
    expect(shape('本年度   共收到申请，   均已办结。')).toBe('text');
  });

  it('reads whether end bars close cells from the rows of the same table', () => {
    const fields = (lines: string[]) => rowsOf(lines.map((l) => lineShape(l) as Extract<ReturnType<typeof lineShape>, { kind: 'row' }>)).map((r) => r.map((f) => f.text));
    // A row that ends without a bar: then a bar at a row's end stands before an empty last cell.
    expect(fields(['821 | 35 |  |  | 2 | 1 | 859', '258 | 12 |  |  | 1 | 1 |'])[1]).toEqual(['258', '12', '', '', '1', '1', '']);
    // Every row closed by a bar ("规章 | 0 | 0 | 0 |"): the bar closes the last cell.
    expect(fields(['规章 | 0 | 0 | 0 |', '| (二)部分公开 | | 0 |'])).toEqual([['规章', '0', '0', '0'], ['', '(二)部分公开', '', '0']]);
    // Bars at both ends of every row frame it (markdown).
    expect(fields(['| a | b |', '| c |  |'])).toEqual([['a', 'b'], ['c', '']]);
  });
});

describe('tables as printed in the wild', () => {
  const active = ['第二十条第（一）项', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数', '规章 | 13 | 13 | 524', '行政规范性文件 | 60 | 0 | 368', '第二十条第（五）项', '行政许可 | 7', '第二十条第（六）项', '行政处罚 | 2', '行政强制 | 0', '第二十条第（八）项', '行政事业性收费 | 0'];
  const apply = [
    '| 一、本年新收政府信息公开申请数量 | 821 | 35 |  |  | 2 | 1 | 859 |',
    '| 二、上年结转政府信息公开申请数量 | 18 |  |  |  |  |  | 18 |',
    '| （一）予以公开 | 258 | 12 |  |  | 1 | 1 |  |',
  ];

  it('rows with bars between cells and none at the ends are read in full, with their proof and place', () => {
    const r = ok(importText(page(active, apply)));
    expect(cells(r, ['active.REG.ISSUED', 'active.REG.REPEALED', 'active.REG.IN_FORCE', 'active.NORM.IN_FORCE', 'active.LIC.DECISIONS'])).toEqual([13, 13, 524, 368, 7]);
    expect(r.report.provenance['active.REG.IN_FORCE']).toEqual({ place: { kind: 'text', line: 7, column: 15 }, printed: '524', snippet: '规章 | 13 | 13 | 524', proof: 'position' });
  });

  it('blank cells between bars are blank cells: seven cells, three of them blank', () => {
    const r = ok(importText(page(active, apply)));
    expect(cells(r, ['apply.R3_1.NP', 'apply.R3_1.BIZ', 'apply.R3_1.LAW', 'apply.R3_1.OTH'])).toEqual([258, 12, 1, 1]);
    // Printed blank: read as 0 and marked, the blank's place recorded.
    expect(r.report.importMarks['apply.R3_1.RES'].reason).toBe('blankAsZero');
    expect(r.report.provenance['apply.R3_1.RES']).toMatchObject({ printed: '', proof: 'position' });
    expect(r.report.cells['apply.R3_1.TOT']).toBeUndefined();
  });

  it('rows copied from a browser: cells apart by tabs, blank cells as tabs side by side', () => {
    const tabbed = active.map((l) => l.replace(/ \| /g, '\t'));
    const rows = ['一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6', '二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t0', '三、本年度办理结果\t（一）予以公开\t5\t1\t\t\t\t\t6'];
    const r = ok(importText(page(tabbed, rows)));
    expect(cells(r, ['active.REG.IN_FORCE', 'active.NORM.ISSUED', 'apply.R1.NP', 'apply.R1.TOT', 'apply.R2.TOT', 'apply.R3_1.BIZ', 'apply.R3_1.TOT'])).toEqual([524, 60, 5, 6, 0, 1, 6]);
    expect(r.report.importMarks['apply.R2.NP'].reason).toBe('blankAsZero');
  });

  it('a row’s label over two lines, one cell a line or in a row of bars', () => {
    const lines = ['（二）部分公开（区分处理的，', '只计这一情形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4'];
    const barred = ['| （二）部分公开（区分处理的， | 4 | 0 | 0 | 0 | 0 | 0 | 4 |', '| 只计这一情形，不计其他情形） |  |  |  |  |  |  |  |', '| 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'];
    for (const apply of [lines, barred]) {
      const r = ok(importText(page(active, ['（一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2', ...apply])));
      expect(cells(r, ['apply.R3_1.NP', 'apply.R3_2.NP', 'apply.R3_2.TOT'])).toEqual([2, 4, 4]);
    }
  });

  it('fixed-width text (a PDF copied with its layout): runs of spaces between cells', () => {
    const spaced = ['信息内容      本年制发件数     本年废止件数     现行有效件数', '规章            13         13         524', '行政规范性文件    60         0          368'];
    const r = ok(importText(page(spaced, apply)));
    expect(cells(r, ['active.REG.ISSUED', 'active.REG.IN_FORCE', 'active.NORM.ISSUED', 'active.NORM.IN_FORCE'])).toEqual([13, 524, 60, 368]);
  });

  it('a row that prints two of its three figures under a three-column header is left blank, its figures said', () => {
    const spaced = ['信息内容      本年制发件数     本年废止件数     现行有效件数', '规章            /                    /', '行政规范性文件    60                   368'];
    const r = ok(importText(page(spaced, apply)));
    for (const k of ['active.NORM.ISSUED', 'active.NORM.REPEALED', 'active.NORM.IN_FORCE']) expect(r.report.cells[k], k).toBeUndefined();
    const f = r.findings.find((x) => x.rule === 'IMP-02' && x.cells.includes('active.NORM.IN_FORCE'))!;
    expect(f.message).toBe('表二（主动公开）“行政规范性文件”找到 2 个单元格，格式应有 3 个，无法确定各数字所在的栏目：60（第 7 行第 12 列）、368（第 7 行第 33 列），已留空');
  });
});

describe('tables printed as groups, each under its own header', () => {
  const active = ['规章 | 0 | 0 | 0', '行政规范性文件 | 0 | 0 | 0', '行政许可 | 0', '行政处罚 | 0', '行政强制 | 0', '行政事业性收费 | 0'];
  const apply = ['| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |'];

  it('table 四 as three small tables, each with its header row: every figure under its own header', () => {
    const review = [
      '行政复议',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 1 | 0 | 0 | 0 | 1 |',
      '行政诉讼（未经复议直接起诉）',
      '未经复议直接起诉',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 3 | 0 | 1 | 0 | 4 |',
      '复议后起诉',
      '| 结果纠正 | 结果维持 | 其他结果 | 尚未审结 | 总计 |',
      '| 2 | 0 | 0 | 1 | 3 |',
    ];
    const r = ok(importText(page(active, apply, review)));
    expect(cells(r, ['review.RV.UPHELD', 'review.RV.TOTAL', 'review.LD.UPHELD', 'review.LD.OTHER', 'review.LD.TOTAL'])).toEqual([1, 1, 3, 1, 4]);
    // The third table prints its columns in another order: each figure goes under its own word.
    expect(cells(r, ['review.LR.CORRECTED', 'review.LR.UPHELD', 'review.LR.PENDING', 'review.LR.TOTAL'])).toEqual([2, 0, 1, 3]);
    expect(r.report.provenance['review.LD.UPHELD']).toMatchObject({ printed: '3', proof: 'header', place: { kind: 'text', line: 20 } });
    expect(r.findings.filter((f) => f.rule.startsWith('IMP') && f.cells.some((c) => c.startsWith('review.')))).toEqual([]);
  });

  it('a group that prints fewer figures than its header has columns is left blank and said, never filled in order', () => {
    const review = ['行政复议', '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '| 1 | 0 | 0 | 0 | 1 |', '未经复议直接起诉', '| 3 | 4 |', '复议后起诉', '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '| 0 | 0 | 0 | 0 | 0 |'];
    const r = ok(importText(page(active, apply, review)));
    expect(cells(r, ['review.RV.UPHELD', 'review.LR.TOTAL'])).toEqual([1, 0]);
    for (const k of ['review.LD.UPHELD', 'review.LD.CORRECTED', 'review.LD.TOTAL']) expect(r.report.cells[k], k).toBeUndefined();
    expect(r.findings.find((f) => f.rule === 'IMP-02' && f.cells.includes('review.LD.UPHELD'))!.message).toContain('“未经复议直接起诉”找到 2 个单元格，格式应有 5 个，无法确定各数字所在的栏目：3（第 18 行第 3 列）、4（第 18 行第 7 列）');
  });

  it('a group printed without a header of its own is read in the statute’s order, never under the header of the group before it', () => {
    const review = ['行政复议', '| 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |', '| 2 | 1 | 0 | 0 | 1 |', '未经复议直接起诉', '| 0 | 1 | 0 | 0 | 1 |', '复议后起诉', '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '| 0 | 0 | 0 | 1 | 1 |'];
    const r = ok(importText(page(active, apply, review)));
    expect(cells(r, ['review.RV.UPHELD', 'review.RV.PENDING', 'review.RV.TOTAL'])).toEqual([1, 1, 2]);
    expect(cells(r, ['review.LD.UPHELD', 'review.LD.CORRECTED', 'review.LD.OTHER', 'review.LD.PENDING', 'review.LD.TOTAL'])).toEqual([0, 1, 0, 0, 1]);
    expect(r.report.provenance['review.LD.CORRECTED'].proof).toBe('position');
    // Four figures under a group's name, its own header missing: which column is not printed, nothing tells.
    const four = ok(importText(page(active, apply, ['未经复议直接起诉', '| 结果维持 | 结果纠正 | 尚未审结 | 总计 |', '| 0 | 1 | 0 | 1 |', '复议后起诉', '| 0 | 0 | 1 | 1 |'])));
    expect(cells(four, ['review.LD.CORRECTED', 'review.LD.TOTAL'])).toEqual([1, 1]);
    for (const k of ['review.LR.UPHELD', 'review.LR.PENDING', 'review.LR.TOTAL']) expect(four.report.cells[k], k).toBeUndefined();
    expect(four.findings.some((f) => f.rule === 'IMP-02' && f.cells.includes('review.LR.TOTAL'))).toBe(true);
  });

  it('table 四 as one table with a row per group', () => {
    const review = ['| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '| 行政复议 | 1 | 0 | 0 | 0 | 1 |', '| 未经复议直接起诉 | 3 | 0 | 0 | 0 | 3 |', '| 复议后起诉 | 0 | 0 | 0 | 0 | 0 |'];
    const r = ok(importText(page(active, apply, review)));
    expect(cells(r, ['review.RV.UPHELD', 'review.LD.UPHELD', 'review.LD.TOTAL', 'review.LR.TOTAL'])).toEqual([1, 3, 3, 0]);
  });

  it('table 三 split into small tables under generic headers (数据1 …): each row read under its own label', () => {
    const split = [
      '| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |',
      '|---|---|---|---|---|---|---|---|',
      '| 一、本年新收政府信息公开申请数量 | 12 | 1 | 0 | 0 | 0 | 0 | 13 |',
      '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '',
      '| 三、本年度办理结果 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |',
      '|---|---|---|---|---|---|---|---|',
      '| （一）予以公开 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |',
      '| （七）总计 | 13 | 1 | 0 | 0 | 0 | 0 | 14 |',
      '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ];
    const r = ok(importText(page(active, split)));
    expect(cells(r, ['apply.R1.NP', 'apply.R1.TOT', 'apply.R2.NP', 'apply.R3_1.NP', 'apply.R3_7.TOT', 'apply.R4.TOT'])).toEqual([12, 13, 1, 10, 14, 0]);
    // The generic header words are no row and no figures: nothing outside the form is reported.
    expect(r.findings.filter((f) => f.rule === 'IMP-06')).toEqual([]);
  });
});

describe('a number printed in two pieces', () => {
  const active = ['规章 | 0 | 0 | 0', '行政规范性文件 | 0 | 0 | 0', '行政许可 | 0', '行政处罚 | 0', '行政强制 | 0', '行政事业性收费 | 0'];

  it('digits broken over two lines are joined when the row’s printed total proves it, and said', () => {
    // One cell a line: “1” / “62” is 162, as the row's 总计 162 says.
    const apply = ['一、本年新收政府信息公开申请数量', '1', '62', '0', '0', '0', '0', '0', '162', '二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'];
    const r = ok(importText(page(active, apply)));
    expect(cells(r, ['apply.R1.NP', 'apply.R1.BIZ', 'apply.R1.TOT'])).toEqual([162, 0, 162]);
    expect(r.report.provenance['apply.R1.NP']).toMatchObject({ printed: '1', joined: { place: { kind: 'text', line: 14, column: 0 }, printed: '62' }, proof: 'arithmetic' });
    expect(r.report.importRecord!.notes).toContain('表三（依申请公开）「一、本年新收政府信息公开申请数量 / 自然人」原文分两处印为“1”和“62”，按 T3-02 只有连读为 162 才成立，已连读');
  });

  it('a number cut into two cells is joined when the total proves it, and left blank without a total to prove it', () => {
    const proved = ok(importText(page(active, ['| 一、本年新收政府信息公开申请数量 | 2 | 1 | 5 | 0 | 0 | 0 | 0 | 17 |'])));
    expect(cells(proved, ['apply.R1.NP', 'apply.R1.BIZ', 'apply.R1.RES', 'apply.R1.TOT'])).toEqual([2, 15, 0, 17]);
    expect(proved.report.provenance['apply.R1.BIZ'].proof).toBe('arithmetic');
    // Table 二 has no total: which two cells are one, nothing can tell.
    const open = ok(importText(page(['规章 | 0 | 0 | 0', '行政规范性文件 | 1 | 2 | 0 | 5', '行政许可 | 0'], ['| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'])));
    for (const k of ['active.NORM.ISSUED', 'active.NORM.REPEALED', 'active.NORM.IN_FORCE']) expect(open.report.cells[k], k).toBeUndefined();
    expect(open.findings.find((f) => f.rule === 'IMP-02' && f.cells.includes('active.NORM.ISSUED'))!.message).toContain('找到 4 个单元格，格式应有 3 个');
    // Two joins that both fit the total prove nothing either (11|1 or 1|11).
    const two = ok(importText(page(active, ['| 一、本年新收政府信息公开申请数量 | 1 | 1 | 1 | 0 | 0 | 0 | 0 | 12 |'])));
    expect(two.report.cells['apply.R1.NP']).toBeUndefined();
  });

  const header = ['行政复议 |  |  |  |  | 行政诉讼', '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉'];
  const row = '1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1';
  const review = ['review.RV.UPHELD', 'review.RV.CORRECTED', 'review.RV.PENDING', 'review.RV.TOTAL', 'review.LD.TOTAL', 'review.LR.TOTAL'];

  it('a line of its own above table 四’s row (a page number) is no figure of the row: said, never joined in', () => {
    const r = ok(importText(page(active, ['| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'], [...header, '11', row])));
    expect(cells(r, review)).toEqual([1, 0, 1, 2, 1, 1]);
    expect(r.report.importRecord!.notes.some((n) => n.includes('连读'))).toBe(false);
    expect(r.findings.find((f) => f.rule === 'IMP-06')!.message).toBe('表四（复议诉讼）中有不属于任何一行的数字“11”，没有导入');
  });

  it('a row with a figure too many that adds up without it as well: no join is proven, the row is left blank and said', () => {
    // 11 | 1 | 0 | 0 | 1 | 2 …: joining 1 and 2 into 12 adds up (11 + 1 + 0 + 0), and so does the row without the 11.
    const r = ok(importText(page(active, ['| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'], [...header, `11 | ${row}`])));
    for (const k of review) expect(r.report.cells[k], k).toBeUndefined();
    expect(r.findings.find((f) => f.rule === 'IMP-02' && f.cells.includes('review.RV.UPHELD'))!.message).toBe(
      '表四（复议诉讼）“复议诉讼各栏”找到 16 个单元格，格式应有 15 个，无法确定各数字所在的栏目：11（第 16 行第 1 列）、1（第 16 行第 6 列）、0（第 16 行第 10 列）、0（第 16 行第 14 列）、1（第 16 行第 18 列）、2（第 16 行第 22 列）、0（第 16 行第 26 列）、1（第 16 行第 30 列） 等 16 个，已留空',
    );
  });
});

describe('a PDF row whose blank cells print nothing', () => {
  /** A PDF page: each line a baseline, its pieces at x; the text layer as pdf.js gives it. */
  const pdfPage = (lines: [number, [number, string][]][]): PlacedText[] => lines.flatMap(([y, pieces]) => pieces.map(([x, text]) => ({ text, x, y, width: text.length * 6, size: 12, top: 842 - y })));
  const body = (table2: [number, [number, string][]][]) => [
    pdfPage([
      [800, [[90, '某县某局2022年政府信息公开工作年度报告']]],
      [770, [[60, '一、总体情况']]],
      [750, [[60, '本年度依法做好政府信息公开工作。']]],
      [730, [[60, '二、主动公开政府信息情况']]],
      ...table2,
      [500, [[60, '三、收到和处理政府信息公开申请情况']]],
      [480, [[60, '五、存在的主要问题及改进情况']]],
      [460, [[60, '公开内容还不够丰富。']]],
      [440, [[60, '六、其他需要报告的事项']]],
      [420, [[60, '无。']]],
    ]),
  ];

  it('figures under the columns of the complete rows are placed, the empty column read as printed blank', () => {
    const table: [number, [number, string][]][] = [
      [700, [[60, '第二十条第（一）项']]],
      [680, [[60, '信息内容'], [200, '本年制发件数'], [300, '本年废止件数'], [400, '现行有效件数']]],
      [660, [[60, '规章'], [220, '1'], [320, '0'], [420, '12']]],
      [640, [[60, '行政规范性文件'], [220, '5'], [420, '30']]],
    ];
    const r = ok(importTokens(placedTokens(body(table)), 'pdf', 'a.pdf'));
    expect(cells(r, ['active.NORM.ISSUED', 'active.NORM.REPEALED', 'active.NORM.IN_FORCE'])).toEqual([5, 0, 30]);
    expect(r.report.importMarks['active.NORM.REPEALED'].reason).toBe('blankAsZero');
    expect(r.report.provenance['active.NORM.IN_FORCE']).toMatchObject({ place: { kind: 'page', page: 1, x: 420, y: 202 }, printed: '30', proof: 'position' });
  });

  it('with no complete row, the header words over the columns place them; a figure under none is not placed', () => {
    const table: [number, [number, string][]][] = [
      [680, [[60, '信息内容'], [200, '本年制发件数'], [300, '本年废止件数'], [400, '现行有效件数']]],
      [660, [[60, '规章'], [220, '1'], [420, '12']]],
      [640, [[60, '行政规范性文件'], [220, '5'], [520, '30']]],
    ];
    const r = ok(importTokens(placedTokens(body(table)), 'pdf', 'a.pdf'));
    expect(cells(r, ['active.REG.ISSUED', 'active.REG.IN_FORCE'])).toEqual([1, 12]);
    expect(r.report.provenance['active.REG.IN_FORCE'].proof).toBe('position');
    expect(r.report.cells['active.NORM.ISSUED']).toBeUndefined();
  });
});

describe('a sentence after a table, or running on from its last row', () => {
  const active = ['规章 | 0 | 0 | 0', '行政规范性文件 | 0 | 0 | 0', '行政许可 | 0', '行政处罚 | 0', '行政强制 | 0', '行政事业性收费 | 0'];
  const apply = ['| 一、本年新收政府信息公开申请数量 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |'];
  const review = ['| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'];

  it('words, a number on a line of its own and a line going on with a measure word stay narrative, not a local row', () => {
    const r = ok(importText(page(active, [...apply, '本年度共收到申请', '8', '件，均按时答复。'], [...review, '全年共办理复议', '2', '件，均维持原决定。'])));
    expect(r.report.text.applications).toBe('本年度共收到申请8件，均按时答复。');
    expect(r.report.text.review).toBe('全年共办理复议2件，均维持原决定。');
    expect(cells(r, ['apply.R1.NP', 'apply.R1.TOT', 'review.RV.TOTAL'])).toEqual([8, 8, 2]);
    expect(r.findings.filter((f) => f.rule === 'IMP-06')).toEqual([]);
  });

  it('a row running into a sentence is cut after the row’s figures: the sentence keeps its own number', () => {
    const r = ok(importText(page([...active.slice(0, 5), '行政事业性收费 12.5 本年度共 3 项收费。'], apply, review)));
    expect(r.report.cells['active.FEE.AMOUNT']).toBe(12.5);
    expect(r.report.provenance['active.FEE.AMOUNT'].printed).toBe('12.5');
    expect(r.report.text.active).toBe('本年度共 3 项收费。');
  });
});
