// TXT-01 stale years: a fix where the year certainly says when this report's work happened,
// a "请核对" note where it might, and nothing where naming last year is right.

import { describe, expect, it } from 'vitest';
import { rollForward } from '../../../shared/draft';
import { reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture } from '../../helpers';

const sample = loadFixture('sample-2024'); // report year 2024: 2023 is last year
const tianshui = loadFixture('tianshui-2020');
const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });
const stale = (text: string, section: keyof Report['text'] = 'overview') => byRule(reconcile(withText(sample, { [section]: text })), 'TXT-01');

/** Applies every fix of the given findings to the report's text, from the end backwards. */
function applyFixes(report: Report, findings: Finding[]): Report {
  const text = { ...report.text };
  for (const f of [...findings].filter((x) => x.fix && x.text).sort((a, b) => b.text!.start - a.text!.start)) {
    const s = text[f.text!.section];
    text[f.text!.section] = s.slice(0, f.text!.start) + f.fix!.replacement + s.slice(f.text!.end);
  }
  return { ...report, text };
}

describe('TXT-01 stale years', () => {
  it('fixes the statistical period copied by rolling tianshui-2020 forward, and not the year of the cited notice', () => {
    const { report } = rollForward(tianshui);
    const findings = byRule(reconcile(report, tianshui), 'TXT-01');
    const preamble = report.text.preamble;
    const period = preamble.indexOf('统计期限');
    const expected = [...preamble.matchAll(/2020年/g)].map((m) => m.index!).filter((at) => at > period);
    expect(expected).toHaveLength(2);
    expect(findings.map((f) => f.text)).toEqual(expected.map((start) => ({ section: 'preamble', start, end: start + 4 })));
    expect(findings[0].message).toMatch(/^「前言」“列数据统计期限自2020年1月1日起至2020年”中的“2020年”可能是上年报告留下的年份/);
    expect(findings[0]).toMatchObject({ severity: 'warning', fix: { label: '改为“2021年”', replacement: '2021' } });
    const fixed = applyFixes(report, findings);
    expect(fixed.text.preamble).toContain('统计期限自2021年1月1日起至2021年12月31日止');
    expect(fixed.text.preamble).toContain('《关于做好2020年政府信息公开工作年度报告有关事项的通知》');
    expect(byRule(reconcile(fixed, tianshui), 'TXT-01')).toEqual([]);
    expect(byRule(reconcile(fixed, tianshui), 'S-05')).toEqual([]);
  });

  it('fixes a sentence that opens with last year, also across a line break and spaces', () => {
    const text = '一、总体情况\n2023 年，我局认真贯彻条例。';
    const [f] = stale(text);
    expect(f).toMatchObject({ severity: 'warning', fix: { replacement: '2024' } });
    expect(text.slice(f.text!.start, f.text!.end)).toBe('2023');
  });

  it('never flags a year in a title, a document number, a comparison, a carry-over, a period or last year’s accounts', () => {
    for (const text of [
      '印发《2023年政务公开第三方评估指标体系》。',
      '转发市政府办公室〔2023〕5号文件和“2023年度优秀栏目”评选通知。',
      '全年受理申请量较2023年增长5%，与2023年相比略有上升，2023年同期为80件。',
      '2023年度结转的申请已全部办结。',
      '自2019年以来持续推进，2023—2025年行动计划稳步实施，2023年起实行新办法。',
      '公开2024年度部门预算、2023年度部门决算以及2023年上海市科技计划资金分配结果信息。',
      '对照2023年度政务公开考核结果，逐项整改。',
      '示例区人民政府 2023年12月3日星期二',
    ]) {
      expect(stale(text), text).toEqual([]);
    }
  });

  it('asks 请核对 without a fix where last year is named and the words do not tell why', () => {
    const text = '2023年12月，我区开设政务公开专区。';
    const [f] = stale(text);
    expect(f.severity).toBe('info');
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('“2023年12月”提到 2023 年，请核对');
  });

  it('is silent on this year, next year and older years', () => {
    expect(stale('2024年，我区持续推进政务公开。2025年，我区将继续改进。依据2019年修订的条例。')).toEqual([]);
    expect(byRule(reconcile(sample), 'TXT-01')).toEqual([]);
  });
});
