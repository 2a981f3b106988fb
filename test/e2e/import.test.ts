// 文件 → 导入已发布的年报 in the app: the published page becomes a draft, with what could not be
// recognised listed beside it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { cell, goToPart, startApp, type App } from './app';
import { referencePath } from '../helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('导入已发布的年报', () => {
  it('imports shangjie-2020 and lists table 四 as incomplete', async () => {
    const page = await app.page();
    app.harness.dialogs.queue(referencePath('published', 'shangjie-2020.txt'));
    await page.getByRole('button', { name: '导入已发布的年报…' }).click();
    await page.waitForSelector('.workspace');
    expect(await page.locator('.conversion-notes').textContent()).toContain('识别单元格 165 个，未能识别 1 个');
    expect(await page.locator('.conversion-notes').textContent()).toContain('只找到 13 个单元格，格式应有 15 个');
    await goToPart(page, 'applications');
    expect(await cell(page, 'apply.R1.TOT').textContent()).toBe('69');
    await goToPart(page, 'review');
    expect(await cell(page, 'review.LR.PENDING').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
