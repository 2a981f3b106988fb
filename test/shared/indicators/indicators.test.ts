// The indicators on real reports against figures worked out by hand from their printed tables
// (the arithmetic is written out beside each), a report without applications, and the rounding.

import { describe, expect, it } from 'vitest';
import { INDICATORS, indicators, keyFigures, outcomeCategories, percentText, pointsChange, type IndicatorId } from '../../../shared/indicators';
import { blankReport } from '../../../shared/report';
import { referenceReport } from '../../referenceReports';
import { unseenExpectedReport } from '../../graphicFixtures';
import { withCells } from '../../helpers';

const texts = (list: ReturnType<typeof indicators>) => Object.fromEntries(list.map((i) => [i.def.id, i.nowText])) as Record<IndicatorId, string>;

describe('indicators on the reference reports, computed by hand', () => {
  it('天水市 2020 (2019 edition)', () => {
    expect(texts(indicators(referenceReport('tianshui-2020')))).toEqual({
      disclosure: '98.9%', // (予以公开 80 + 部分公开 12) ÷ 93 = 0.98925
      unavailable: '1.1%', // 无法提供 1 ÷ 93 = 0.01075
      notProcessed: '0.0%', // 0 ÷ 93
      reviewCorrection: '52.6%', // 复议 纠正 10 ÷ (总计 19 − 尚未审结 0) = 0.52632
      litigationCorrection: '33.3%', // 诉讼 纠正 (1 + 0) ÷ ((2 − 0) + (1 − 0)) = 0.33333
      carryOver: '0.0%', // 结转 0 ÷ (新收 93 + 上年结转 0)
    });
  });

  it('红桥区 2020: 结转率 and an 无法提供 share that dominates', () => {
    expect(texts(indicators(referenceReport('hongqiao-2020')))).toEqual({
      disclosure: '30.6%', // (89 + 6) ÷ 310 = 0.30645
      unavailable: '51.3%', // (153 + 0 + 6) ÷ 310 = 0.51290
      notProcessed: '0.0%',
      reviewCorrection: '0.0%', // 0 ÷ 10
      litigationCorrection: '0.0%', // 0 ÷ (11 + 5)
      carryOver: '0.3%', // 1 ÷ (300 + 11) = 0.00322
    });
  });

  it('洪泽区 2024 beside 2023 (2021 edition): this year, last year and the change in points', () => {
    const list = indicators(unseenExpectedReport('hongze-2024'), referenceReport('hongze-2023'));
    const row = (id: IndicatorId) => list.find((i) => i.def.id === id)!;
    // 2024: (50 + 9) ÷ 95 = 0.62105; 2023: (0 + 4) ÷ 21 = 0.19048; 62.1 − 19.0 = 43.1
    expect([row('disclosure').nowText, row('disclosure').beforeText, row('disclosure').change?.text]).toEqual(['62.1%', '19.0%', '较上年上升43.1个百分点']);
    // (31 + 1 + 0) ÷ 95 = 0.33684; (10 + 3 + 0) ÷ 21 = 0.61905
    expect([row('unavailable').nowText, row('unavailable').beforeText, row('unavailable').change?.signed]).toEqual(['33.7%', '61.9%', '-28.2']);
    // 1 ÷ 95 = 0.01053; 1 ÷ 21 = 0.04762
    expect([row('notProcessed').nowText, row('notProcessed').beforeText, row('notProcessed').change?.direction]).toEqual(['1.1%', '4.8%', 'down']);
    // 2023 prints 复议总计 0, but its cells add up to 11 (10 + 1): the computed total counts. 1 ÷ 2; 1 ÷ 11 = 0.09091
    expect([row('reviewCorrection').nowText, row('reviewCorrection').beforeText, row('reviewCorrection').change?.signed]).toEqual(['50.0%', '9.1%', '+40.9']);
    // 0 ÷ (1 + 3); 0 ÷ (0 + 5)
    expect([row('litigationCorrection').nowText, row('litigationCorrection').beforeText, row('litigationCorrection').change?.text]).toEqual(['0.0%', '0.0%', '与上年持平']);
    expect(row('carryOver').nowText).toBe('0.0%');
  });

  it('平潭财金局 2019: no applications and no cases — every indicator "—", never NaN or ∞', () => {
    const report = unseenExpectedReport('pingtan-caijin-2019');
    const list = indicators(report, report);
    expect(list.map((i) => i.nowText)).toEqual(INDICATORS.map(() => '—'));
    expect(list.every((i) => i.now === null && i.change === null)).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/NaN|Infinity/);
    expect(keyFigures(report).map((f) => f.now)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a blank form: figures blank, indicators "—"; cases all pending: no 纠错率', () => {
    const blank = blankReport('某局', 2023);
    expect(indicators(blank).map((i) => i.nowText)).toEqual(INDICATORS.map(() => '—'));
    expect(keyFigures(blank).map((f) => f.now)).toEqual([null, null, null, null, null, null]);
    const pending = withCells(blank, { 'review.RV.PENDING': 2, 'review.RV.UPHELD': 0 });
    expect(indicators(pending).find((i) => i.def.id === 'reviewCorrection')!.nowText).toBe('—');
  });
});

describe('key figures', () => {
  it('洪泽区 2024 beside 2023: counts and their change', () => {
    const figures = keyFigures(unseenExpectedReport('hongze-2024'), referenceReport('hongze-2023'));
    expect(figures.map((f) => [f.def.name, f.now, f.before, f.change?.text])).toEqual([
      ['本年新收申请', 95, 21, '较上年增加74件'],
      ['上年结转', 0, 0, '与上年持平'],
      ['本年办理', 95, 21, '较上年增加74件'],
      ['结转下年度', 0, 0, '与上年持平'],
      ['行政复议', 2, 11, '较上年减少9件'], // 1 + 1; 10 + 1 (printed 0)
      ['行政诉讼', 4, 5, '较上年减少1件'], // (1) + (2 + 1); 0 + 5
    ]);
  });
});

describe('rounding and changes', () => {
  it('rounds half up on the exact fraction', () => {
    expect(percentText({ numerator: 2, denominator: 3 })).toBe('66.7%');
    expect(percentText({ numerator: 1, denominator: 16 })).toBe('6.3%'); // 6.25
    expect(percentText({ numerator: 1, denominator: 1600 })).toBe('0.1%'); // 0.0625
    expect(percentText({ numerator: 1, denominator: 3 })).toBe('33.3%');
    expect(percentText({ numerator: 999_999_999_999, denominator: 999_999_999_999 })).toBe('100.0%');
    expect(percentText({ numerator: 1, denominator: 0 })).toBe('—');
  });

  it('a change is the difference of the printed percentages', () => {
    // 1/3 → 33.3, 2/3 → 66.7: the page says 33.4 points, as a reader subtracts.
    expect(pointsChange({ numerator: 2, denominator: 3 }, { numerator: 1, denominator: 3 })?.text).toBe('较上年上升33.4个百分点');
    expect(pointsChange(null, { numerator: 1, denominator: 3 })).toBeNull();
  });
});

describe('outcome categories from the edition', () => {
  it('one category per result, （六） one bar in both editions', () => {
    expect(outcomeCategories('2019').map((c) => c.label)).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
    expect(outcomeCategories('2021').map((c) => [c.label, c.keys.length])).toEqual([
      ['予以公开', 1], ['部分公开', 1], ['不予公开', 8], ['无法提供', 3], ['不予处理', 5], ['其他处理', 3],
    ]);
  });
});
