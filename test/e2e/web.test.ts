// `npm run web` as a demonstration (test/harness/webMode.ts): the file choosers open the
// browser's own picker and upload to the harness, saves and exports are offered as downloads
// from the folder the page names, and reloading with unsaved edits asks first.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../shared/draft';
import { launchChromium } from '../browser';
import { startHarness, type Harness } from '../harness/server';
import { createWebMode } from '../harness/webMode';
import { fixturePath, referencePath } from '../helpers';
import { cell, goToPart, exportFromToolbar } from './app';

let browser: Browser;
let harness: Harness;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'nianbao-web-'));
  harness = await startHarness({ rendererDir: resolve('dist/renderer'), samplePath: fixturePath('sample-2024'), workDir: folder, web: await createWebMode(folder) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(5000);
  await page.goto(harness.url);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

/** Clicks the button and answers the browser's file picker with the given files or folder. */
async function pick(page: Page, button: string, files: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button, exact: true }).click()]);
  await chooser.setFiles(files);
}

async function typeInto(page: Page, key: string, text: string): Promise<void> {
  await cell(page, key).fill(text);
  await page.keyboard.press('Tab');
}

describe('npm run web', () => {
  it('opens a draft through the file picker, saves it, and offers the saved file for download', async () => {
    const picked = readFileSync(fixturePath('tianshui-2020'));
    const page = await open();
    expect(await page.locator('.web-mode').textContent()).toContain(folder);
    await pick(page, '打开草稿…', fixturePath('tianshui-2020'));
    await page.waitForSelector('.workspace');
    expect(await page.locator('.file').textContent()).toBe('tianshui-2020.nianbao');

    await goToPart(page, 'applications');
    await typeInto(page, 'apply.R1.NP', '61');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存到“tianshui-2020.nianbao”').waitFor();
    // The upload was saved over, in the run's folder; the file picked is untouched.
    const saved = parseDraft(readFileSync(join(folder, '上传', '1', 'tianshui-2020.nianbao'), 'utf8'));
    expect(saved.ok && saved.draft.report.cells['apply.R1.NP']).toBe(61);
    expect(readFileSync(fixturePath('tianshui-2020')).equals(picked)).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载“tianshui-2020.nianbao”' }).click()]);
    expect(download.suggestedFilename()).toBe('tianshui-2020.nianbao');
    const downloaded = parseDraft(readFileSync((await download.path())!, 'utf8'));
    expect(downloaded.ok && downloaded.draft.report.cells['apply.R1.NP']).toBe(61);
    await page.close();
  });

  it('imports a published report through the picker and downloads its Word export', async () => {
    const page = await open();
    await pick(page, '导入已发布的年报…', referencePath('published', 'shangjie-2020.txt'));
    const confirm = page.getByRole('dialog', { name: '导入已发布的年报：请确认' });
    await confirm.getByRole('button', { name: '确认导入' }).click();
    await page.waitForSelector('.workspace');
    await page.getByRole('button', { name: '导入说明' }).click();
    expect(await page.getByRole('dialog', { name: /导入说明/ }).textContent()).toContain('shangjie-2020.txt');
    await page.keyboard.press('Escape');
    await goToPart(page, 'applications');
    expect(await cell(page, 'apply.R1.TOT').textContent()).toBe('69');

    const [download] = await Promise.all([page.waitForEvent('download'), exportFromToolbar(page, '导出 Word…')]);
    expect(download.suggestedFilename()).toMatch(/^郑州市上街区人民政府2020年政府信息公开工作年度报告\.docx$/);
    expect(readFileSync((await download.path())!).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('starts this year from last year’s draft picked in the browser', async () => {
    const page = await open();
    await pick(page, '以上年度报告为基础新建…', fixturePath('hongqiao-2020'));
    await page.waitForSelector('.workspace');
    expect(await page.locator('.year').textContent()).toBe('2021 年度');
    await page.close();
  });

  it('汇总 uploads the drafts of the folder picked, with the unreadable one named', async () => {
    const units = join(mkdtempSync(join(tmpdir(), 'nianbao-units-')), '各单位');
    mkdirSync(join(units, '乡镇'), { recursive: true });
    copyFileSync(fixturePath('tianshui-2020'), join(units, '天水.nianbao'));
    copyFileSync(fixturePath('shangjie-2020'), join(units, '乡镇', '上街.nianbao'));
    writeFileSync(join(units, '坏文件.nianbao'), 'not json');
    writeFileSync(join(units, '说明.txt'), '不是草稿，不上传');

    const page = await open();
    await page.getByLabel('报告年度').selectOption('2020');
    await page.getByLabel('本级政府名称').fill('两地合计');
    await pick(page, '选择下级单位报告所在文件夹…', units);
    await page.getByRole('button', { name: '不含这些文件，继续汇总' }).click();
    await page.waitForSelector('.units');
    expect(await page.locator('.unit-table tbody tr').count()).toBe(2);
    expect(await page.locator('.unreadable').textContent()).toContain('坏文件.nianbao');
    await goToPart(page, 'applications');
    expect(await cell(page, 'apply.R1.TOT').textContent()).toBe(String(69 + 93));
    await page.close();
  });

  it('asks before a reload drops unsaved edits', async () => {
    const page = await open();
    await page.getByRole('button', { name: '打开示例报告' }).click();
    await page.waitForSelector('.workspace');
    await goToPart(page, 'applications');
    await typeInto(page, 'apply.R1.NP', '5');
    await page.locator('.file .dirty').waitFor();

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss(); // stay
    });
    await page.reload({ timeout: 1000 }).catch(() => undefined);
    expect(asked).toEqual(['beforeunload']);
    expect(await cell(page, 'apply.R1.NP').inputValue()).toBe('5');

    page.once('dialog', (dialog) => void dialog.accept()); // leave
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.locator('.workspace').count()).toBe(0);
    await page.close();
  });

  it('refuses uploads that would leave the run’s folder', async () => {
    const page = await open();
    const status = await page.evaluate(async () => {
      const pick = crypto.randomUUID();
      const post = (path: string) => fetch(`/__harness/web/upload?pick=${pick}&path=${encodeURIComponent(path)}`, { method: 'POST', body: 'x' }).then((r) => r.status);
      return [await post('../逃出.nianbao'), await post('a/../../b.nianbao'), await post('/etc/x'), await post('好.nianbao')];
    });
    expect(status).toEqual([400, 400, 400, 200]);
    await page.close();
  });
});
