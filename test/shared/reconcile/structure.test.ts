// Structure rules (spec §7): S-02 (tables not left blank), S-03 (edition matches the year),
// S-05 (title, period, year), S-06 (published by the deadline), and INPUT-01 against blanks.

import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../shared/reconcile';
import { blankReport, type Report } from '../../../shared/report';
import { byRule, loadFixture, withCells } from '../../helpers';

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

describe('S-02 a table left entirely blank', () => {
  const blank = blankReport('某县教育局', 2024);
  it('is one error per blank table, instead of a warning listing every blank cell', () => {
    const findings = reconcile(blank);
    expect(byRule(findings, 'S-02').map((f) => [f.severity, f.part])).toEqual([
      ['error', 'active'],
      ['error', 'applications'],
      ['error', 'review'],
    ]);
    expect(byRule(findings, 'S-02')[1].message).toBe('“三、收到和处理政府信息公开申请情况”表全部空白。年度报告应填写此表；没有发生的填 0，不适用的填“/”。');
    expect(findings.filter((f) => ['T2B-01', 'T3-01', 'T4-01'].includes(f.rule))).toEqual([]);
  });

  it('is silent once a figure is entered (the remaining blanks are listed as before), also when it is a "/"', () => {
    const one = withCells(blank, { 'apply.R1.NP': 0 });
    expect(byRule(reconcile(one), 'S-02').map((f) => f.part)).toEqual(['active', 'review']);
    expect(byRule(reconcile(one), 'T3-01')[0].message).toContain('有 143 个单元格空白');
    expect(byRule(reconcile({ ...blank, notApplicable: ['active.REG.ISSUED'] }), 'S-02').map((f) => f.part)).toEqual(['applications', 'review']);
  });
});

describe('INPUT-01: a cell whose typed text could not be read', () => {
  it('counts as unreadable, not also as blank, and keeps its table from being "entirely blank"', () => {
    const unreadable = new Set(['apply.R3_3_5.NP']);
    const report = withCells(tianshui, { 'apply.R3_3_5.NP': undefined });
    expect(byRule(reconcile(report), 'T3-01')).toHaveLength(1);
    expect(byRule(reconcile(report, undefined, { unreadable }), 'T3-01')).toEqual([]);
    const blank = blankReport('某县教育局', 2024);
    expect(byRule(reconcile(blank, undefined, { unreadable: new Set(['review.RV.UPHELD']) }), 'S-02').map((f) => f.part)).toEqual(['active', 'applications']);
  });
});

describe('S-06 published by the deadline (条例第四十九条)', () => {
  const at = (publishDate: string | null, organization = sample.organization, organizationType: Report['organizationType'] = null) =>
    byRule(reconcile({ ...sample, publishDate, organization, organizationType }), 'S-06');

  it('gives a county-or-higher government’s report until 3月31日, guessing the type from "…人民政府"', () => {
    expect(at('2025-03-31')).toEqual([]);
    const [f] = at('2025-04-01');
    expect(f).toMatchObject({ severity: 'warning', part: 'preamble' });
    expect(f.message).toBe(
      '发布日期 2025年4月1日 晚于 2025年3月31日：县级以上人民政府的本级政府年度报告应于每年3月31日前公布（条例第四十九条）。' +
        '机关类型按名称判断为“县级以上人民政府（本级政府汇总报告）”，如有误请在“发布信息”中选择。',
    );
  });

  it('gives a department’s or a township’s own report until 1月31日', () => {
    expect(at('2025-01-31', '某县教育局')).toEqual([]);
    expect(at('2025-02-01', '某县教育局')[0].message).toContain('晚于 2025年1月31日：部门、乡镇人民政府和街道办事处的年度报告应于每年1月31日前公布');
    expect(at('2025-02-01', '某县某镇人民政府')).toHaveLength(1);
  });

  it('follows the type the clerk set over the guess from the name, and then says no guess', () => {
    const [f] = at('2025-02-20', '某县人民政府', 'department');
    expect(f.message).toBe('发布日期 2025年2月20日 晚于 2025年1月31日：部门、乡镇人民政府和街道办事处的年度报告应于每年1月31日前公布（条例第四十九条）。');
    expect(at('2025-02-20', '某县教育局', 'government')).toEqual([]);
  });

  it('holds only the later deadline when the name does not tell the type', () => {
    expect(at('2025-02-20', '平潭综合实验区')).toEqual([]);
    expect(at('2025-04-02', '平潭综合实验区')[0].message).toContain('年度报告最迟应于每年3月31日前公布（部门、乡镇的应于1月31日前）');
  });

  it('questions a date before the report year has ended, and says nothing while there is no date', () => {
    expect(at('2024-12-30')[0].message).toBe('发布日期 2024年12月30日 在报告年度 2024 年结束之前。年度报告应在次年公布，请核对发布日期。');
    expect(at(null)).toEqual([]);
  });
});
