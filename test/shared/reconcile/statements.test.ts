// What the text must say: every part written (S-01), the 信息处理费 statement (S-04), 考核、
// 评议、追究 for governments (S-07), the statistical period (TXT-03), how last year's problems
// were remedied (TXT-04). Text repeated from last year (TXT-02): copied.test.ts.

import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture } from '../../helpers';

const sample = loadFixture('sample-2024'); // 2024, 2021 edition, 示例区人民政府, fee fields filled
const tianshui = loadFixture('tianshui-2020'); // 2020, 2019 edition
const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });
const noFees = { ...sample, fees: { noticeCount: null, noticeAmountYuan: null, collectedYuan: null } };

describe('S-01 every part has content', () => {
  it('is an error for an empty 一 or 五, placed at that part', () => {
    const findings = byRule(reconcile(withText(sample, { overview: ' \n', problems: '' })), 'S-01');
    expect(findings.map((f) => [f.severity, f.text])).toEqual([
      ['error', { section: 'overview', start: 0, end: 0 }],
      ['error', { section: 'problems', start: 0, end: 0 }],
    ]);
    expect(findings[0].message).toBe('「一、总体情况」没有内容。年度报告的六个部分都应写明（条例第五十条）。');
  });

  it('lets 六 say 无 when nothing is owed (2019 edition), but not stay empty', () => {
    expect(byRule(reconcile(withText(tianshui, { overview: '概述。', problems: '问题。', other: '无。' })), 'S-01')).toEqual([]);
    const [f] = byRule(reconcile(withText(tianshui, { overview: '概述。', problems: '问题。', other: '' })), 'S-01');
    expect(f.message).toContain('没有需要报告的事项的，请写“无”');
  });

  it('does not let 六 say only 无 in the 2021 edition, where the 信息处理费 statement is owed', () => {
    const [f] = byRule(reconcile(withText(noFees, { other: '无。' })), 'S-01');
    expect(f.message).toContain('应报告信息处理费的收取情况（2021 年版格式），不能空着或只写“无”');
    expect(byRule(reconcile(withText(noFees, { other: '无。' })), 'S-04')).toEqual([]);
    // Filled fee fields are the statement (the export writes it).
    expect(byRule(reconcile(withText(sample, { other: '' })), 'S-01')).toEqual([]);
    expect(byRule(reconcile(withText(noFees, { other: '本年度未收取信息处理费。' })), 'S-01')).toEqual([]);
  });
});

describe('S-04 信息处理费 in part 六 (2021 edition)', () => {
  it('fires when part 六 says other things but not the 信息处理费', () => {
    expect(byRule(reconcile(withText(noFees, { other: '本年度开展政务公开培训2次。' })), 'S-04')).toHaveLength(1);
  });

  it('is silent however the statement is worded, with the fee fields filled, and in the 2019 edition', () => {
    for (const other of ['2022年，无收取信息处理费情况。', '本年度信息公开处理费收费情况\n2024 年，市科委未发生政府信息公开收费事项。', '2023年度，县发展和改革局政府信息公开未发生收费情况。']) {
      expect(byRule(reconcile(withText(noFees, { other })), 'S-04'), other).toEqual([]);
    }
    expect(byRule(reconcile(withText(sample, { other: '本年度开展培训2次。' })), 'S-04')).toEqual([]);
    expect(byRule(reconcile(withText(tianshui, { other: '本年度开展培训2次。' })), 'S-04')).toEqual([]);
  });
});

describe('S-07 工作考核、社会评议和责任追究 (各级人民政府)', () => {
  it('fires for a government report without them, naming what is missing', () => {
    const [f] = byRule(reconcile(withText(sample, { overview: '将政务公开纳入年度绩效考核。' })), 'S-07');
    expect(f.message).toContain('未见：社会评议、责任追究');
  });

  it('follows the 机关类型 the clerk set', () => {
    expect(byRule(reconcile({ ...withText(sample, { overview: '概述。' }), organization: '平潭综合实验区', organizationType: 'government' }), 'S-07')).toHaveLength(1);
  });

  it('is silent when they are there (also split by a PDF line break), and for a department', () => {
    expect(byRule(reconcile(sample), 'S-07')).toEqual([]);
    expect(byRule(reconcile(withText(sample, { overview: '纳入绩效考\n核，开展社会评议，未发生责任追究。' })), 'S-07')).toEqual([]);
    expect(byRule(reconcile({ ...withText(sample, { overview: '概述。' }), organization: '某县教育局' }), 'S-07')).toEqual([]);
  });
});

describe('TXT-03 the statistical period is stated', () => {
  it('fires when no part states it', () => {
    const [f] = byRule(reconcile(withText(sample, { preamble: '本报告根据条例编制。' })), 'TXT-03');
    expect(f).toMatchObject({ severity: 'warning', text: { section: 'preamble', start: 0, end: 0 } });
    expect(f.message).toContain('统计期限自2024年1月1日起至2024年12月31日止');
  });

  it('is silent on the usual wordings, across line breaks and spaces', () => {
    for (const preamble of [
      '本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。',
      '本报告中所列数据统计时限为2024年1月1日至2024年12月31日。',
      '本年度报告中所列数据的统计周期\n为 2024 年 1 月 1 日至 12 月 31 日。',
    ]) {
      expect(byRule(reconcile(withText(sample, { preamble })), 'TXT-03'), preamble).toEqual([]);
    }
  });
});

describe('TXT-04 part 五 says how last year’s problems were remedied', () => {
  it('fires on problems and measures alone', () => {
    const [f] = byRule(reconcile(withText(sample, { problems: '一是解读形式单一。下一步，我们将加强培训。' })), 'TXT-04');
    expect(f).toMatchObject({ severity: 'warning', text: { section: 'problems', start: 0, end: 0 } });
  });

  it('is silent when the remedies are reported, and on an empty part (S-01 says that)', () => {
    for (const problems of ['针对上年度报告指出的问题，已逐项整改到位。', '2023年度发现的解读不足问题已全部整改。', '上一年度存在的问题均已得到解决。']) {
      expect(byRule(reconcile(withText(sample, { problems })), 'TXT-04'), problems).toEqual([]);
    }
    expect(byRule(reconcile(withText(sample, { problems: '' })), 'TXT-04')).toEqual([]);
  });
});
