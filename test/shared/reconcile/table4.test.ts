// Table 四 rules T4-01, T4-02 (spec §7).

import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../shared/reconcile';
import { byRule, loadFixture, withCells } from '../../helpers';

const tianshui = loadFixture('tianshui-2020');
const shangjie = loadFixture('shangjie-2020');

describe('T4-01 fifteen cells, each an integer ≥ 0', () => {
  it('fires an error on a negative figure', () => {
    const [f] = byRule(reconcile(withCells(tianshui, { 'review.LD.UPHELD': -1 })), 'T4-01');
    expect(f).toEqual({
      rule: 'T4-01',
      severity: 'error',
      cells: ['review.LD.UPHELD'],
      message: '「行政诉讼（未经复议直接起诉） / 结果维持」填写为 -1，应为不小于 0 的整数',
    });
  });

  it('warns about cells left blank (shangjie-2020 published 13 of 15)', () => {
    const [f] = byRule(reconcile(shangjie), 'T4-01');
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['review.LR.PENDING']);
  });

  it('is silent when all cells are entered', () => {
    expect(byRule(reconcile(tianshui), 'T4-01')).toEqual([]);
  });
});

describe('T4-02 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
  it('fires on a stated total that differs, with the figures', () => {
    const [f] = byRule(reconcile(withCells(tianshui, { 'review.RV.TOTAL': 20 })), 'T4-02');
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['review.RV.TOTAL', 'review.RV.UPHELD', 'review.RV.CORRECTED', 'review.RV.OTHER', 'review.RV.PENDING']);
    expect(f.message).toBe('「行政复议 / 总计」原文为 20，与本行结果维持、结果纠正、其他结果、尚未审结之和 19 不符（相差 1）；导出时打印 19。请对照原文核对各项。');
  });

  it('is silent on right stated totals and on computed ones', () => {
    expect(byRule(reconcile(withCells(tianshui, { 'review.RV.TOTAL': 19, 'review.LD.TOTAL': 2 })), 'T4-02')).toEqual([]);
    expect(byRule(reconcile(tianshui), 'T4-02')).toEqual([]);
  });
});
