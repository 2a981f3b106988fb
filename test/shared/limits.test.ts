// One validation for the editor and the file (shared/report/limits): every figure the editor
// accepts is one a draft accepts — so autosave and save never fail on it — and a figure beyond the
// limits is refused by both, with the same limit named. Sums of many units beyond the limits are
// refused with the cell and the units named (never written as null or rounded).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, type Unit } from '../../shared/aggregate';
import { parseDraft, serializeDraft, validateReport } from '../../shared/draft';
import type { CellKind } from '../../shared/formats';
import { MAX_AMOUNT, MAX_COUNT, MAX_FEE_YUAN, blankReport, parseCellValue, parseFee, type Report } from '../../shared/report';
import { loadFixture } from '../helpers';

const CELLS: Record<CellKind, string> = { count: 'apply.R1.NP', signedCount: 'active.LIC.DELTA', amount: 'active.PROC.AMOUNT' };
const withCell = (key: string, v: number): Report => ({ ...blankReport('某县人民政府', 2020), cells: { [key]: v } });

/** What a clerk might type into a cell: digits of any length, signs, separators, decimals. */
const typed = fc.tuple(
  fc.constantFrom('', '+', '-', '减', '增'),
  fc.stringMatching(/^[0-9]{1,22}$/),
  fc.option(fc.stringMatching(/^\.[0-9]{1,8}$/), { nil: '' }),
  fc.constantFrom('', '万元'),
);

describe('the editor accepts no figure the file refuses', () => {
  it.each(Object.entries(CELLS) as [CellKind, string][])('%s cells: whatever parseCellValue accepts, a draft accepts and reads back', (kind, key) => {
    fc.assert(
      fc.property(typed, ([sign, digits, decimals, unit]) => {
        const parsed = parseCellValue(`${sign}${digits}${decimals}${unit}`, kind);
        if (!parsed.ok || parsed.value === null) return;
        const report = withCell(key, parsed.value);
        expect(validateReport(report)).toMatchObject({ ok: true });
        const reread = parseDraft(serializeDraft(report));
        expect(reread.ok && reread.draft.report.cells[key]).toBe(parsed.value);
      }),
      { numRuns: 400 },
    );
  });

  it('a 21-digit count is refused where it is typed, saying the limit (it used to pass, and every autosave failed)', () => {
    expect(parseCellValue('100000000000000000000', 'count')).toEqual({ ok: false, reason: `“100000000000000000000”过大：件数最多 ${MAX_COUNT}` });
    expect(parseFee('100000000000000000000', 'count')).toEqual({ ok: false, reason: `数字过大：件数最多 ${MAX_COUNT}` });
  });

  it('takes each limit itself, in the editor and in the file alike', () => {
    for (const [kind, key] of Object.entries(CELLS) as [CellKind, string][]) {
      const max = kind === 'amount' ? MAX_AMOUNT : MAX_COUNT;
      expect(parseCellValue(String(max), kind)).toMatchObject({ ok: true, value: max });
      expect(validateReport(withCell(key, max)).ok).toBe(true);
      expect(parseCellValue(String(max + 1), kind).ok).toBe(false);
      const refused = validateReport(withCell(key, max + 1));
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.message).toContain(`report.cells["${key}"] 的值 ${max + 1} 过大`);
    }
    expect(parseCellValue(String(-MAX_COUNT), 'signedCount')).toMatchObject({ ok: true, value: -MAX_COUNT });
    expect(validateReport(withCell(CELLS.signedCount, -MAX_COUNT - 1)).ok).toBe(false);
  });

  it('fees: whatever the fee fields accept, a draft accepts; beyond the limit both refuse', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,22}(\.[0-9]{1,2})?$/), fc.constantFrom('count', 'yuan') as fc.Arbitrary<'count' | 'yuan'>, (raw, kind) => {
        const parsed = parseFee(raw, kind);
        if (!parsed.ok) return;
        const fees = { noticeCount: kind === 'count' ? parsed.value : 1, noticeAmountYuan: kind === 'yuan' ? parsed.value : null, collectedYuan: null };
        expect(validateReport({ ...blankReport('某县人民政府', 2021), fees }).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(parseFee(String(MAX_FEE_YUAN + 1), 'yuan').ok).toBe(false);
    const fees = { noticeCount: 1, noticeAmountYuan: MAX_FEE_YUAN + 1, collectedYuan: null };
    expect(validateReport({ ...blankReport('某县人民政府', 2021), fees }).ok).toBe(false);
  });

  it('still opens a draft whose figures have the wrong shape, leaving them to the findings (T3-01)', () => {
    const report = withCell('apply.R1.NP', -3);
    expect(parseDraft(serializeDraft(report)).ok).toBe(true);
  });
});

describe('sums of many units', () => {
  const units = (n: number, key: string, v: number): Unit[] =>
    Array.from({ length: n }, (_, i) => ({ report: { ...loadFixture('tianshui-2020'), organization: `第${i + 1}单位`, cells: { ...loadFixture('tianshui-2020').cells, [key]: v } }, source: `u${i + 1}.nianbao` }));

  it('refuses a count that would overflow, naming the cell and the largest units', () => {
    const result = aggregate(units(3, 'apply.R1.NP', MAX_COUNT), '某市人民政府', 2020);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('「一、本年新收政府信息公开申请数量 / 自然人」');
    expect(result.message).toContain(`合计为 ${3 * MAX_COUNT}`);
    expect(result.message).toContain(`件数最多 ${MAX_COUNT}`);
    expect(result.message).toContain('u1.nianbao（第1单位）');
  });

  it('refuses an amount that would overflow instead of writing a wrong figure or null', () => {
    const result = aggregate(units(2, 'active.PROC.AMOUNT', MAX_AMOUNT), '某市人民政府', 2020);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`金额最多 ${MAX_AMOUNT} 万元`);
  });

  it('refuses fee sums beyond the limit', () => {
    const rich: Unit[] = [1, 2].map((i) => ({ report: { ...blankReport(`第${i}单位`, 2021), fees: { noticeCount: 1, noticeAmountYuan: MAX_FEE_YUAN, collectedYuan: 0 } }, source: `f${i}` }));
    const result = aggregate(rich, '某市人民政府', 2021);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('收费通知总金额');
  });

  it('sums right up to the limit, and the consolidated draft saves and reopens', () => {
    const result = aggregate(units(2, 'apply.R1.NP', MAX_COUNT / 3), '某市人民政府', 2020);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.cells['apply.R1.NP']).toBe((2 * MAX_COUNT) / 3);
    expect(parseDraft(serializeDraft(result.report)).ok).toBe(true);
  });
});
