// Narrative checks (TXT-01, TXT-02, T3-08, T3-09, T4-03, S-04, S-07): each fires at the exact
// place, offers its fix where obvious, and stays silent on good text.

import { describe, expect, it } from 'vitest';
import { rollForward } from '../../../shared/draft';
import { reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture } from '../../helpers';

const sample = loadFixture('sample-2024'); // 2024, 2021 edition, 示例区人民政府, consistent text
const tianshui = loadFixture('tianshui-2020');
const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });

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
  it('rolling tianshui-2020 forward flags each "2020年" of the copied preamble at its place, and fixing clears them', () => {
    const { report } = rollForward(tianshui);
    const findings = byRule(reconcile(report, tianshui), 'TXT-01');
    const preamble = report.text.preamble;
    const expected = [...preamble.matchAll(/2020年/g)].map((m) => m.index!);
    expect(expected.length).toBe(3);
    expect(findings.map((f) => f.text)).toEqual(expected.map((start) => ({ section: 'preamble', start, end: start + 4 })));
    expect(findings.every((f) => preamble.slice(f.text!.start, f.text!.end) === '2020')).toBe(true);
    expect(findings[0].message).toMatch(/^「前言」第 1 段第 \d+ 字的“2020年”可能是上年报告留下的年份/);
    expect(findings[0].fix).toEqual({ label: '改为“2021年”', replacement: '2021' });
    const fixed = applyFixes(report, findings);
    expect(fixed.text.preamble).toContain('统计期限自2021年1月1日起至2021年12月31日止');
    expect(byRule(reconcile(fixed, tianshui), 'TXT-01')).toEqual([]);
    expect(byRule(reconcile(fixed, tianshui), 'S-05')).toEqual([]);
  });

  it('leaves comparisons with last year alone', () => {
    const text = '全年受理申请量较2023年增长5%，与2023年相比略有上升，2023年同期为80件。';
    expect(byRule(reconcile(withText(sample, { overview: text })), 'TXT-01')).toEqual([]);
  });

  it('is silent on this year and on older years named on purpose', () => {
    expect(byRule(reconcile(sample), 'TXT-01')).toEqual([]);
    expect(byRule(reconcile(withText(sample, { overview: '依据2019年修订的条例。' })), 'TXT-01')).toEqual([]);
  });
});

describe('T3-08 figures quoted in the text', () => {
  it('fires where a quoted count differs from table 三, with the table’s figure as fix', () => {
    const text = '全年共收到政府信息公开申请145件，上年结转7件，办结141件，另有7件结转下年度继续办理。其中予以公开60件，不予公开15件。';
    const findings = byRule(reconcile(withText(sample, { applications: text })), 'T3-08');
    expect(findings.map((f) => [text.slice(f.text!.start, f.text!.end), f.fix!.replacement])).toEqual([
      ['145', '141'],
      ['60', '61'],
    ]);
    expect(findings[0].message).toBe('「三、收到和处理政府信息公开申请情况」第 1 段第 14 字写“本年新收申请145件”，表三为 141 件。');
    expect(findings[0].cells).toEqual(['apply.R1.TOT']);
  });

  it('is silent when the text agrees with the table (hongqiao-2020’s wording)', () => {
    const text = '2024年全年共收到政府信息公开申请141件,结转上年政府信息公开申请7件,答复政府信息公开申请141件,均按时进行了答复,另有7件结转下年度继续办理。';
    expect(byRule(reconcile(withText(sample, { overview: text })), 'T3-08')).toEqual([]);
  });
});

describe('T3-09 outcome words', () => {
  it('fires on tianshui-2020’s "主动公开80件" for what table 三 calls 予以公开', () => {
    const text = '办理结果为:主动公开80件,占总办结数的86%;部分公开12件。';
    const [f] = byRule(reconcile(withText(tianshui, { overview: text })), 'T3-09');
    expect(text.slice(f.text!.start, f.text!.end)).toBe('主动公开');
    expect(f.fix!.replacement).toBe('予以公开');
    expect(byRule(reconcile(withText(tianshui, { overview: text.replace('主动公开', '予以公开') })), 'T3-09')).toEqual([]);
  });

  it('is silent on 主动公开 in its own sense (part 二)', () => {
    expect(byRule(reconcile(withText(sample, { active: '全年主动公开政府信息4213件。' })), 'T3-09')).toEqual([]);
  });
});

describe('T4-03 行政复议、行政诉讼 in the text', () => {
  it('fires on "无…行政复议" while table 四 has some, and on a count that differs', () => {
    const text = '本年度无因政府信息公开工作被申请行政复议的情况；被提起行政诉讼2件。';
    const findings = byRule(reconcile(withText(sample, { review: text })), 'T4-03');
    // sample-2024: 行政复议 5, 行政诉讼 3 + 1 = 4.
    const at = (s: string) => text.indexOf(s) + 1;
    expect(findings.map((f) => f.message)).toEqual([
      `「四、政府信息公开行政复议、行政诉讼情况」第 1 段第 ${at('无因')} 字说没有行政复议，表四的行政复议共 5 件。`,
      `「四、政府信息公开行政复议、行政诉讼情况」第 1 段第 ${at('2件')} 字写行政诉讼2件，表四为 4 件。`,
    ]);
    expect(findings.map((f) => text.slice(f.text!.start, f.text!.end))).toEqual(['无因政府信息公开工作被申请行政复议', '2']);
  });

  it('is silent when the text agrees (shangjie-2020’s wording)', () => {
    const text = '2020年上街区无因政府信息公开工作被申请行政复议;因政府信息公开工作被提起行政诉讼2件,均已按要求处理完毕。';
    expect(byRule(reconcile(withText(loadFixture('shangjie-2020'), { review: text })), 'T4-03')).toEqual([]);
  });
});

describe('S-04 信息处理费 in part 六 (2021 edition)', () => {
  const noFees = { ...withText(sample, { other: '无。' }), fees: { noticeCount: null, noticeAmountYuan: null, collectedYuan: null } };
  it('fires when neither the text nor the fee fields report it', () => {
    expect(byRule(reconcile(noFees), 'S-04')).toHaveLength(1);
  });
  it('is silent when the text states it, when the fields are filled, and in the 2019 edition', () => {
    expect(byRule(reconcile(withText(noFees, { other: '本年度未收取信息处理费。' })), 'S-04')).toEqual([]);
    expect(byRule(reconcile({ ...noFees, fees: { noticeCount: 0, noticeAmountYuan: 0, collectedYuan: 0 } }), 'S-04')).toEqual([]);
    expect(byRule(reconcile(withText(tianshui, { other: '无。' })), 'S-04')).toEqual([]);
  });
});

describe('S-07 工作考核、社会评议和责任追究 (各级人民政府)', () => {
  it('fires for a government report without them, naming what is missing', () => {
    const [f] = byRule(reconcile(withText(sample, { overview: '将政务公开纳入年度绩效考核。' })), 'S-07');
    expect(f.message).toContain('未见：社会评议、责任追究');
  });
  it('is silent when they are there, and for a department', () => {
    expect(byRule(reconcile(sample), 'S-07')).toEqual([]);
    expect(byRule(reconcile({ ...withText(sample, { overview: '' }), organization: '某县教育局' }), 'S-07')).toEqual([]);
  });
});

describe('TXT-02 text copied from last year', () => {
  const prior = { ...sample, year: 2023 };
  it('fires when most of part 一 or 五 is last year’s text word for word', () => {
    const [f] = byRule(reconcile(sample, prior), 'TXT-02');
    expect(f.text!.section).toBe('overview');
    expect(f.message).toMatch(/^「一、总体情况」有 100% 的文字（\d+ 句）与 2023 年度报告完全相同/);
    expect(byRule(reconcile(sample, prior), 'TXT-02').map((x) => x.text!.section)).toEqual(['overview', 'problems']);
  });
  it('is silent on rewritten text, and without last year’s report', () => {
    const rewritten = withText(sample, { overview: '2024年，我区围绕群众关切推进政务公开，新增政策解读栏目。', problems: '今年发现的主要问题是答复时限把握不严，已逐件整改。' });
    expect(byRule(reconcile(rewritten, prior), 'TXT-02')).toEqual([]);
    expect(byRule(reconcile(sample), 'TXT-02')).toEqual([]);
  });
});
