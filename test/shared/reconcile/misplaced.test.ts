// Misclassification in table 三 (issue 24): one application under the wrong applicant leaves the
// 总计 column balanced while two columns are +1 and −1 — one finding naming them (T3-04), likewise
// against printed （七）总计 figures (T3-03) and between two rows of one group (T3-02).

import { describe, expect, it } from 'vitest';
import { cellValues, reconcile } from '../../../shared/reconcile';
import { byRule, loadFixture, withCells } from '../../helpers';

// sample-2024: 新收 自然人 120, 商业企业 14; 予以公开 自然人 52, 商业企业 6; 不予公开 4. 自然人 3, 5. 自然人 2.
const sample = loadFixture('sample-2024');
const values = cellValues(sample);

describe('T3-04: an application under the wrong applicant', () => {
  it('is one finding naming both columns when their differences cancel', () => {
    const report = withCells(sample, { 'apply.R1.NP': 121, 'apply.R1.BIZ': 13 });
    const [f, ...rest] = byRule(reconcile(report), 'T3-04');
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^疑似分类错位：「自然人」多1件、「商业企业」少1件/);
    expect(f.message).toContain('“总计”列平衡');
    expect(f.message).toContain('本年新收、上年结转、各项办理结果和结转下年度');
    expect(f.cells).toEqual(expect.arrayContaining(['apply.R1.NP', 'apply.R1.BIZ', 'apply.R4.NP', 'apply.R4.BIZ']));
  });

  it('names three columns whose differences cancel together', () => {
    const report = withCells(sample, { 'apply.R1.NP': 122, 'apply.R1.BIZ': 13, 'apply.R1.LAW': 2 });
    expect(byRule(reconcile(report), 'T3-04').map((f) => f.message.split('（')[0])).toEqual(['疑似分类错位：「自然人」多2件、「商业企业」少1件、「法律服务机构」少1件']);
  });

  it('keeps differences that do not cancel as separate errors', () => {
    const report = withCells(sample, { 'apply.R1.NP': 121, 'apply.R1.BIZ': 16 });
    const findings = byRule(reconcile(report), 'T3-04');
    expect(findings.map((f) => f.message.split('：')[0])).toEqual(['「自然人」列不平衡', '「商业企业」列不平衡']);
    expect(byRule(reconcile(withCells(sample, { 'apply.R1.NP': 121 })), 'T3-04')).toHaveLength(1);
    expect(byRule(reconcile(sample), 'T3-04')).toEqual([]);
  });
});

describe('T3-05: carried over under another applicant than last year’s report has it', () => {
  // sample-2024's 上年结转: 自然人 6, 商业企业 1; its 结转下年度: 自然人 5, 商业企业 1, 法律服务机构 1.
  const lastYear = { ...sample, year: 2023 };

  it('is one finding when this year’s 上年结转 and last year’s 结转下年度 differ by amounts that cancel', () => {
    const [f, ...rest] = byRule(reconcile(sample, lastYear), 'T3-05');
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^疑似分类错位：本年“上年结转”「自然人」多1件、「法律服务机构」少1件（与 2023 年报告的“结转下年度继续办理”相比）/);
    expect(f.cells).toEqual(['apply.R2.NP', 'apply.R2.LAW']);
  });

  it('keeps separate errors when they do not cancel, and a note once explained', () => {
    expect(byRule(reconcile(withCells(sample, { 'apply.R2.NP': 7 }), lastYear), 'T3-05')).toHaveLength(2);
    const explained = { ...sample, explanations: { 'T3-05': '机构改革' } };
    expect(byRule(reconcile(explained, lastYear), 'T3-05').map((f) => f.severity)).toEqual(['info', 'info']);
  });
});

describe('printed totals: a figure in the wrong column or row', () => {
  it('T3-03: （七）总计 as printed, one 予以公开 figure under 自然人 instead of 商业企业', () => {
    const report = withCells(sample, {
      'apply.R3_1.NP': 53,
      'apply.R3_1.BIZ': 5,
      'apply.R3_7.NP': values['apply.R3_7.NP']!,
      'apply.R3_7.BIZ': values['apply.R3_7.BIZ']!,
    });
    const [f, ...rest] = byRule(reconcile(report), 'T3-03');
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/^疑似分类错位：办理结果各项中「自然人」多1件、「商业企业」少1件/);
    expect(f.cells).toEqual(expect.arrayContaining(['apply.R3_7.NP', 'apply.R3_1.NP', 'apply.R3_7.BIZ', 'apply.R3_1.BIZ']));
  });

  it('T3-02: two rows of （三）不予公开 whose printed totals are one over and one under', () => {
    const report = withCells(sample, {
      'apply.R3_3_4.NP': 2,
      'apply.R3_3_5.NP': 3,
      'apply.R3_3_4.TOT': values['apply.R3_3_4.TOT']!,
      'apply.R3_3_5.TOT': values['apply.R3_3_5.TOT']!,
    });
    const [f, ...rest] = byRule(reconcile(report), 'T3-02');
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/^疑似分类错位：「（三）不予公开」中「4\.保护第三方合法权益」少1件、「5\.属于三类内部事务信息」多1件/);
    // The column itself still adds up: nothing else to say.
    expect(byRule(reconcile(report), 'T3-04')).toEqual([]);
  });

  it('keeps mismatches in different groups as separate errors', () => {
    const report = withCells(sample, {
      'apply.R3_3_4.NP': 2,
      'apply.R3_4_1.NP': (sample.cells['apply.R3_4_1.NP'] ?? 0) + 1,
      'apply.R3_3_4.TOT': values['apply.R3_3_4.TOT']!,
      'apply.R3_4_1.TOT': values['apply.R3_4_1.TOT']!,
    });
    const findings = byRule(reconcile(report), 'T3-02');
    expect(findings).toHaveLength(2);
    expect(findings.every((f) => !f.message.startsWith('疑似分类错位'))).toBe(true);
  });
});
