// Prompts like Word's (issue: editor parity, 5): every place that would discard unsaved edits
// (新建, 打开, 新建下一年度, 导入, 汇总 — buttons and menu) asks 保存 / 不保存 / 取消 in the page, and
// each answer does what it says. (Closing the window: test/electron/main/app.test.ts.)

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../shared/draft';
import { cell, goToPart, newReport, startApp, type App } from './app';
import { fixturePath, referencePath } from '../helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function editedReport(): Promise<Page> {
  const page = await app.page();
  await newReport(page, '某县统计局', 2024);
  await goToPart(page, 'applications');
  await cell(page, 'apply.R1.NP').focus();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  return page;
}

const question = (page: Page) => page.getByRole('dialog', { name: '是否保存对当前报告的修改？' });

describe('unsaved edits', () => {
  it('新建 asks 保存 / 不保存 / 取消; 取消 keeps the report as it is', async () => {
    const page = await editedReport();
    await page.getByRole('button', { name: '新建', exact: true }).click();
    const dialog = question(page);
    await dialog.waitFor();
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['保存', '不保存', '取消']);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await cell(page, 'apply.R1.NP').inputValue()).toBe('12');
    // Esc is 取消 too.
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.workspace').count()).toBe(1);
    await page.close();
  });

  it('不保存 goes on without saving', async () => {
    const page = await editedReport();
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await question(page).getByRole('button', { name: '不保存' }).click();
    await page.getByLabel('机关全称').waitFor();
    expect(await page.locator('.workspace').count()).toBe(0);
    await page.close();
  });

  it('保存 saves first, then goes on; canceling the save dialog stays', async () => {
    const page = await editedReport();
    app.harness.dialogs.queue(null); // the clerk cancels the save-as dialog
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await question(page).getByRole('button', { name: '保存', exact: true }).click();
    await question(page).waitFor({ state: 'hidden' });
    expect(await page.locator('.workspace').count()).toBe(1);

    const path = join(app.workDir, '统计局-保存后新建.nianbao');
    app.harness.dialogs.queue(path);
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await question(page).getByRole('button', { name: '保存', exact: true }).click();
    await page.getByLabel('机关全称').waitFor();
    expect(existsSync(path)).toBe(true);
    const saved = parseDraft(readFileSync(path, 'utf8'));
    expect(saved.ok && saved.draft.report.cells['apply.R1.NP']).toBe(12);
    await page.close();
  });

  it.each([
    ['打开…', null],
    ['新建下一年度', null],
    ['导入已发布的年报', 'importPublished'],
    ['汇总下级单位报告', 'aggregate'],
    ['新建（菜单）', 'new'],
  ] as const)('%s asks first; 取消 keeps the report as it is', async (label, command) => {
    const page = await editedReport();
    if (command) await page.evaluate((c) => (window as unknown as { menuCommand(c: string): void }).menuCommand(c), command);
    else await page.getByRole('button', { name: label, exact: true }).click();
    const dialog = question(page);
    await dialog.waitFor();
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['保存', '不保存', '取消']);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await cell(page, 'apply.R1.NP').inputValue()).toBe('12');
    expect(await page.title()).toBe('未命名报告 ● — 年报编辑器');
    await page.close();
  });

  it('while a question is open, the editor’s shortcuts wait: Ctrl+O opens nothing behind the import confirmation', async () => {
    const page = await app.page();
    await newReport(page, '某县统计局', 2024);
    app.harness.dialogs.queue(referencePath('published', 'hongqiao-2020.txt'));
    await page.evaluate(() => (window as unknown as { menuCommand(c: string): void }).menuCommand('importPublished'));
    const confirm = page.getByRole('dialog', { name: '导入已发布的年报：请确认' });
    await confirm.waitFor();
    const other = fixturePath('tianshui-2020');
    app.harness.dialogs.queue(other);
    await page.keyboard.press('Control+o');
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await page.getByLabel('机关名称').inputValue()).toBe('某县统计局');
    // The open dialog was never asked: its queued answer is still there.
    expect(await app.harness.dialogs.chooseDraftToOpen()).toBe(other);
    await page.close();
  });

  it('two quick Ctrl+S save one after the other, without a 文件已在别处被修改 question', async () => {
    const page = await editedReport();
    const path = join(app.workDir, '连按保存.nianbao');
    app.harness.dialogs.queue(path);
    await page.keyboard.press('Control+s');
    await page.getByText('已保存到“连按保存.nianbao”').waitFor();
    await cell(page, 'apply.R1.NP').focus();
    await page.keyboard.type('34');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+s');
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await page.locator('.file').textContent())?.includes('有未保存的修改')).toBe(false);
    expect(await page.getByRole('dialog', { name: '文件已在别处被修改' }).count()).toBe(0);
    const saved = parseDraft(readFileSync(path, 'utf8'));
    expect(saved.ok && saved.draft.report.cells['apply.R1.NP']).toBe(34);
    await page.close();
  });

  it('a request that main cannot answer is told to the clerk, and the edits stay', async () => {
    const page = await editedReport();
    await page.route('**/api/saveDocument', (route) => route.abort());
    app.harness.dialogs.queue(join(app.workDir, '无法送达.nianbao'));
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.locator('.notice-error', { hasText: '操作未能完成：程序内部出错。当前的内容没有丢失' }).waitFor();
    expect(await cell(page, 'apply.R1.NP').inputValue()).toBe('12');
    expect(await page.locator('.file').textContent()).toContain('有未保存的修改');
    await page.close();
  });
});
