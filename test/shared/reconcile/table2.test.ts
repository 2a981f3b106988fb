// Table 二 rules: T2A-01 … T2A-07 (2019 edition), T2B-01 … T2B-06 (2021 edition), spec §7 and
// issue 24 (decision counts that jump tenfold from last year).

import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture, withCells } from '../../helpers';

const tianshui = loadFixture('tianshui-2020'); // 2019 edition
const sample = loadFixture('sample-2024'); // 2021 edition
const asYear = (report: Report, year: number): Report => ({ ...report, year });

describe('2019 edition', () => {
  it('T2A-01 fires on a fractional count, a fractional 增/减 and a negative amount; blanks warn', () => {
    const bad = withCells(tianshui, { 'active.REG.MADE': 1.5, 'active.LIC.DELTA': 2.5, 'active.PROC.AMOUNT': -3 });
    const findings = byRule(reconcile(bad), 'T2A-01');
    expect(findings.map((f) => [f.severity, f.cells[0]])).toEqual([
      ['error', 'active.REG.MADE'],
      ['error', 'active.LIC.DELTA'],
      ['error', 'active.PROC.AMOUNT'],
    ]);
    expect(findings[1].message).toBe('「行政许可 / 本年增/减」填写为 2.5，应为整数（减少为负数）');
    expect(findings[2].message).toContain('应为不小于 0 的金额（万元，最多 6 位小数）');
    const [blank] = byRule(reconcile(withCells(tianshui, { 'active.FEE.DELTA': undefined })), 'T2A-01');
    expect([blank.severity, blank.cells]).toEqual(['warning', ['active.FEE.DELTA']]);
  });

  it('T2A-01 accepts negative 增/减, six-decimal amounts and "/" cells', () => {
    const fine = { ...withCells(tianshui, { 'active.LIC.DELTA': -75, 'active.PROC.AMOUNT': 14957.701682, 'active.REG.MADE': undefined }), notApplicable: ['active.REG.MADE'] };
    expect(byRule(reconcile(fine), 'T2A-01')).toEqual([]);
  });

  it('T2A-02 fires when 本年新公开数量 exceeds 对外公开总数量, and is silent otherwise', () => {
    const [f] = byRule(reconcile(withCells(tianshui, { 'active.NORM.PUBLISHED': 51 })), 'T2A-02');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('「规范性文件」本年新公开数量 51 多于对外公开总数量 50，总数量应包含本年新公开的文件。');
    expect(byRule(reconcile(tianshui), 'T2A-02')).toEqual([]);
  });

  it('T2A-03 fires when items would fall below zero, and is silent otherwise', () => {
    const [f] = byRule(reconcile(withCells(tianshui, { 'active.ENF.DELTA': -8 })), 'T2A-03');
    expect(f.cells).toEqual(['active.ENF.PREV_ITEMS', 'active.ENF.DELTA']);
    expect(f.message).toBe('「行政强制」上一年项目数量 7 加本年增/减 -8 为 -1，项目数量不能小于 0。');
    expect(byRule(reconcile(withCells(tianshui, { 'active.ENF.DELTA': -7 })), 'T2A-03')).toEqual([]);
  });

  it('T2A-04 fires when 上一年项目数量 does not follow from last year, and is silent when it does', () => {
    const prior2019 = withCells(asYear(tianshui, 2019), { 'active.LIC.PREV_ITEMS': 170, 'active.LIC.DELTA': 9 });
    // 2020's 上一年项目数量 for 行政许可 is 179 = 170 + 9.
    expect(byRule(reconcile(tianshui, prior2019), 'T2A-04').map((f) => f.cells[0])).not.toContain('active.LIC.PREV_ITEMS');
    const wrong = withCells(prior2019, { 'active.LIC.DELTA': 8 });
    const [f] = byRule(reconcile(tianshui, wrong), 'T2A-04').filter((x) => x.cells[0] === 'active.LIC.PREV_ITEMS');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('「行政许可」上一年项目数量 179，而 2019 年报告的上一年项目数量 170、本年增/减 8，本年应为 178。');
    expect(byRule(reconcile(tianshui), 'T2A-04')).toEqual([]);
  });

  it('T2A-05 fires when 对外公开总数量 shrinks from last year, and is silent when it grows', () => {
    const prior = withCells(asYear(tianshui, 2019), { 'active.NORM.TOTAL_PUBLIC': 60 });
    const [f] = byRule(reconcile(tianshui, prior), 'T2A-05');
    expect(f.message).toBe('「规范性文件」对外公开总数量 50 少于 2019 年报告的 60，已公开的文件一般不会减少，请核对。');
    expect(byRule(reconcile(tianshui, withCells(prior, { 'active.NORM.TOTAL_PUBLIC': 31 })), 'T2A-05')).toEqual([]);
  });

  it('T2A-06 notes 本年新公开数量 above 本年新制作数量, and is silent otherwise', () => {
    const [f] = byRule(reconcile(withCells(tianshui, { 'active.NORM.PUBLISHED': 21 })), 'T2A-06');
    expect(f.severity).toBe('info');
    expect(byRule(reconcile(tianshui), 'T2A-06')).toEqual([]);
  });
});

describe('2021 edition', () => {
  it('T2B-01 fires on a negative count and an amount with seven decimals; blanks warn', () => {
    const findings = byRule(reconcile(withCells(sample, { 'active.PEN.DECISIONS': -2, 'active.FEE.AMOUNT': 1.1234567 })), 'T2B-01');
    expect(findings.map((f) => [f.severity, f.cells[0]])).toEqual([
      ['error', 'active.PEN.DECISIONS'],
      ['error', 'active.FEE.AMOUNT'],
    ]);
    const [blank] = byRule(reconcile(withCells(sample, { 'active.REG.ISSUED': undefined })), 'T2B-01');
    expect(blank.severity).toBe('warning');
    expect(byRule(reconcile(sample), 'T2B-01')).toEqual([]);
  });

  it('T2B-02 fires when more were issued than are in force or repealed, and is silent otherwise', () => {
    const [f] = byRule(reconcile(withCells(sample, { 'active.REG.ISSUED': 13 })), 'T2B-02');
    expect(f.message).toBe('「规章」本年制发 13 件，多于现行有效 12 件与本年废止 0 件之和；本年制发的文件应仍有效或已在本年废止。');
    expect(byRule(reconcile(sample), 'T2B-02')).toEqual([]);
  });

  it('T2B-03 fires when 现行有效件数 does not follow from last year, and is silent when it does', () => {
    // 2024: 行政规范性文件 issued 9, repealed 3, in force 64 → 2023 must have had 58.
    const prior = withCells(asYear(sample, 2023), { 'active.NORM.IN_FORCE': 58, 'active.REG.IN_FORCE': 11 });
    expect(byRule(reconcile(sample, prior), 'T2B-03')).toEqual([]);
    const [f] = byRule(reconcile(sample, withCells(prior, { 'active.NORM.IN_FORCE': 60 })), 'T2B-03');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('「行政规范性文件」现行有效 64 件，而 2023 年现行有效 60 件 + 本年制发 9 件 − 本年废止 3 件 = 66 件；如有修订或集中清理，请确认。');
  });

  it('T2B-04 notes that a 2019-edition prior is not comparable, instead of running T2B-03', () => {
    const findings = reconcile(asYear(sample, 2021), tianshui);
    expect(byRule(findings, 'T2B-04').map((f) => f.severity)).toEqual(['info']);
    expect(byRule(findings, 'T2B-03')).toEqual([]);
    expect(byRule(reconcile(sample), 'T2B-04')).toEqual([]);
  });

  it('T2B-05 asks whether a very large fee was entered in 元, and is silent on plausible ones', () => {
    const [f] = byRule(reconcile(withCells(sample, { 'active.FEE.AMOUNT': 126843.15 })), 'T2B-05');
    expect(f.message).toBe('行政事业性收费本年收费金额为 126843.15 万元（约 12.68 亿元），是否误按“元”填写？本栏单位为万元。');
    // Shown rounded: 18651.06 / 10000 is 1.8651060000000002 in binary floating point.
    expect(byRule(reconcile(withCells(sample, { 'active.FEE.AMOUNT': 18651.06 })), 'T2B-05')[0].message).toContain('（约 1.87 亿元）');
    expect(byRule(reconcile(sample), 'T2B-05')).toEqual([]);
  });
});

describe('处理决定数量 ten times last year’s, or a tenth (T2A-07, T2B-06)', () => {
  // sample-2024: 行政处罚 2071, 行政许可 18234, 行政强制 143.
  const prior2023 = (decisions: Record<string, number>) => withCells(asYear(sample, 2023), decisions);

  it('asks 请核对 (a note) at ten times or more, and is silent below', () => {
    const [f, ...rest] = byRule(reconcile(sample, prior2023({ 'active.PEN.DECISIONS': 207 })), 'T2B-06');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', cells: ['active.PEN.DECISIONS'] });
    expect(f.message).toBe('「行政处罚」处理决定数量 2071 件，是 2023 年（207 件）的 10 倍。请核对是否多填或少填了一位数字；如确有变化（新增职权、专项行动等），可说明。');
    expect(byRule(reconcile(sample, prior2023({ 'active.PEN.DECISIONS': 208 })), 'T2B-06')).toEqual([]);
  });

  it('asks too when the count falls to a tenth, and says nothing without a figure last year or of 0', () => {
    const [f] = byRule(reconcile(sample, prior2023({ 'active.LIC.DECISIONS': 182340 })), 'T2B-06');
    expect(f.message).toContain('约为 2023 年（182340 件）的 1/10');
    expect(byRule(reconcile(sample, prior2023({ 'active.ENF.DECISIONS': 0 })), 'T2B-06')).toEqual([]);
    expect(byRule(reconcile(sample, withCells(asYear(sample, 2023), { 'active.PEN.DECISIONS': undefined })), 'T2B-06')).toEqual([]);
    expect(byRule(reconcile(sample), 'T2B-06')).toEqual([]);
  });

  it('compares the 2019 edition’s counts (T2A-07) and across the 2020 → 2021 change', () => {
    const [f] = byRule(reconcile(tianshui, withCells(asYear(tianshui, 2019), { 'active.LIC.DECISIONS': 7203 })), 'T2A-07');
    expect(f.cells).toEqual(['active.LIC.DECISIONS']);
    // 天水 2020 printed 321028 行政处罚 decisions; a 2021 report of 2071 is a 155th.
    const across = byRule(reconcile(asYear(sample, 2021), tianshui), 'T2B-06');
    expect(across.map((x) => x.cells[0])).toEqual(['active.PEN.DECISIONS']);
  });
});
