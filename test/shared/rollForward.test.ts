// Starting next year from this year (rollForward) and moving a report to the 2021 form
// (convertTo2021): carry-overs per column, and nothing dropped without a note.

import { describe, expect, it } from 'vitest';
import { convertTo2021, parseDraft, rollForward, serializeDraft } from '../../shared/draft';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { cellValues, reconcile } from '../../shared/reconcile';
import { loadFixture, withCells } from '../helpers';

const COLUMNS = ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH'];

describe('rollForward', () => {
  it.each(['tianshui-2020', 'hongqiao-2020', 'shangjie-2020'] as const)('%s → 2021: 上年结转 equals 2020’s 结转下年度, column by column', (name) => {
    const prior = loadFixture(name);
    const { report } = rollForward(prior);
    const before = cellValues(prior);
    for (const c of COLUMNS) expect(report.cells[`apply.R2.${c}`]).toBe(before[`apply.R4.${c}`]);
    expect([report.year, report.edition, report.organization, report.title]).toEqual([2021, '2021', prior.organization, null]);
    expect(report.text).toEqual(prior.text);
    expect(report.fees).toEqual({ noticeCount: null, noticeAmountYuan: null, collectedYuan: null });
    // Only the carry-overs: this year's figures start blank.
    expect(Object.keys(report.cells).every((k) => k.startsWith('apply.R2.'))).toBe(true);
    expect(reconcile(report, prior).filter((f) => f.rule === 'T3-05')).toEqual([]);
  });

  it('lists, across the edition change, what has no place in the 2021 form', () => {
    const { notes } = rollForward(loadFixture('hongqiao-2020'));
    expect(notes.map((n) => n.rule)).toEqual(['CONV-01', 'CONV-02', 'CONV-03']);
    expect(notes[0].message).toContain('规范性文件对外公开总数量 3');
    expect(notes[0].message).toContain('现行有效件数已留空');
    expect(notes[2].message).toContain('行政许可本年增/减 -75');
    expect(notes[2].message).toContain('政府集中采购采购总金额 14957.701682');
  });

  it('2019 → 2020 (same edition): 上一年项目数量 = 上一年项目数量 + 本年增/减, and no notes', () => {
    const prior = { ...loadFixture('hongqiao-2020'), year: 2019 };
    const { report, notes } = rollForward(prior);
    expect(report.edition).toBe('2019');
    expect(report.cells['active.LIC.PREV_ITEMS']).toBe(484 - 75);
    expect(report.cells['active.PEN.PREV_ITEMS']).toBe(996 + 61);
    expect(report.cells['active.FEE.PREV_ITEMS']).toBe(15);
    expect(notes).toEqual([]);
    expect(reconcile(report, prior).filter((f) => f.rule === 'T2A-04')).toEqual([]);
  });

  it('2021 edition onwards: carries 结转, and 现行有效件数 as a starting point, said in a note', () => {
    const prior = loadFixture('sample-2024');
    const { report, notes } = rollForward(prior);
    expect([report.year, report.edition]).toEqual([2025, '2021']);
    expect(report.cells['apply.R2.NP']).toBe(5);
    expect([report.cells['active.REG.IN_FORCE'], report.cells['active.NORM.IN_FORCE']]).toEqual([12, 64]);
    expect(Object.keys(report.cells).filter((k) => k.startsWith('active.'))).toEqual(['active.REG.IN_FORCE', 'active.NORM.IN_FORCE']);
    expect(notes).toEqual([
      {
        rule: 'CONV-05',
        message: '表二的现行有效件数已按 2024 年报告填入（规章 12 件、行政规范性文件 64 件）。本年有制发或废止的，请相应更新：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。',
      },
    ]);
    // T2B-03 then checks it against this year's 制发 and 废止.
    const issued = withCells(report, { 'active.REG.ISSUED': 2, 'active.REG.REPEALED': 0, 'active.NORM.ISSUED': 0, 'active.NORM.REPEALED': 0 });
    expect(reconcile(issued, prior).filter((f) => f.rule === 'T2B-03').map((f) => f.cells[0])).toEqual(['active.REG.IN_FORCE']);
    // A blank last year stays blank: nothing invented.
    const { report: blank, notes: none } = rollForward(withCells(prior, { 'active.REG.IN_FORCE': undefined, 'active.NORM.IN_FORCE': undefined }));
    expect(blank.cells['active.REG.IN_FORCE']).toBeUndefined();
    expect(none).toEqual([]);
  });

  it('leaves a blank 结转下年度 blank rather than inventing 0', () => {
    const { report } = rollForward(withCells(loadFixture('sample-2024'), { 'apply.R4.LAW': undefined }));
    expect(report.cells['apply.R2.LAW']).toBeUndefined();
  });
});

describe('what next year keeps of this year', () => {
  it('keeps a 署名 the clerk wrote, not the 成文日期, the sources, the ledger rows or the life of last year', () => {
    const prior = {
      ...loadFixture('sample-2024'),
      closing: { signature: '示例区人民政府办公室', date: '2025-01-20' },
      provenance: { 'apply.R1.NP': { place: { kind: 'text' as const, line: 3, column: 4 }, printed: '120', snippet: '120', proof: 'header' as const } },
      ledgers: [{ source: '台账.xlsx', sheet: '登记表', countedAt: '2025-01-05T09:00:00+08:00', rows: { 'apply.R1.NP': [4, 5] } }],
    };
    const { report } = rollForward(prior);
    expect(report.closing).toEqual({ signature: '示例区人民政府办公室', date: null });
    expect(report.provenance).toEqual({});
    expect(report.ledgers).toEqual([]);
    expect(report.workflow).toEqual({ history: [], versions: {}, remarks: [] });
  });

  it('a draft remembers last year without last year’s versions, sources or ledger rows', () => {
    const prior = {
      ...loadFixture('sample-2024'),
      provenance: { 'apply.R1.NP': { place: { kind: 'text' as const, line: 3, column: 4 }, printed: '120', snippet: '120', proof: 'header' as const } },
    };
    const saved = parseDraft(serializeDraft(rollForward(prior).report, new Date(), prior));
    expect(saved.ok && saved.draft.prior).toEqual({ ...prior, provenance: {} });
  });
});

describe('convertTo2021', () => {
  it('moves a 2021 report still in the 2019 form, splitting nothing silently', () => {
    const old = { ...loadFixture('tianshui-2020'), year: 2021 };
    expect(reconcile(old).map((f) => f.rule)).toContain('S-03');
    const { report, notes } = convertTo2021(withCells(old, { 'apply.R3_6.NP': 3 }));
    expect(report.edition).toBe('2021');
    expect(report.cells['active.NORM.ISSUED']).toBe(19); // 本年新制作数量
    expect(report.cells['active.LIC.DECISIONS']).toBe(72036);
    expect(report.cells['apply.R3_6_3.NP']).toBe(3); // （六）其他处理 → 3.其他, to split
    expect(report.cells['apply.R1.NP']).toBe(80);
    expect(Object.keys(report.cells).every((k) => cellIndex(EDITIONS['2021']).byKey.has(k))).toBe(true);
    expect(notes.map((n) => n.rule)).toEqual(['CONV-01', 'CONV-02', 'CONV-03']);
    expect(notes[2].message).toContain('规范性文件本年新公开数量 19');
    expect(notes[2].message).toContain('政府集中采购采购总金额 157325');
    expect(reconcile(report).map((f) => f.rule)).not.toContain('S-03');
  });

  it('keeps what an import could not establish where a cell moves one to one, and drops marks of cells with no place', () => {
    const mark = (detail: string) => ({ reason: 'blankAsZero' as const, detail });
    const old = { ...loadFixture('tianshui-2020'), year: 2021, importMarks: { 'apply.R1.BIZ': mark('a'), 'apply.R3_6.NP': mark('b'), 'active.PROC.AMOUNT': mark('c') } };
    expect(convertTo2021(old).report.importMarks).toEqual({ 'apply.R1.BIZ': mark('a'), 'apply.R3_6_3.NP': mark('b') });
  });

  it('moves where a figure came from and its ledger rows with the figure', () => {
    const source = (snippet: string) => ({ place: { kind: 'text' as const, line: 1, column: 0 }, printed: '7', snippet, proof: 'header' as const });
    const old = {
      ...loadFixture('tianshui-2020'),
      year: 2021,
      provenance: { 'apply.R3_6.NP': source('a'), 'active.PROC.AMOUNT': source('b') },
      ledgers: [{ source: '台账.xlsx', sheet: '表1', countedAt: '2026-01-05T09:00:00+08:00', rows: { 'apply.R3_6.NP': [7], 'active.PROC.ITEMS': [8] } }],
    };
    const { report } = convertTo2021(old);
    expect(report.provenance).toEqual({ 'apply.R3_6_3.NP': source('a') });
    expect(report.ledgers[0].rows).toEqual({ 'apply.R3_6_3.NP': [7] });
  });

  it('leaves a 2021-edition report as it is', () => {
    const report = loadFixture('sample-2024');
    expect(convertTo2021(report)).toEqual({ report, notes: [] });
  });
});
