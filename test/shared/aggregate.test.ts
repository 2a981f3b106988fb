// 汇总 (shared/aggregate): sums equal the hand-computed ones, units with errors are listed,
// mixed years, editions and repeated units are refused with the file names.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, type Unit } from '../../shared/aggregate';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { cellValues } from '../../shared/reconcile';
import { hiddenCharacters } from '../../shared/text/characters';
import { reportArbitrary } from '../arbitraries';
import { loadFixture, loadPublished, withCells } from '../helpers';
import { NAME, VARIANTS } from './units/variants';

/** The three published 2020 reports, with their narrative (so that only real problems count). */
const published = (): Unit[] =>
  (['tianshui-2020', 'shangjie-2020', 'hongqiao-2020'] as const).map((name) => ({ report: loadPublished(name), source: `${name}.nianbao` }));
const COLUMNS = ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT'];
const row = (v: Record<string, number | null>, table: string, r: string, columns: string[]) => columns.map((c) => v[`${table}.${r}.${c}`]);

describe('aggregation of the three published 2020 reports', () => {
  const result = aggregate(published(), '三地合计', 2020);
  if (!result.ok) throw new Error(result.message);
  const v = cellValues(result.report);

  it('equals the sums computed by hand from the published figures', () => {
    expect(row(v, 'apply', 'R1', COLUMNS)).toEqual([426, 22, 0, 4, 8, 2, 462]);
    expect(row(v, 'apply', 'R3_7', COLUMNS)).toEqual([438, 22, 0, 4, 8, 2, 474]);
    expect(row(v, 'apply', 'R3_6', COLUMNS)).toEqual([34, 2, 0, 0, 0, 0, 36]);
    expect(row(v, 'apply', 'R4', COLUMNS)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const five = ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'];
    expect([...row(v, 'review', 'RV', five), ...row(v, 'review', 'LD', five), ...row(v, 'review', 'LR', five)]).toEqual([17, 10, 2, 0, 29, 12, 1, 2, 0, 15, 6, 0, 0, 0, 6]);
    expect(v['active.LIC.DELTA']).toBe(-14);
    expect(v['active.FEE.DELTA']).toBe(-1);
    expect(v['active.PEN.DECISIONS']).toBe(324417);
    expect(v['active.NORM.TOTAL_PUBLIC']).toBe(283);
  });

  it('adds the amounts to the exact decimal', () => {
    expect(v['active.PROC.AMOUNT']).toBe(221205.701682);
  });

  it('is a report of the consolidating body, saying which units went into it', () => {
    expect([result.report.organization, result.report.year, result.report.edition]).toEqual(['三地合计', 2020, '2019']);
    expect(result.report.text.overview).toBe('本报告根据天水市人民政府、郑州市上街区人民政府、天津市红桥区人民政府等3个单位的政府信息公开工作年度报告汇总编制。');
    // Only entered cells are stored; totals stay computed.
    expect(Object.keys(result.report.cells).every((k) => !cellIndex(EDITIONS['2019']).byKey.get(k)!.derived)).toBe(true);
  });

  it('lists every unit with its counts and key figures', () => {
    expect(result.units.map((u) => [u.organization, u.source, u.errors, u.figures])).toEqual([
      ['天水市人民政府', 'tianshui-2020.nianbao', 0, { received: 93, concluded: 93, reviews: 19, lawsuits: 3 }],
      ['郑州市上街区人民政府', 'shangjie-2020.nianbao', 0, { received: 69, concluded: 71, reviews: 0, lawsuits: 2 }],
      ['天津市红桥区人民政府', 'hongqiao-2020.nianbao', 0, { received: 300, concluded: 310, reviews: 10, lawsuits: 16 }],
    ]);
    // shangjie-2020: 13 of 15 table-四 cells published (T4-01), a 前言 of 五部分 (S-08), and
    // half-width punctuation in its 前言, parts 一 and 五 (TXT-07).
    expect(result.units[1].warnings).toBe(5);
  });
});

describe('units to chase', () => {
  it('lists a unit whose report has errors, with their number', () => {
    const units = published();
    units[0] = { ...units[0], report: withCells(units[0].report, { 'apply.R4.NP': 5 }) };
    const result = aggregate(units, '合计', 2020);
    expect(result.ok && result.units.map((u) => u.errors)).toEqual([1, 0, 0]);
  });
});

describe('refusals name the files', () => {
  it('a unit of another edition', () => {
    const units = [...published(), { report: { ...loadFixture('sample-2024'), year: 2020, organization: '某局' }, source: '某局.nianbao' }];
    const result = aggregate(units, '合计', 2020);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('2020 年度应使用 2019 年版格式');
      expect(result.message).toContain('某局.nianbao（某局，2020 年度，2021 年版格式）');
      expect(result.message).not.toContain('tianshui');
    }
  });

  it('a unit of another year', () => {
    const result = aggregate([...published(), { report: loadFixture('sample-2024'), source: 'sample.nianbao' }], '合计', 2020);
    expect(!result.ok && result.message).toContain('以下报告不是 2020 年度的');
    expect(!result.ok && result.message).toContain('sample.nianbao');
  });

  it('the same unit twice', () => {
    const units = published();
    const result = aggregate([...units, { ...units[2], source: '红桥区-副本.nianbao' }], '合计', 2020);
    expect(!result.ok && result.message).toContain('同一单位的报告出现了不止一次');
    expect(!result.ok && result.message).toContain('hongqiao-2020.nianbao');
    expect(!result.ok && result.message).toContain('红桥区-副本.nianbao');
  });

  it.each(VARIANTS)('the same unit twice, its name differing by %s: refused, both files named', (_what, variant) => {
    const base = loadFixture('tianshui-2020');
    const units = [
      { report: { ...base, organization: NAME }, source: '一中.nianbao' },
      { report: { ...base, organization: '天水市第2中学' }, source: '二中.nianbao' },
      { report: { ...base, organization: variant }, source: '一中（重发）.nianbao' },
    ];
    const result = aggregate(units, '天水市', 2020);
    expect(result.ok).toBe(false);
    const message = !result.ok ? result.message : '';
    expect(message).toContain('同一单位的报告出现了不止一次');
    expect(message).toContain('一中.nianbao（天水市第1中学，');
    expect(message).toContain('一中（重发）.nianbao（');
    expect(message).not.toContain('二中.nianbao');
    // The message says why two names that look alike are one unit; it shows no hidden character itself.
    expect(message).toMatch(/名称中有不可见字符：U\+[0-9A-F]{4}|名称仅在全角半角或空格上不同/);
    expect(hiddenCharacters(message)).toEqual([]);
  });

  it('six files of three units, each sent twice in another spelling, are refused — never summed to twice the figure', () => {
    const base = withCells(loadFixture('tianshui-2020'), { 'apply.R1.NP': 60 });
    const names = ['甲镇人民政府', '乙镇人民政府', '丙镇人民政府'];
    const spellings = ['\u200B', '\u00A0', '\u3000'];
    const units = names.flatMap((name, i) => [
      { report: { ...base, organization: name }, source: `${i}.nianbao` },
      { report: { ...base, organization: name.slice(0, 2) + spellings[i] + name.slice(2) }, source: `${i}-重发.nianbao` },
    ]);
    const result = aggregate(units, '合计', 2020);
    expect(result.ok).toBe(false);
    for (const u of units) expect(!result.ok && result.message).toContain(u.source);
    expect(aggregate(units.filter((_, i) => i % 2 === 0), '合计', 2020)).toMatchObject({ ok: true, report: { cells: { 'apply.R1.NP': 180 } } });
  });

  it('nothing to aggregate', () => {
    expect(aggregate([], '合计', 2020)).toEqual({ ok: false, message: '没有可汇总的下级单位报告' });
  });
});

describe('sums, blanks and "/"', () => {
  it('every cell is the sum of the units’ cells; blank everywhere stays blank', () => {
    fc.assert(
      fc.property(fc.array(reportArbitrary('2021'), { minLength: 1, maxLength: 6 }), (reports) => {
        const units = reports.map((r, i) => ({ report: { ...r, year: 2023, organization: `单位${i}` }, source: `${i}.nianbao` }));
        const result = aggregate(units, '合计', 2023);
        if (!result.ok) throw new Error(result.message);
        for (const cell of cellIndex(EDITIONS['2021']).entered) {
          const present = units.map((u) => u.report.cells[cell.key]).filter((x) => x !== undefined);
          const got = result.report.cells[cell.key];
          if (present.length === 0) expect(got === undefined || got === 0).toBe(true);
          else if (cell.kind === 'amount') expect(Math.round(got * 1e6)).toBe(present.reduce((s, x) => s + Math.round(x * 1e6), 0));
          else expect(got).toBe(present.reduce((s, x) => s + x, 0));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps "/" where every unit has "/", and counts it as 0 beside figures', () => {
    const base = loadFixture('sample-2024');
    const a = { ...withCells(base, { 'active.REG.ISSUED': undefined }), organization: '甲', notApplicable: ['active.REG.ISSUED'] };
    const b = { ...withCells(base, { 'active.REG.ISSUED': undefined }), organization: '乙', notApplicable: ['active.REG.ISSUED'] };
    const c = { ...base, organization: '丙' };
    const both = aggregate([{ report: a, source: 'a' }, { report: b, source: 'b' }], '合计', 2024);
    expect(both.ok && both.report.notApplicable).toEqual(['active.REG.ISSUED']);
    const mixed = aggregate([{ report: a, source: 'a' }, { report: c, source: 'c' }], '合计', 2024);
    expect(mixed.ok && [mixed.report.notApplicable, mixed.report.cells['active.REG.ISSUED']]).toEqual([[], 1]);
  });

  it('adds the 信息处理费 figures, leaving unknown ones unknown', () => {
    const base = loadFixture('sample-2024');
    const units = [
      { report: { ...base, organization: '甲', fees: { noticeCount: 2, noticeAmountYuan: 0.1, collectedYuan: 0.2 } }, source: 'a' },
      { report: { ...base, organization: '乙', fees: { noticeCount: 1, noticeAmountYuan: 0.2, collectedYuan: null } }, source: 'b' },
    ];
    const result = aggregate(units, '合计', 2024);
    // 0.1 + 0.2 is 0.30000000000000004 in plain floating point.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(result.ok && result.report.fees).toEqual({ noticeCount: 3, noticeAmountYuan: 0.3, collectedYuan: 0.2 });
  });
});
