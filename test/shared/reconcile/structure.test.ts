// Structure rules S-03 (edition matches the year) and S-05 (title, period, year), spec §7.

import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../shared/reconcile';
import { byRule, loadFixture } from '../../helpers';

const tianshui = loadFixture('tianshui-2020');
const sample = loadFixture('sample-2024');

describe('S-03 the edition matches the report year', () => {
  it('fires when a 2021 report still uses the 2019 form', () => {
    const [f] = byRule(reconcile({ ...tianshui, year: 2021, text: { ...tianshui.text, preamble: '' } }), 'S-03');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      '2021 年度报告应使用 2021 年版格式（国办公开办函〔2021〕30号），本草稿使用的是 2019 年版格式（国办公开办函〔2019〕60号）。请转换为 2021 年版格式。',
    );
  });

  it('fires when a 2020 report uses the 2021 form', () => {
    expect(byRule(reconcile({ ...sample, year: 2020 }), 'S-03')).toHaveLength(1);
  });

  it('is silent when they match', () => {
    expect(byRule(reconcile(tianshui), 'S-03')).toEqual([]);
    expect(byRule(reconcile(sample), 'S-03')).toEqual([]);
  });
});

describe('S-05 title, statistical period and year agree', () => {
  it('fires on a title with another year', () => {
    const [f] = byRule(reconcile({ ...tianshui, title: '天水市人民政府2019年政府信息公开工作年度报告' }), 'S-05');
    expect(f.message).toBe('标题中的年度为 2019 年，与报告年度 2020 年不一致。标准标题为“天水市人民政府2020年政府信息公开工作年度报告”。');
  });

  it('fires on a title that departs from the format (hongqiao-2020)', () => {
    const [f] = byRule(reconcile({ ...tianshui, title: '红桥区2020年政府信息公开工作报告' }), 'S-05');
    expect(f.message).toContain('不符合统一格式');
  });

  it('fires on a statistical period of another year', () => {
    const preamble = '本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。';
    const [f] = byRule(reconcile({ ...sample, text: { ...sample.text, preamble } }), 'S-05');
    expect(f.message).toBe('前言中的统计期限为 2023 年 1 月 1 日至 2023 年 12 月 31 日，与报告年度 2024 年不一致。');
  });

  it('fires on a missing organisation name', () => {
    expect(byRule(reconcile({ ...sample, organization: ' ' }), 'S-05')[0].message).toContain('未填写机关名称');
  });

  it('is silent on the standard title, written out or left to the default, and on the right period', () => {
    expect(byRule(reconcile(sample), 'S-05')).toEqual([]);
    expect(byRule(reconcile({ ...sample, title: '示例市示例区人民政府2024年政府信息公开工作年度报告' }), 'S-05')).toEqual([]);
    // Every fixture's own preamble states its period correctly.
    for (const report of [tianshui, loadFixture('shangjie-2020'), loadFixture('hongqiao-2020')]) {
      expect(byRule(reconcile(report), 'S-05')).toEqual([]);
    }
  });
});
