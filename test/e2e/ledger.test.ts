// 从台账统计 in Chromium: a ledger imported, one unknown value mapped, the counts applied, undone
// and applied again (the mapping now remembered), and a counted cell showing its ledger rows.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, goToPart, newReport, startApp, type App } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const dir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
const ledger = join(dir, '2025年申请登记台账.csv');
writeFileSync(
  ledger,
  [
    '2025年政府信息公开申请登记台账,,,,,',
    '序号,收到日期,申请人姓名,申请人类型,办理结果,答复日期',
    '1,2025-01-06,张三,公民,同意公开,2025/1/20',
    '2,2025年2月3日,李四,个人,公开,2025-02-10',
    '3,2024-12-20,某某律师事务所,律师事务所,信息不存在,2025-01-03',
    '4,2025-03-01,王五,来访群众,公开,2025-03-05',
    '5,2025-12-30,某某有限公司,企业,,',
    '',
  ].join('\n'),
);

let pageRef: Awaited<ReturnType<App['page']>> | undefined;
const value = (key: string) => cell(pageRef!, key).inputValue();

describe('从台账统计', () => {
  it('imports a ledger, maps one unknown value, applies, undoes, applies; a cell shows its rows', async () => {
    const page = (pageRef = await app.page());
    await newReport(page, '某某区人民政府', 2025);
    await goToPart(page, 'applications');
    const open = async () => {
      app.harness.dialogs.queue(ledger);
      await page.getByRole('toolbar', { name: '表格' }).getByRole('button', { name: '台账 ▾' }).click();
      await page.getByRole('menuitem', { name: '从台账统计…' }).click();
      const dialog = page.getByRole('dialog', { name: '从台账统计' });
      await dialog.locator('.ledger-summary').waitFor();
      return dialog;
    };

    const dialog = await open();
    expect(await dialog.locator('.ledger-summary').textContent()).toBe('读取 5 行：计入 2025 年度 4 行，其他年度 0 行，未能计入 1 行');
    await dialog.getByLabel('申请人类型“来访群众”（第 6 行）').selectOption({ label: '自然人' });
    await dialog.locator('.ledger-summary', { hasText: '计入 2025 年度 5 行' }).waitFor();
    expect(await dialog.locator('.ledger-unknown').count()).toBe(0);
    expect(await dialog.locator('[data-change="apply.R1.NP"]').textContent()).toBe('一、本年新收政府信息公开申请数量 / 自然人空白3');
    await dialog.getByRole('button', { name: '写入报告' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect([await value('apply.R1.NP'), await value('apply.R2.LAW'), await value('apply.R3_1.NP'), await value('apply.R4.BIZ'), await value('apply.R3_2.NP')]).toEqual(['3', '1', '3', '1', '0']);

    await page.keyboard.press('Control+z');
    expect([await value('apply.R1.NP'), await value('apply.R3_2.NP')]).toEqual(['', '']);

    // Again: the mapping made once is remembered for this layout, nothing to map.
    const again = await open();
    expect(await again.locator('.ledger-summary').textContent()).toBe('读取 5 行：计入 2025 年度 5 行，其他年度 0 行，未能计入 0 行');
    expect(await again.locator('.ledger-columns summary').textContent()).toContain('沿用上次保存的对应关系');
    await again.getByRole('button', { name: '写入报告' }).click();
    await again.waitFor({ state: 'hidden' });
    expect(await value('apply.R3_1.NP')).toBe('3');

    // Which applications make up 自然人 · 予以公开 = 3.
    await cell(page, 'apply.R3_1.NP').focus();
    const rows = page.getByRole('region', { name: '本格来自台账的行' });
    expect(await rows.locator('p').first().textContent()).toContain('（一）予以公开 · 自然人 = 3：台账“2025年申请登记台账.csv”（2025年申请登记台账）第 3–4、6 行，共 3 件');
    await rows.getByRole('button', { name: '查看这些申请' }).click();
    const table = rows.getByRole('region', { name: '台账中的这些行' });
    await table.waitFor();
    expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent))).toEqual([
      '32025-01-06张三公民同意公开2025/1/20',
      '42025年2月3日李四个人公开2025-02-10',
      '62025-03-01王五来访群众公开2025-03-05',
    ]);
    expect(await page.locator('#msg-apply\\.R3_1\\.NP').textContent()).toContain('来自台账：“2025年申请登记台账.csv”第 3–4、6 行');
    expect((page as typeof page & { problems: string[] }).problems).toEqual([]);
    await page.close();
  });
});
