// 单位一览 in Chromium (issue 25 acceptance): the county's folder opened from the start page, the
// office's roster imported, sorted by errors; a unit's draft opened with the remarks panel, a
// remark added and saved; back at the desk that unit's row shows the open remark.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPECIAL, YEAR, writeCounty, type County } from '../deskFixtures';
import { axeViolations } from './axe';
import { startApp, type App } from './app';

let app: App;
let county: County;
beforeAll(async () => {
  app = await startApp();
  county = await writeCounty(app.workDir);
});
afterAll(async () => {
  await app?.close();
});

const row = (page: Page, name: string) => page.locator(`tr[data-unit="${name}"]`);
const cellOf = (page: Page, name: string, column: string) => row(page, name).locator(`td[data-column="${column}"]`);
const summary = (page: Page) => page.getByTestId('desk-summary').textContent();
const shots = process.env.NIANBAO_SCREENSHOTS;

describe('单位一览 in the app', () => {
  it('opens the desk, sorts by errors, opens a unit, adds a remark, saves, and is back with that unit’s row updated', async () => {
    const page = await app.page();
    await page.getByLabel('报告年度').selectOption(String(YEAR));
    app.harness.dialogs.queue(county.folder);
    await page.getByRole('button', { name: '选择各单位报告所在文件夹…' }).click();
    // A county's folder: the worker reads it in the background (progress shown past half a second).
    await page.getByTestId('desk-summary').waitFor({ timeout: 60_000 });
    // Without a roster the desk expects every unit with a draft of this year or last.
    expect(await page.getByText('单位名册：按文件夹中的草稿生成').count()).toBe(1);

    app.harness.dialogs.queue(county.register);
    await page.getByRole('button', { name: '导入单位名册…' }).click();
    await page.getByText('已导入单位名册').waitFor({ timeout: 60_000 });
    expect(existsSync(join(county.folder, '单位名册.csv'))).toBe(true);
    expect(await summary(page)).toBe('已收到 57/60 · 未收到 3 · 年度不符 1 · 无法读取 1 · 有错误 1 · 有未处理意见 1 · 已退回未改回 1 · 逾期 5 · 雷同 2 · 名册外 1 · 合格 52/60');

    // Last year's folder: last year's figures beside this year's, and 与上年重复.
    app.harness.dialogs.queue(county.prior);
    await page.getByRole('button', { name: '选择上年报告文件夹…' }).click();
    await page.getByText('已读取上年报告').waitFor({ timeout: 60_000 });
    expect(await cellOf(page, SPECIAL.renamed, 'received').textContent()).toMatch(/^\d+（\d+）$/);
    expect(await cellOf(page, SPECIAL.renamed, 'repetition').textContent()).toMatch(/^\d+%$/);

    // The printed table (Chromium's PDF, as the app makes it): A4 landscape.
    const pdf = join(app.workDir, '单位一览.pdf');
    app.harness.dialogs.queue(pdf);
    await page.getByRole('toolbar', { name: '单位一览' }).getByRole('button', { name: '导出 ▾' }).click();
    await page.getByRole('menuitem', { name: '导出打印表（PDF）…' }).click();
    await page.getByText('已导出“单位一览.pdf”').waitFor({ timeout: 30_000 });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info)!.map(Number);
    expect(width).toBeGreaterThan(height);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1);
    if (shots) copyFileSync(pdf, join(shots, 'desk.pdf'));

    const errors = page.getByRole('columnheader', { name: '错误', exact: true });
    await errors.getByRole('button').click();
    expect(await errors.getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('.desk-table tbody tr').first().getAttribute('data-unit')).toBe(SPECIAL.errors);
    expect(await cellOf(page, SPECIAL.errors, 'errors').textContent()).toBe('1');
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'desk-1366.png') });
    }
    expect(await axeViolations(page)).toEqual([]);

    const unit = `${'示例县'}公安局`;
    expect(await cellOf(page, unit, 'openRemarks').textContent()).toBe('0');
    await row(page, unit).getByRole('button', { name: unit }).click();
    await page.waitForSelector('.workspace');
    expect(await page.getByRole('navigation', { name: '单位一览' }).isVisible()).toBe(true);
    await page.getByRole('region', { name: '审核和发布' }).getByLabel('姓名').fill('李主任');
    await page.getByRole('button', { name: '添加审核意见' }).click();
    const form = page.getByRole('form', { name: '添加审核意见' });
    await form.getByLabel('意见').fill('请补充政务公开平台建设情况。');
    await form.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByText('已添加审核意见。').waitFor();
    await page.keyboard.press('Control+s');
    await page.getByText(`已保存到“${unit}.nianbao”`).waitFor();
    if (shots) await page.screenshot({ path: join(shots, 'desk-unit-1366.png') });

    await page.getByRole('button', { name: '← 返回单位一览' }).click();
    await expect.poll(() => cellOf(page, unit, 'openRemarks').textContent(), { timeout: 60_000 }).toBe('1');
    expect(await cellOf(page, unit, 'flags').textContent()).toBe('意见未处理');
    expect(await summary(page)).toContain('有未处理意见 2');
    // Still sorted by errors, and the unit just opened is marked.
    expect(await page.locator('.desk-table tbody tr').first().getAttribute('data-unit')).toBe(SPECIAL.errors);
    expect(await row(page, unit).getAttribute('class')).toContain('last');
    expect((page as Page & { problems: string[] }).problems).toEqual([]);
    await page.close();
    // Each reading of the folder starts the parsing workers (from source under the tests: seconds each).
  }, 180_000);
});
