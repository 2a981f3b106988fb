// 汇总 from files: a sum beyond the limits every figure is held to (shared/report/limits) is
// refused, naming the cell and the units (issue 12: an overflowing sum used to be written as null).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateFiles } from '../../electron/services/aggregate';
import { loadFixture, withCells } from '../helpers';
import { tempDir, writeDraft } from './cliHarness';

const unit = (organization: string, cells: Record<string, number>) => ({ ...withCells(loadFixture('tianshui-2020'), cells), organization });

describe('aggregateFiles', () => {
  it('sums units read through the worker', async () => {
    const dir = tempDir();
    writeDraft(dir, 'a.nianbao', unit('甲局', { 'apply.R1.NP': 5 }));
    writeDraft(dir, 'b.nianbao', unit('乙局', { 'apply.R1.NP': 7 }));
    const { result, unreadable } = await aggregateFiles([dir], '天水市', 2020);
    expect(unreadable).toEqual([]);
    expect(result.ok && result.report.cells['apply.R1.NP']).toBe(12);
  });

  it('keeps every reason an unreadable draft was refused for, not only its first line', async () => {
    const dir = tempDir();
    writeDraft(dir, 'a.nianbao', unit('甲局', { 'apply.R1.NP': 5 }));
    writeFileSync(join(dir, 'b.nianbao'), JSON.stringify({ kind: 'nianbao-draft', fileVersion: 3, savedAt: '', report: { ...unit('乙局', {}), year: '2020' }, prior: null }));
    const { unreadable } = await aggregateFiles([join(dir, 'a.nianbao'), join(dir, 'b.nianbao')], '天水市', 2020);
    expect(unreadable).toEqual([{ file: join(dir, 'b.nianbao'), reason: '文件内容有误：report.year 应为数字，实际为文本 "2020"' }]);
  });

  it.each([
    ['a count', { 'apply.R1.NP': 600_000_000_000 }, '“三、收到和处理政府信息公开申请情况”表「一、本年新收政府信息公开申请数量 / 自然人」'],
    ['an amount in 万元', { 'active.PROC.AMOUNT': 5e9 }, '“二、主动公开政府信息情况”表「政府集中采购 / 采购总金额」'],
  ])('refuses %s whose sum passes the limit every figure is held to, naming the cell and the units', async (_name, cells, cellName) => {
    const dir = tempDir();
    writeDraft(dir, 'a.nianbao', unit('甲局', cells));
    writeDraft(dir, 'b.nianbao', unit('乙局', cells));
    const { result } = await aggregateFiles([dir], '天水市', 2020);
    expect(result.ok).toBe(false);
    const message = !result.ok ? result.message : '';
    expect(message.startsWith(`汇总后${cellName}合计为 `)).toBe(true);
    expect(message).toContain('未生成汇总报告');
    expect(message).toMatch(/a\.nianbao（甲局）/);
    expect(message).toMatch(/b\.nianbao（乙局）/);
  });
});
