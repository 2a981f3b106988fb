// The table-layout model against the printed form (spec §4–6): merges, widths, values.

import { describe, expect, it } from 'vitest';
import { formatValue, placeCells, tableLayout, type LayoutCell, type TableLayout } from '../../../shared/export';
import { blankReport } from '../../../shared/report';
import { loadFixture } from '../../helpers';

const tianshui = loadFixture('tianshui-2020');
const sample = loadFixture('sample-2024');

const find = (layout: TableLayout, text: string): LayoutCell => {
  const cell = [...layout.head, ...layout.bodies.flat()].flat().find((c) => c.text === text);
  if (!cell) throw new Error(`no cell “${text}”`);
  return cell;
};
const spans = (c: LayoutCell) => [c.colSpan, c.rowSpan];

describe.each([
  ['2019', tianshui],
  ['2021', sample],
])('%s edition', (_id, report) => {
  it.each(['active', 'apply', 'review'] as const)('table %s: every row fills the grid exactly once', (table) => {
    const layout = tableLayout(report, table);
    const grid = [...layout.head, ...layout.bodies.flat()];
    const occupied = grid.map(() => new Array<number>(layout.width).fill(0));
    placeCells(grid).flat().forEach(({ cell, row, column }) => {
      for (let r = row; r < row + cell.rowSpan; r++) for (let c = column; c < column + cell.colSpan; c++) occupied[r][c]++;
    });
    for (const row of occupied) expect(row).toEqual(new Array(layout.width).fill(1));
  });

  it('table 三 header merges as printed', () => {
    const layout = tableLayout(report, 'apply');
    expect(layout.width).toBe(10);
    expect(layout.head).toHaveLength(3);
    expect(spans(find(layout, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'))).toEqual([3, 3]);
    expect(spans(find(layout, '申请人情况'))).toEqual([7, 1]);
    expect(spans(find(layout, '自然人'))).toEqual([1, 2]);
    expect(spans(find(layout, '法人或其他组织'))).toEqual([5, 1]);
    expect(spans(find(layout, '总计'))).toEqual([1, 2]);
    expect(spans(find(layout, '商业企业'))).toEqual([1, 1]);
  });

  it('table 三 row labels merge as printed', () => {
    const layout = tableLayout(report, 'apply');
    const outcomeRows = report.edition === '2019' ? 20 : 22;
    expect(spans(find(layout, '一、本年新收政府信息公开申请数量'))).toEqual([3, 1]);
    expect(spans(find(layout, '三、本年度办理结果'))).toEqual([1, outcomeRows]);
    expect(spans(find(layout, '（一）予以公开'))).toEqual([2, 1]);
    expect(spans(find(layout, '（三）不予公开'))).toEqual([1, 8]);
    expect(spans(find(layout, '1.属于国家秘密'))).toEqual([1, 1]);
    expect(spans(find(layout, '（七）总计'))).toEqual([2, 1]);
    expect(spans(find(layout, '四、结转下年度继续办理'))).toEqual([3, 1]);
    if (report.edition === '2019') expect(spans(find(layout, '（六）其他处理'))).toEqual([2, 1]);
    else expect(spans(find(layout, '（六）其他处理'))).toEqual([1, 3]);
  });

  it('table 四: 行政复议 (5) | 行政诉讼 (10) over 未经复议直接起诉 (5) | 复议后起诉 (5), one row of 15', () => {
    const layout = tableLayout(report, 'review');
    expect(layout.width).toBe(15);
    expect(layout.head.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [['行政复议', 5, 1], ['行政诉讼', 10, 1]],
      [['结果维持', 1, 2], ['结果纠正', 1, 2], ['其他结果', 1, 2], ['尚未审结', 1, 2], ['总计', 1, 2], ['未经复议直接起诉', 5, 1], ['复议后起诉', 5, 1]],
      [...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']].map((t) => [t, 1, 1]),
    ]);
    expect(layout.bodies).toHaveLength(1);
    expect(layout.bodies[0]).toHaveLength(1);
    expect(layout.bodies[0][0].map((c) => c.cell)).toEqual(
      ['RV', 'LD', 'LR'].flatMap((r) => ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'].map((c) => `review.${r}.${c}`)),
    );
  });

  it('table 二: each block opens with its caption across the grid, then 信息内容 and its columns', () => {
    const layout = tableLayout(report, 'active');
    expect(layout.head).toEqual([]);
    for (const block of layout.bodies) {
      expect(block[0]).toHaveLength(1);
      expect(block[0][0]).toMatchObject({ role: 'blockCaption', colSpan: 4 });
      expect(block[0][0].text).toMatch(/^第二十条第（[一五六八九]）项$/);
      expect(block[1][0].text).toBe('信息内容');
    }
  });
});

describe('values in the layout', () => {
  it('prints figures, totals, "/" and blanks as the form shows them', () => {
    const report = { ...tianshui, cells: { ...tianshui.cells }, notApplicable: ['active.REG.MADE'] };
    delete report.cells['active.REG.MADE'];
    delete report.cells['apply.R3_5_4.OTH'];
    const cells = (t: 'active' | 'apply' | 'review') => tableLayout(report, t).bodies.flat(2).filter((c) => c.cell);
    const text = (t: 'active' | 'apply' | 'review', key: string) => cells(t).find((c) => c.cell === key)!.text;
    expect(text('active', 'active.REG.MADE')).toBe('/');
    expect(text('active', 'active.PROC.AMOUNT')).toBe('157325万元');
    expect(text('active', 'active.LIC.DELTA')).toBe('+46');
    expect(text('apply', 'apply.R3_7.TOT')).toBe('93');
    expect(text('apply', 'apply.R2.NP')).toBe('0');
    expect(text('apply', 'apply.R3_5_4.OTH')).toBe('');
    expect(text('review', 'review.RV.TOTAL')).toBe('19');
  });

  it('prints the 2021 fee amount without a unit (it is in the header), with up to 4 decimals', () => {
    const fee = (amount: number) => {
      const report = { ...sample, cells: { ...sample.cells, 'active.FEE.AMOUNT': amount } };
      return tableLayout(report, 'active').bodies.flat(2).find((c) => c.cell === 'active.FEE.AMOUNT')!.text;
    };
    expect(fee(14957.701682)).toBe('14957.7017'); // rounded half up, as "保留4位小数" prints it
    expect(fee(14957.70165)).toBe('14957.7017');
    expect(fee(14957.70164)).toBe('14957.7016');
    expect(fee(2506.1)).toBe('2506.1'); // fewer decimals stay as typed
    expect(fee(9116.36)).toBe('9116.36');
    expect(fee(0.00004)).toBe('0');
    expect(fee(0)).toBe('0');
  });

  it('prints 本年增/减 with "+" for an increase, "-" for a decrease, 0 as 0 (spec §4)', () => {
    const delta = (v: number) => formatValue(v, false, { kind: 'signedCount' });
    expect([delta(46), delta(-75), delta(0)]).toEqual(['+46', '-75', '0']);
    expect(formatValue(null, true, { kind: 'signedCount' })).toBe('/');
    expect(formatValue(null, false, { kind: 'count' })).toBe('');
    expect(formatValue(0, false, { kind: 'count' })).toBe('0');
    expect(formatValue(157325, false, { kind: 'amount', valueSuffix: '万元' })).toBe('157325万元');
  });

  it('keeps each table 二 block, and each innermost group of table 三 with its label, together', () => {
    for (const report of [tianshui, sample]) {
      const active = tableLayout(report, 'active');
      let first = 0;
      expect(active.keepTogether).toEqual(active.bodies.map((b) => ({ from: first, to: (first += b.length) - 1 })));
      const apply = tableLayout(report, 'apply');
      const rows = apply.bodies.flat();
      const groups = apply.keepTogether.map(({ from, to }) => {
        const label = rows[from].find((c) => c.role === 'rowGroup' && c.rowSpan === to - from + 1);
        return label?.text;
      });
      expect(groups).toEqual(report.edition === '2019' ? ['（三）不予公开', '（四）无法提供', '（五）不予处理'] : ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
      expect(tableLayout(report, 'review').keepTogether).toEqual([]);
    }
  });

  it('leaves a blank report blank, totals included', () => {
    const layout = tableLayout(blankReport('某局', 2022), 'apply');
    expect(layout.bodies.flat(2).filter((c) => c.cell).every((c) => c.text === '')).toBe(true);
  });

  it('gives every value cell the ids of the headers above and beside it', () => {
    const layout = tableLayout(sample, 'apply');
    const ids = new Map([...layout.head, ...layout.bodies.flat()].flat().filter((c) => c.id).map((c) => [c.id!, c.text]));
    const cell = layout.bodies.flat(2).find((c) => c.cell === 'apply.R3_3_1.BIZ')!;
    expect(cell.headers!.map((id) => ids.get(id))).toEqual(['申请人情况', '法人或其他组织', '商业企业', '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
  });
});
