// 汇总 from files: a sum too large to be exact is refused, naming the cell (issue 12: an
// overflowing sum used to be written into the draft as null).

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

  it.each([
    ['a count past 2^53', { 'apply.R1.NP': 2 ** 52 }, 'apply.R1.NP'],
    ['an amount in 万元 past what millionths hold exactly', { 'active.PROC.AMOUNT': 5e9 }, 'active.PROC.AMOUNT'],
  ])('refuses %s, naming the cell', async (_name, cells, key) => {
    const dir = tempDir();
    writeDraft(dir, 'a.nianbao', unit('甲局', cells));
    writeDraft(dir, 'b.nianbao', unit('乙局', cells));
    const { result } = await aggregateFiles([dir], '天水市', 2020);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(new RegExp(`^汇总后“.+”“.+”（${key.replaceAll('.', '\\.')}）的合计过大，无法精确计算，请核对各单位报告中的这一数字$`));
  });
});
