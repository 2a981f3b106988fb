// The outline (issue 24): the part count and list the 前言 states (S-08), a statutory part heading
// inside another part or misnumbered (S-09), and （一）/1. numbering skipped or restarted (S-10) —
// firing on real wordings, silent on every reference report's own (reference.test.ts runs them all).

import { describe, expect, it } from 'vitest';
import { reconcile, type Finding } from '../../../shared/reconcile';
import { numeralValue } from '../../../shared/reconcile/narrative/outline';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture } from '../../helpers';
import { referenceReport } from '../../referenceReports';

const sample = loadFixture('sample-2024');
const withText = (text: Partial<Report['text']>, report = sample): Report => ({ ...report, text: { ...report.text, ...text } });
const spans = (report: Report, findings: Finding[]) => findings.map((f) => report.text[f.text!.section].slice(f.text!.start, f.text!.end));

describe('S-08: the parts the 前言 names', () => {
  it('warns when the 前言 counts five parts and lists five (上街区 2020, as published)', () => {
    const report = referenceReport('shangjie-2020');
    const [f, ...rest] = byRule(reconcile(report), 'S-08');
    expect(rest).toEqual([]);
    expect(spans(report, [f])).toEqual(['等五部分组成']);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('所列各部分中没有「六、其他需要报告的事项」');
  });

  it('warns on a count of seven, and is silent on six however written (六部分, 六个部分, 6个部分)', () => {
    const list = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项';
    const seven = withText({ preamble: `报告由${list}等七部分组成。` });
    expect(byRule(reconcile(seven), 'S-08').map((f) => f.severity)).toEqual(['warning']);
    for (const preamble of [`报告由${list}六部分组成。`, `本报告包括${list}等六个部分。`, `本报告共分6个部分：${list}。`, `全文包括${list}。`]) {
      expect(byRule(reconcile(withText({ preamble })), 'S-08'), preamble).toEqual([]);
    }
  });

  it('asks (请核对) when it counts six but one of them is not recognised among the names', () => {
    const preamble = '报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。';
    const [f] = byRule(reconcile(withText({ preamble })), 'S-08');
    expect(f.severity).toBe('info');
    expect(f.message).toContain('「四、政府信息公开行政复议、行政诉讼情况」');
    expect(f.message).toContain('请核对');
  });

  it('is not misled by 部分公开 or by a sentence about one part', () => {
    expect(byRule(reconcile(withText({ preamble: '予以公开及部分公开258件，主动公开情况见第二部分。' })), 'S-08')).toEqual([]);
  });
});

describe('S-09: statutory part headings inside the text', () => {
  it('warns on another part’s heading inside a part (the text of two parts pasted into one)', () => {
    const report = withText({ overview: '2024年，示例区持续深化政务公开。\n二、主动公开政府信息情况\n全年主动公开政府信息4213条。' });
    const [f] = byRule(reconcile(report), 'S-09');
    expect(spans(report, [f])).toEqual(['二、主动公开政府信息情况']);
    expect(f.message).toContain('应写在「二、主动公开政府信息情况」中');
  });

  it('offers the right number for the part’s own heading numbered one off, and is silent on the right one', () => {
    const shifted = withText({ problems: '四、存在的主要问题及改进情况\n一是部分单位政策解读形式单一。' });
    const [f] = byRule(reconcile(shifted), 'S-09');
    expect(spans(shifted, [f])).toEqual(['四、']);
    expect(f.fix).toEqual({ label: '改为“五、”', replacement: '五、' });
    expect(byRule(reconcile(withText({ problems: '五、存在的主要问题及改进情况\n一是部分单位政策解读形式单一。' })), 'S-09')).toEqual([]);
  });
});

describe('S-10: numbering in a part', () => {
  const at = (overview: string) => {
    const report = withText({ overview });
    const findings = byRule(reconcile(report), 'S-10');
    return { findings, spans: spans(report, findings) };
  };

  it('warns on a number skipped', () => {
    const { findings, spans: s } = at('（一）主动公开\n正文。\n（二）依申请公开\n正文。\n（四）平台建设\n正文。');
    expect(s).toEqual(['（四）']);
    expect(findings[0].message).toContain('“（二）”之后是“（四）”，跳过了“（三）”');
  });

  it('warns on a list that restarts (a second “（一）”)', () => {
    const { findings, spans: s } = at('（一）主动公开\n正文。\n（二）依申请公开\n正文。\n（一）平台建设\n正文。');
    expect(s).toEqual(['（一）']);
    expect(findings[0].message).toContain('编号重复');
    expect(findings[0].message).toContain('下一项应为“（三）”');
  });

  it('restarts 1. under each （一）, and after a label (“改进措施：”) or a paragraph of text', () => {
    expect(at('（一）主要问题\n1.解读不足。\n2.时限不严。\n（二）改进措施\n1.加强培训。\n2.完善模板。').findings).toEqual([]);
    expect(at('存在的问题：\n（一）解读不足。\n（二）时限不严。\n改进措施：\n（一）加强培训。\n（二）完善模板。').findings).toEqual([]);
    expect(at('1.解读不足。\n2.时限不严。\n针对上述问题，我们将从以下方面改进。\n1.加强培训。').findings).toEqual([]);
  });

  it('warns on 1. restarting with nothing between, and on a first item that is not 1', () => {
    expect(at('1.解读不足。\n2.时限不严。\n1.加强培训。').spans).toEqual(['1.']);
    expect(at('（二）依申请公开\n正文。').findings[0].message).toContain('第一项是“（二）”，跳过了“（一）”');
  });

  it('does not read a figure or a year at a line’s start as a number (a PDF’s wrapped lines)', () => {
    expect(at('全年公开政府信息共\n1.5万条。\n2024.12.31前完成。').findings).toEqual([]);
  });
});

it('reads Chinese numerals as reports write them', () => {
  expect(['一', '九', '十', '十一', '二十', '二十三', '两', '6', '12'].map(numeralValue)).toEqual([1, 9, 10, 11, 20, 23, 2, 6, 12]);
  expect(['', '二三', '十十'].map(numeralValue)).toEqual([null, null, null]);
});
