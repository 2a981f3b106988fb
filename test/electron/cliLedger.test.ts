// `ledger` on the command line: tables 三 and 四 counted into a new draft (or one --into), exit 0
// when every row was placed, 1 when rows were left out (listed, --json {cells, unplaced, counted,
// findings}), 2 when a file cannot be read; `ledger --template` writes the template.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../shared/draft';
import { blankReport } from '../../shared/report';
import { cli, tempDir, writeDraft } from './cliHarness';

const dir = tempDir();
const ledger = join(dir, '台账.csv');
writeFileSync(
  ledger,
  [
    '2025年政府信息公开申请登记台账,,,,,',
    ',,,,,',
    '序号,收到日期,申请人类型,办理结果,理由,答复日期',
    '1,2025-01-06,公民,同意公开,,2025/1/20',
    '2,2024-12-20,律师事务所,无法提供,信息不存在,2025年1月3日',
    '3,2025-12-30,企业,,,',
    '4,2025-03-01,居委会,公开,,2025-03-05',
    '',
  ].join('\n'),
);
const cases = join(dir, '复议诉讼台账.csv');
writeFileSync(cases, '序号,案件类别,收到日期,审结日期,审结结果\n1,行政复议,2025-02-01,2025-04-01,维持\n2,直接起诉,2025-05-01,,审理中\n');

describe('ledger', () => {
  it('lists the rows it left out and exits 1; with the value mapped, every row counts and it exits 0', async () => {
    const first = await cli('ledger', ledger, '--year', '2025', '--cases', cases, '-o', join(dir, 'a.nianbao'), '--json');
    expect(first.code).toBe(1);
    const out = JSON.parse(first.stdout);
    expect(out.unplaced).toEqual([{ row: 7, reason: '申请人类型“居委会”未能识别，请指定它对应的类别' }]);
    expect(out.counted).toBe(3);
    expect(out.casesCounted).toBe(2);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(['LED-02']);
    expect(out.cells).toMatchObject({ 'apply.R1.NP': 1, 'apply.R1.BIZ': 1, 'apply.R1.TOT': 2, 'apply.R2.LAW': 1, 'apply.R3_4_1.LAW': 1, 'apply.R4.BIZ': 1, 'review.RV.UPHELD': 1, 'review.LD.PENDING': 1, 'review.RV.TOTAL': 1 });
    const written = parseDraft(readFileSync(join(dir, 'a.nianbao'), 'utf8'));
    expect(written.ok && written.draft.report.ledgers.map((l) => [l.source, l.rows['apply.R1.NP']])).toEqual([
      ['台账.csv', [4]],
      ['复议诉讼台账.csv', undefined],
    ]);

    const mapping = join(dir, '映射.json');
    writeFileSync(mapping, JSON.stringify({ values: { applicantType: { 居委会: '其他' } } }));
    const base = writeDraft(dir, '草稿.nianbao', { ...blankReport('某某区人民政府', 2025), text: { ...blankReport('', 2025).text, overview: '总体情况。' } });
    const second = await cli('ledger', ledger, '--year', '2025', '--mapping', mapping, '--into', base, '-o', join(dir, 'b.nianbao'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('读取 4 行，计入 2025 年度 4 行，其他年度 0 行，未能计入 0 行');
    const into = parseDraft(readFileSync(join(dir, 'b.nianbao'), 'utf8'));
    expect(into.ok && [into.draft.report.organization, into.draft.report.text.overview, into.draft.report.cells['apply.R1.OTH']]).toEqual(['某某区人民政府', '总体情况。', 1]);
  });

  it('exits 2, writing nothing, when a file cannot be read or the draft is of another year', async () => {
    const out = join(dir, 'c.nianbao');
    const missing = await cli('ledger', join(dir, '没有.xlsx'), '--year', '2025', '-o', out);
    expect([missing.code, missing.stderr]).toEqual([2, `无法读取台账 ${join(dir, '没有.xlsx')}：文件不存在`]);
    const badMapping = join(dir, '坏.json');
    writeFileSync(badMapping, '{"values": {"applicantType": {"居委会": "村委会"}}}');
    const refused = await cli('ledger', ledger, '--year', '2025', '--mapping', badMapping, '-o', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('“村委会”不是 2021 年版格式中的类别');
    const other = await cli('ledger', ledger, '--year', '2025', '--into', writeDraft(dir, '2024.nianbao', blankReport('某局', 2024)), '-o', out);
    expect([other.code, other.stderr]).toEqual([2, `${join(dir, '2024.nianbao')} 是 2024 年度的报告，与 --year 2025 不一致`]);
    expect(existsSync(out)).toBe(false);
    expect((await cli('ledger', ledger, '-o', out)).code).toBe(2);
  });

  it('writes the template, never over a file', async () => {
    const path = join(dir, '台账模板.xlsx');
    const written = await cli('ledger', '--template', path, '--year', '2025');
    expect([written.code, written.stdout]).toEqual([0, `已写入台账模板 ${path}（2025 年度，2021 年版格式的类别）`]);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect((await cli('ledger', '--template', path, '--year', '2025')).code).toBe(2);
  });
});
