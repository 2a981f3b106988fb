// Acknowledged warnings (issue "Checks a clerk can trust", item 3): a warning accepted with a
// reason stays accepted while its place is unchanged, whatever changes elsewhere, and lapses
// when its place changes; errors cannot be acknowledged.

import { describe, expect, it } from 'vitest';
import { anchorOf, lapsedAcknowledgements, reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture, withCells } from '../../helpers';

const sample = loadFixture('sample-2024');
const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });
const acknowledging = (report: Report, f: Finding, reason: string): Report => ({
  ...report,
  acknowledgements: [...report.acknowledgements, { rule: f.rule, anchor: anchorOf(f, report), reason }],
});

describe('a text warning acknowledged with a reason', () => {
  const text = '一、依申请公开\n全年收到政府信息公开申请150件。其余情况见表三。';
  const report = withText(sample, { applications: text });
  const [warning] = byRule(reconcile(report), 'T3-08');
  const acknowledged = acknowledging(report, warning, '含转办件，口径与表三不同');

  it('is anchored to its sentence and its place in it', () => {
    expect(anchorOf(warning, report)).toBe('text:applications:0:12:全年收到政府信息公开申请150件');
  });

  it('is marked with the reason and keeps its severity', () => {
    const [f] = byRule(reconcile(acknowledged), 'T3-08');
    expect(f).toMatchObject({ severity: 'warning', acknowledged: '含转办件，口径与表三不同' });
  });

  it('survives edits elsewhere: another sentence, another part, the tables', () => {
    const edited = withCells(withText(acknowledged, { applications: `前言补充。\n${text}另有说明。`, overview: '改写的概述。' }), { 'apply.R1.NP': 0 });
    expect(byRule(reconcile(edited), 'T3-08').map((f) => f.acknowledged)).toEqual(['含转办件，口径与表三不同']);
  });

  it('lapses when its sentence changes, and is then listed as lapsed', () => {
    const edited = withText(acknowledged, { applications: text.replace('150件', '152件') });
    const findings = reconcile(edited);
    expect(byRule(findings, 'T3-08')[0].acknowledged).toBeUndefined();
    expect(lapsedAcknowledgements(findings, edited)).toEqual(acknowledged.acknowledgements);
    expect(lapsedAcknowledgements(reconcile(acknowledged), acknowledged)).toEqual([]);
  });
});

describe('other places', () => {
  it('anchors a cell warning to its cells, and a part-level one to its part', () => {
    const blanks = withCells(sample, { 'apply.R1.NP': undefined });
    const [blank] = byRule(reconcile(blanks), 'T3-01');
    expect(anchorOf(blank, blanks)).toBe('cells:apply.R1.NP');
    const silent = { ...sample, text: { ...sample.text, problems: '一是部分单位政策解读形式单一。\n改进措施：加强培训。' } };
    const [remedies] = byRule(reconcile(silent), 'TXT-04');
    expect(anchorOf(remedies, silent)).toBe('part:problems');
    const marked = reconcile(acknowledging(silent, remedies, '上年报告未列问题'));
    expect(byRule(marked, 'TXT-04')[0].acknowledged).toBe('上年报告未列问题');
  });

  it('never marks an error, even with a matching acknowledgement in the file', () => {
    const broken = withCells(sample, { 'apply.R4.NP': 99 });
    const [error] = byRule(reconcile(broken), 'T3-04');
    const report = { ...broken, acknowledgements: [{ rule: 'T3-04', anchor: anchorOf(error, broken), reason: '不可说明' }] };
    expect(byRule(reconcile(report), 'T3-04')[0].acknowledged).toBeUndefined();
  });
});
