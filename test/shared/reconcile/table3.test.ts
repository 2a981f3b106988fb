// Table 三 rules T3-01 … T3-07 (spec §7): each fires with the figures, and stays silent.

import { describe, expect, it } from 'vitest';
import { cellValues, reconcile } from '../../../shared/reconcile';
import { blankReport, type Report } from '../../../shared/report';
import { byRule, loadFixture, withCells } from '../../helpers';

const tianshui = loadFixture('tianshui-2020');
const sample = loadFixture('sample-2024');

describe('derived cells', () => {
  it('computes row totals, （七）总计 and review totals from the entered figures', () => {
    const v = cellValues(tianshui);
    // The published totals of tianshui-2020 (expected/tianshui-2020.json).
    expect(v['apply.R1.TOT']).toBe(93);
    expect(v['apply.R3_7.NP']).toBe(80);
    expect(v['apply.R3_7.BIZ']).toBe(13);
    expect(v['apply.R3_7.TOT']).toBe(93);
    expect([v['review.RV.TOTAL'], v['review.LD.TOTAL'], v['review.LR.TOTAL']]).toEqual([19, 2, 1]);
  });

  it('keeps a total blank while everything it sums is blank, and counts "/" as 0', () => {
    const blank = blankReport('某县人民政府', 2021);
    expect(cellValues(blank)['apply.R1.TOT']).toBeNull();
    const oneNa = { ...blank, notApplicable: ['apply.R1.NP'] };
    expect(cellValues(oneNa)['apply.R1.NP']).toBe(0);
    expect(cellValues(oneNa)['apply.R1.TOT']).toBe(0);
  });
});

describe('T3-01 every cell an integer ≥ 0; blanks reported', () => {
  it('fires an error on a negative or fractional figure', () => {
    const findings = byRule(reconcile(withCells(tianshui, { 'apply.R3_2.NP': -1, 'apply.R3_1.LAW': 0.5 })), 'T3-01');
    expect(findings.map((f) => [f.severity, f.cells])).toEqual([
      ['error', ['apply.R3_1.LAW']],
      ['error', ['apply.R3_2.NP']],
    ]);
    expect(findings[1].message).toBe('「（二）部分公开（区分处理的，只计这一情形，不计其他情形） / 自然人」填写为 -1，应为不小于 0 的整数');
  });

  it('warns once about blank cells, naming them, and counts them as 0', () => {
    const findings = byRule(reconcile(withCells(tianshui, { 'apply.R3_3_5.NP': undefined, 'apply.R3_3_6.NP': undefined })), 'T3-01');
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].cells).toEqual(['apply.R3_3_5.NP', 'apply.R3_3_6.NP']);
    expect(findings[0].message).toContain('有 2 个单元格空白');
    expect(findings[0].message).toContain('「（三）不予公开 5.属于三类内部事务信息 / 自然人」');
  });

  it('is silent on a fully entered table', () => {
    expect(byRule(reconcile(tianshui), 'T3-01')).toEqual([]);
  });
});

describe('T3-02 row total, T3-03 （七）总计: stated totals must match', () => {
  it('T3-02 fires when a stated row total differs from the sum of its columns', () => {
    const [f] = byRule(reconcile(withCells(tianshui, { 'apply.R1.TOT': 95 })), 'T3-02');
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toBe('apply.R1.TOT');
    expect(f.message).toBe(
      '「一、本年新收政府信息公开申请数量 / 总计」填报为 95，但本行自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之和为 93，相差 2',
    );
  });

  it('T3-03 fires when a stated （七）总计 differs from the outcome rows', () => {
    const [f] = byRule(reconcile(withCells(tianshui, { 'apply.R3_7.NP': 79 })), 'T3-03');
    expect(f.cells).toContain('apply.R3_4_1.NP');
    expect(f.message).toBe('「（七）总计 / 自然人」填报为 79，但本列“（一）予以公开”至“（六）其他处理”各项之和为 80，相差 1');
  });

  it('are silent when stated totals are right, and when none are stated', () => {
    const stated = withCells(tianshui, { 'apply.R1.TOT': 93, 'apply.R3_7.NP': 80, 'apply.R3_7.TOT': 93 });
    expect(byRule(reconcile(stated), 'T3-02')).toEqual([]);
    expect(byRule(reconcile(stated), 'T3-03')).toEqual([]);
    expect(byRule(reconcile(tianshui), 'T3-03')).toEqual([]);
  });
});

describe('T3-04 第一项加第二项之和，等于第三项加第四项之和', () => {
  it('fires for the column that does not balance, with both sides and the difference', () => {
    const findings = byRule(reconcile(withCells(tianshui, { 'apply.R4.NP': 2 })), 'T3-04');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['apply.R1.NP', 'apply.R2.NP', 'apply.R3_7.NP', 'apply.R4.NP']);
    expect(f.message).toBe(
      '「自然人」列不平衡：一、本年新收政府信息公开申请数量 80 + 二、上年结转政府信息公开申请数量 0 = 80，' +
        '而（七）总计 80 + 四、结转下年度继续办理 2 = 82，前者比后者少 2。第一项加第二项之和应等于第三项加第四项之和。',
    );
  });

  it('names the cells an import left in doubt, so the clerk checks them before changing others', () => {
    const imported: Report = {
      ...withCells(tianshui, { 'apply.R4.NP': 2 }),
      importMarks: { 'apply.R3_1.NP': { reason: 'ambiguous', detail: '该行数字粘连，未能确定' }, 'review.RV.UPHELD': { reason: 'blankAsZero', detail: '原文空白' } },
    };
    const [f] = byRule(reconcile(imported), 'T3-04');
    expect(f.message).toMatch(/第一项加第二项之和应等于第三项加第四项之和。其中「（一）予以公开 \/ 自然人」是导入时存疑的单元格，请先核对。$/);
    // Marks elsewhere say nothing here.
    expect(byRule(reconcile({ ...imported, importMarks: { 'review.RV.UPHELD': imported.importMarks['review.RV.UPHELD'] } }), 'T3-04')[0].message).not.toContain('存疑');
  });

  it('fires per column when several columns are off (by amounts that do not cancel: misplaced.test.ts)', () => {
    const findings = byRule(reconcile(withCells(sample, { 'apply.R1.BIZ': 15, 'apply.R3_6_3.LAW': 2 })), 'T3-04');
    expect(findings.map((f) => f.cells[0])).toEqual(['apply.R1.BIZ', 'apply.R1.LAW']);
  });

  it('is silent on balanced reports in both editions', () => {
    expect(byRule(reconcile(tianshui), 'T3-04')).toEqual([]);
    expect(byRule(reconcile(sample), 'T3-04')).toEqual([]);
  });
});

describe('T3-05 上年结转 = last year’s 结转下年度继续办理', () => {
  // sample-2024 carries 6 自然人 and 1 商业企业 applications over from 2023.
  const prior2023: Report = withCells({ ...sample, year: 2023 }, { 'apply.R4.NP': 6, 'apply.R4.BIZ': 1, 'apply.R4.LAW': 0 });

  it('fires per column against the prior draft, as an error', () => {
    const prior = withCells(prior2023, { 'apply.R4.NP': 4 });
    const findings = byRule(reconcile(sample, prior), 'T3-05');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toEqual({
      rule: 'T3-05',
      severity: 'error',
      cells: ['apply.R2.NP'],
      message: '「自然人」列上年结转 6，而 2023 年报告的结转下年度继续办理为 4，前者比后者多 2。如因机构改革、统计口径调整等原因确有不同，请填写说明。',
    });
  });

  it('becomes a note carrying the explanation once the clerk explains it', () => {
    const explained = { ...sample, explanations: { 'T3-05': '机构改革，上年结转口径调整' } };
    const [f] = byRule(reconcile(explained, withCells(prior2023, { 'apply.R4.NP': 4 })), 'T3-05');
    expect(f.severity).toBe('info');
    expect(f.message).toContain('已说明：机构改革，上年结转口径调整');
  });

  it('runs across the 2020 → 2021 edition change', () => {
    const report2021 = { ...sample, year: 2021 };
    const findings = byRule(reconcile(report2021, tianshui), 'T3-05');
    // tianshui-2020 carried nothing over; the sample carries 6 + 1.
    expect(findings.map((f) => f.cells[0])).toEqual(['apply.R2.NP', 'apply.R2.BIZ']);
  });

  it('is silent when the figures carry over, without a prior, for 2019, and for a prior that is not the year before', () => {
    expect(byRule(reconcile(sample, prior2023), 'T3-05')).toEqual([]);
    expect(byRule(reconcile(sample), 'T3-05')).toEqual([]);
    const r2019 = { ...tianshui, year: 2019, cells: { ...tianshui.cells, 'apply.R2.NP': 5 } };
    expect(byRule(reconcile(r2019, { ...tianshui, year: 2018 }), 'T3-05')).toEqual([]);
    expect(byRule(reconcile(sample, { ...prior2023, year: 2022, cells: {} }), 'T3-05')).toEqual([]);
  });
});

describe('T3-06 / T3-07 信息处理费 (2021 edition)', () => {
  it('T3-06 fires when applications lapsed for unpaid fees but no fee notice is reported', () => {
    const noNotices = { ...sample, fees: { ...sample.fees, noticeCount: null } };
    const [f] = byRule(reconcile(noNotices), 'T3-06');
    // Fixed in part 六's fee fields, though it names table 三's cell.
    expect(f.part).toBe('other');
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['apply.R3_6_2.TOT']);
    expect(f.message).toContain('有 1 件申请因逾期未按收费通知缴纳费用而不再处理');
    expect(f.message).toContain('发出收费通知的件数未填写');
    expect(byRule(reconcile({ ...sample, fees: { ...sample.fees, noticeCount: 0 } }), 'T3-06')[0].message).toContain('件数为 0');
  });

  it('T3-06 is silent with notices reported, or with no lapsed application', () => {
    expect(byRule(reconcile(sample), 'T3-06')).toEqual([]);
    const noLapse = withCells({ ...sample, fees: { ...sample.fees, noticeCount: null } }, { 'apply.R3_6_2.NP': 0, 'apply.R3_6_1.NP': 3 });
    expect(byRule(reconcile(noLapse), 'T3-06')).toEqual([]);
  });

  it('T3-07 fires when more was collected than the notices asked for', () => {
    const over = { ...sample, fees: { noticeCount: 2, noticeAmountYuan: 1200, collectedYuan: 1500 } };
    const [f] = byRule(reconcile(over), 'T3-07');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('实际收取的信息处理费 1500 元多于收费通知总金额 1200 元，请核对第六部分的数字。');
  });

  it('T3-07 is silent when collected ≤ noticed, and neither rule runs on the 2019 edition', () => {
    expect(byRule(reconcile({ ...sample, fees: { noticeCount: 2, noticeAmountYuan: 1200, collectedYuan: 1200 } }), 'T3-07')).toEqual([]);
    const r2019 = { ...tianshui, fees: { noticeCount: null, noticeAmountYuan: 10, collectedYuan: 20 } };
    expect(reconcile(r2019).filter((f) => f.rule === 'T3-06' || f.rule === 'T3-07')).toEqual([]);
  });
});
