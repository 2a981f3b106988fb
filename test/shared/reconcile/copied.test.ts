// TXT-02 (issue 24): text repeated from last year's report — each part and the whole report, years,
// figures and the organisation's name ignored; a warning at 50 %, a note at 30 %; every repeated
// sentence marked; last year's report a remembered draft, another draft or an imported published one.

import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/imports';
import { reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture, referencePath } from '../../helpers';
import { unseenFile, unseenReport } from '../../unseenReports';

const sample = loadFixture('sample-2024');
const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });
/** Last year's report as the clerk left it: the same words, last year's years and other figures. */
const lastYear = (report: Report): Report => ({
  ...report,
  year: report.year - 1,
  text: Object.fromEntries(Object.entries(report.text).map(([k, v]) => [k, v.replaceAll(String(report.year), String(report.year - 1)).replace(/\d+件/g, '9件')])) as Report['text'],
});
const copied = (report: Report, prior: Report): Finding[] => byRule(reconcile(report, prior), 'TXT-02');
const marked = (report: Report, f: Finding) => f.marks!.map((m) => report.text[m.section].slice(m.start, m.end));

describe('TXT-02: text repeated from last year', () => {
  it('warns on each part and on the whole when last year’s text is kept, years and figures changed', () => {
    const findings = copied(sample, lastYear(sample));
    expect(findings.map((f) => [f.severity, f.text?.section ?? f.part])).toEqual([
      ['warning', 'overview'],
      ['warning', 'problems'],
      ['warning', 'preamble'],
    ]);
    expect(findings[0].message).toMatch(/^「一、总体情况」有 100% 的文字（\d+ 句）与 2023 年度报告相同（年份、数字和机关名称不计），评议时会被视为内容雷同/);
    expect(findings[2].message).toMatch(/^全文（不含表格）有 100% 的文字/);
  });

  it('marks every repeated sentence, not only the first', () => {
    const overview = '2024年，示例区持续深化政务公开工作，取得了新的成效。\n全年主动公开政府信息4213条，其中政策解读86篇。\n今年新建政务公开专区3个，覆盖全部乡镇街道。\n全年新收政府信息公开申请141件，均按期答复。';
    const prior = withText({ ...sample, year: 2023 }, { overview: overview.replace('今年新建政务公开专区3个，覆盖全部乡镇街道。', '完成政府网站集约化改造，栏目更加规范。').replaceAll('2024', '2023') });
    const [part] = copied(withText(sample, { overview }), prior).filter((f) => f.text?.section === 'overview');
    expect(marked(withText(sample, { overview }), part)).toEqual([
      '2024年，示例区持续深化政务公开工作，取得了新的成效。',
      '全年主动公开政府信息4213条，其中政策解读86篇。',
      '全年新收政府信息公开申请141件，均按期答复。',
    ]);
    expect(part.text).toEqual(part.marks![0]);
    expect(part.severity).toBe('warning');
  });

  it('notes (请核对, not a warning) a part repeated by 30 % to 50 %, and is silent below', () => {
    const mine = ['全年主动公开政府信息4213条，其中政策解读86篇。', '新建政务公开专区3个，覆盖全部乡镇街道。', '组织全区政务公开业务培训2次。', '开展政府网站和政务新媒体季度检查。', '推进基层政务公开标准化规范化建设。'];
    const keep = (n: number) => withText({ ...sample, year: 2023 }, { overview: mine.slice(0, n).join('') + '完成政府网站集约化改造，栏目设置更加规范。编制发布年度政务公开工作要点，逐项分解任务。' });
    const report = withText(sample, { overview: mine.join('') });
    const part = (n: number) => copied(report, keep(n)).filter((f) => f.text?.section === 'overview');
    expect(part(2).map((f) => f.severity)).toEqual(['info']);
    expect(part(2)[0].message).toContain('请核对');
    expect(part(3).map((f) => f.severity)).toEqual(['warning']);
    expect(part(1)).toEqual([]);
  });

  it('is silent on rewritten text, without last year’s report, and on a short part that repeats by nature', () => {
    const rewritten = withText(sample, {
      preamble: '',
      overview: '2024年，我区围绕群众关切推进政务公开，新增政策解读栏目。',
      problems: '今年发现的主要问题是答复时限把握不严，已逐件整改。',
      other: '本年度未发出信息处理费收费通知，未收取信息处理费。',
    });
    expect(copied(rewritten, lastYear(sample))).toEqual([]);
    expect(byRule(reconcile(sample), 'TXT-02')).toEqual([]);
    const none = withText(sample, { other: '无。' });
    expect(copied(none, withText(lastYear(sample), { other: '无。' })).filter((f) => f.text?.section === 'other')).toEqual([]);
  });

  it('ignores the organisation’s name: another unit’s report copied under this one’s name is still copied', () => {
    const other = { ...lastYear(sample), organization: '示例市样板县人民政府', text: Object.fromEntries(Object.entries(lastYear(sample).text).map(([k, v]) => [k, v.replaceAll('示例区', '样板县')])) as Report['text'] };
    expect(copied(sample, other).map((f) => f.severity)).toContain('warning');
  });
});

describe('TXT-02 with last year’s published report imported', () => {
  const published = async () => {
    const imported = await importFile(referencePath('published', 'pingtan-2019.txt'));
    if (!imported.ok) throw new Error(imported.message);
    return imported.report;
  };

  it('finds the report rewritten (平潭 2020 against its 2019 report as published): nothing to say', async () => {
    const prior = await published();
    expect(prior.year).toBe(2019);
    expect(copied(unseenReport(unseenFile('pingtan-2020')), prior)).toEqual([]);
  });

  it('finds last year’s part 一 kept with its years changed', async () => {
    const prior = await published();
    const now = unseenReport(unseenFile('pingtan-2020'));
    const kept = withText(now, { overview: prior.text.overview.replaceAll('2019', '2020') });
    const [part] = copied(kept, prior).filter((f) => f.text?.section === 'overview');
    expect(part.severity).toBe('warning');
    expect(part.marks!.length).toBeGreaterThan(10);
  });
});
