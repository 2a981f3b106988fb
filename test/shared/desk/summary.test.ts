// What the parsing worker makes of one unit's draft: findings counted as `check` counts them
// (accepted warnings left out), the stage and 退回's follow-up from the review record, the
// publication date, key figures and tables 三 and 四, and the units a consolidated report sums.

import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../shared/aggregate';
import { consolidatedUnits, summarizeDraft } from '../../../shared/desk';
import { anchorOf, reconcile } from '../../../shared/reconcile';
import { addRemark, recordStep, resolveRemark } from '../../../shared/workflow';
import { loadFixture, loadPublished } from '../../helpers';

const at = (d: string) => `2025-01-${d}T09:00:00+08:00`;

describe('a draft summarised for the desk', () => {
  it('counts findings as check does, warnings accepted with a reason left out', () => {
    const report = loadPublished('tianshui-2020');
    const findings = reconcile(report);
    const s = summarizeDraft(report, null, at('01'));
    expect([s.errors, s.warnings]).toEqual([findings.filter((f) => f.severity === 'error').length, findings.filter((f) => f.severity === 'warning').length]);
    expect(s.warnings).toBeGreaterThan(0);
    const warning = findings.find((f) => f.severity === 'warning')!;
    const accepted = { ...report, acknowledgements: [{ rule: warning.rule, anchor: anchorOf(warning, report), reason: '已核实' }] };
    expect(summarizeDraft(accepted, null, at('01')).warnings).toBe(s.warnings - 1);
  });

  it('gives the key figures, tables 三 and 四 cell by cell, and the publication date', () => {
    const report = { ...loadFixture('sample-2024'), publishDate: '2025-01-25' };
    const s = summarizeDraft(report, null, at('01'));
    expect(s.figures).toEqual({ received: 141, concluded: 141, carried: 7, reviews: s.tables['review.RV.TOTAL'], lawsuits: (s.tables['review.LD.TOTAL'] ?? 0) + (s.tables['review.LR.TOTAL'] ?? 0) });
    expect(s.tables['apply.R1.TOT']).toBe(141);
    expect(Object.keys(s.tables).every((k) => k.startsWith('apply.') || k.startsWith('review.'))).toBe(true);
    expect([s.publishDate, s.published, s.stage]).toEqual(['2025-01-25', false, 'draft']);
    expect(s.signature.keys.length).toBe(s.signature.weights.length);
    expect(s.signature.keys.length).toBeGreaterThan(3);
  });

  it('follows a 退回: as returned, being revised, sent again', () => {
    const report = loadFixture('sample-2024');
    const submitted = recordStep(report, 'submit', { by: '王', at: at('10') });
    if (!submitted.ok) throw new Error(submitted.message);
    const remarked = addRemark(submitted.report, { kind: 'part', section: 'overview' }, { text: '请补充', by: '李', at: at('11') });
    if (!remarked.ok) throw new Error(remarked.message);
    const back = recordStep(remarked.report, 'return', { by: '李', at: at('12') });
    if (!back.ok) throw new Error(back.message);
    const returned = summarizeDraft(back.report, null, at('12'));
    expect([returned.stage, returned.openRemarks, returned.followUp]).toEqual(['returned', 1, { state: 'returned', at: at('12'), by: '李' }]);

    const resolved = resolveRemark(back.report, back.report.workflow.remarks[0].id, { by: '王', at: at('13'), note: '已补充' });
    if (!resolved.ok) throw new Error(resolved.message);
    const edited = { ...resolved.report, text: { ...resolved.report.text, overview: `${resolved.report.text.overview}\n已补充平台建设情况。` } };
    expect(summarizeDraft(edited, null, at('13')).followUp?.state).toBe('revising');

    const again = recordStep(edited, 'submit', { by: '王', at: at('14') });
    if (!again.ok) throw new Error(again.message);
    const s = summarizeDraft(again.report, null, at('14'));
    expect([s.stage, s.openRemarks, s.followUp?.state]).toEqual(['submitted', 0, 'resubmitted']);
  });

  it('names the units a consolidated report sums: from its record, or from the sentence 汇总 writes', () => {
    const units = [loadPublished('tianshui-2020'), loadPublished('shangjie-2020')].map((report, i) => ({ report, source: `${i}.nianbao` }));
    const summed = aggregate(units, '某市人民政府', 2020);
    if (!summed.ok) throw new Error(summed.message);
    expect(consolidatedUnits(summed.report)).toEqual(['天水市人民政府', '郑州市上街区人民政府']);
    expect(consolidatedUnits({ ...summed.report, consolidation: { at: at('01'), units: [{ organization: '甲', file: 'a', errors: 0, warnings: 0 }], left: [] } })).toEqual(['甲']);
    // A sentence whose count does not prove the list whole is not read as one.
    expect(consolidatedUnits({ ...summed.report, text: { ...summed.report.text, overview: '本报告根据甲、乙等5个单位的政府信息公开工作年度报告汇总编制。' } })).toEqual([]);
    expect(summarizeDraft(summed.report, null, at('01')).consolidates).toEqual(['天水市人民政府', '郑州市上街区人民政府']);
  });
});
