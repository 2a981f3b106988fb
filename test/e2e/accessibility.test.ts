// axe-core finds no WCAG 2.1 A/AA violations on the start page or on any part, with findings
// showing; the layout fits 1366×768 and 1920×1080 without the page scrolling sideways.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTS } from '../../shared/formats';
import { axeViolations } from './axe';

const PART_IDS = ['preamble', ...PARTS.map((p) => p.text)];
import { cell, goToPart, newReport, startApp, type App } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('accessibility', () => {
  it('start page', async () => {
    const page = await app.page();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('every part of a report with errors and warnings showing', async () => {
    const page = await app.page();
    await newReport(page, '某市生态环境局', 2024);
    await goToPart(page, 'applications');
    await cell(page, 'apply.R1.NP').focus();
    await page.keyboard.type('5'); // unbalances 自然人: T3-04
    await cell(page, 'apply.R2.NP').focus();
    await page.keyboard.type('x'); // unreadable: INPUT-01
    for (const part of PART_IDS) {
      await goToPart(page, part);
      expect(await axeViolations(page), part).toEqual([]);
    }
    await page.close();
  });

  it('every part of the sample report (2021 edition) and of a 2019-edition report', async () => {
    for (const year of [null, 2020]) {
      const page = await app.page();
      if (year) await newReport(page, '某县人民政府', year);
      else await page.getByRole('button', { name: '打开示例报告' }).click();
      await page.waitForSelector('.workspace');
      for (const part of PART_IDS) {
        await goToPart(page, part);
        expect(await axeViolations(page), `${year ?? 'sample'} ${part}`).toEqual([]);
      }
      await page.close();
    }
  });

  it('the editor’s own tools: a selected range, the keys help, 一键排版’s list, folded panes', async () => {
    const page = await app.page({ width: 1093, height: 614 });
    await newReport(page, '某市生态环境局', 2024);
    await goToPart(page, 'applications');
    await cell(page, 'apply.R1.NP').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('button', { name: '操作说明' }).click();
    expect(await axeViolations(page), 'range and help').toEqual([]);
    await goToPart(page, 'overview');
    await page.locator('[data-text="overview"]').fill('2020年,我市 (一)公开');
    await page.getByRole('button', { name: '一键排版' }).click();
    expect(await axeViolations(page), '一键排版').toEqual([]);
    await page.keyboard.press('Control+h');
    await page.getByRole('search').getByLabel('查找').fill('我市');
    await page.keyboard.press('Enter');
    expect(await axeViolations(page), '查找和替换').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '收起各部分' }).click();
    await page.getByRole('button', { name: '收起检查结果' }).click();
    expect(await axeViolations(page), 'folded').toEqual([]);
    await page.close();
  });

  it.each([
    [1366, 768],
    [1920, 1080],
  ])('fits %i×%i: no sideways scrolling of the window, tables inside the pane', async (width, height) => {
    const page = await app.page({ width, height });
    await page.getByRole('button', { name: '打开示例报告' }).click();
    for (const part of ['applications', 'review', 'active'] as const) {
      await goToPart(page, part);
      const sizes = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        table: document.querySelector('table.form')!.getBoundingClientRect().right,
        pane: document.querySelector('.part')!.getBoundingClientRect().right,
      }));
      expect(sizes.doc).toBe(width);
      expect(sizes.table).toBeLessThanOrEqual(sizes.pane);
    }
    await page.close();
  });
});
