// 文件 → 汇总下级单位报告 in the app: the consolidated report opens beside its unit list, with
// unreadable files named, never silently left out.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../shared/draft';
import { fixturePath, loadPublished } from '../helpers';
import { axeViolations } from './axe';
import { cell, goToPart, startApp, type App } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('汇总 in the app', () => {
  it('sums the units of a folder into a new report and lists them, with the unreadable file', async () => {
    const folder = join(app.workDir, '各单位');
    mkdirSync(join(folder, '乡镇'), { recursive: true });
    // The units' published reports, narrative included (an empty part would be an error, S-01).
    writeFileSync(join(folder, '天水.nianbao'), serializeDraft(loadPublished('tianshui-2020')));
    writeFileSync(join(folder, '乡镇', '上街.nianbao'), serializeDraft(loadPublished('shangjie-2020')));
    writeFileSync(join(folder, '红桥.nianbao'), serializeDraft(loadPublished('hongqiao-2020')));
    writeFileSync(join(folder, '坏文件.nianbao'), 'not json');

    const page = await app.page();
    await page.getByLabel('报告年度').selectOption('2020');
    await page.getByLabel('本级政府名称').fill('三地合计');
    app.harness.dialogs.queue(folder);
    await page.getByRole('button', { name: '选择下级单位报告所在文件夹…' }).click();
    await page.waitForSelector('.units');

    const rows = await page.locator('.unit-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    // Files are taken in pinyin order of their names; compare regardless of order. The warnings
    // include the half-width punctuation of the pages as scraped (TXT-07, a part each) and 上街's
    // 前言 of 五部分 (S-08).
    expect([...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['郑州市上街区人民政府', join('乡镇', '上街.nianbao'), '0', '5', '69', '71', '0', '2'],
      ['天水市人民政府', '天水.nianbao', '0', '7', '93', '93', '19', '3'],
      ['天津市红桥区人民政府', '红桥.nianbao', '0', '6', '300', '310', '10', '16'],
    ].sort((a, b) => a[0].localeCompare(b[0])));
    expect(await page.locator('.unreadable').textContent()).toContain('坏文件.nianbao：文件不是有效的 JSON 格式');
    expect(await page.locator('.notice').textContent()).toContain('另有 1 个文件无法读取');
    expect(await axeViolations(page)).toEqual([]);

    await goToPart(page, 'applications');
    expect(await cell(page, 'apply.R1.TOT').textContent()).toBe('462');
    await goToPart(page, 'overview');
    expect(await page.locator('[data-text="overview"]').inputValue()).toContain('等3个单位的政府信息公开工作年度报告汇总编制');
    expect(await page.title()).toBe('未命名报告 ● — 年报编辑器');
    await page.close();
  });

  it('names the offending file when the set mixes years', async () => {
    const folder = join(app.workDir, '混合');
    mkdirSync(folder);
    copyFileSync(fixturePath('tianshui-2020'), join(folder, '天水.nianbao'));
    copyFileSync(fixturePath('sample-2024'), join(folder, '示例.nianbao'));
    const page = await app.page();
    await page.getByLabel('报告年度').selectOption('2020');
    await page.getByLabel('本级政府名称').fill('合计');
    app.harness.dialogs.queue(folder);
    await page.getByRole('button', { name: '选择下级单位报告所在文件夹…' }).click();
    const notice = page.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('示例.nianbao（示例市示例区人民政府，2024 年度');
    expect(await notice.textContent()).not.toContain(app.workDir);
    await page.close();
  });
});
