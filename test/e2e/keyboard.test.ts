// Spreadsheet keys, unreadable input, narrative, undo across cells and text, the dirty mark.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, goToPart, newReport, startApp, type App } from './app';

let app: App;
let page: Page;
beforeAll(async () => {
  app = await startApp();
  page = await app.page();
  await newReport(page, '某县交通运输局', 2023);
  await goToPart(page, 'applications');
});
afterAll(async () => {
  await app?.close();
});

const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
const value = (key: string) => cell(page, key).inputValue();

describe('moving like a spreadsheet', () => {
  it('Tab and Shift+Tab go right and left, skipping computed totals', async () => {
    await cell(page, 'apply.R1.OTH').focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('apply.R2.NP');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('apply.R1.OTH');
  });

  it('Enter and Shift+Enter go down and up, over （七）总计', async () => {
    await cell(page, 'apply.R3_6_3.BIZ').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('apply.R4.BIZ');
    await page.keyboard.press('Shift+Enter');
    expect(await focused()).toBe('apply.R3_6_3.BIZ');
  });

  it('arrow keys move from cell to cell, also after typing, as in Excel', async () => {
    await cell(page, 'apply.R2.BIZ').focus();
    await page.keyboard.type('12');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('apply.R2.RES');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('apply.R2.BIZ');
    expect(await value('apply.R2.BIZ')).toBe('12');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('apply.R1.BIZ');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('apply.R3_1.BIZ');
  });

  it('F2 edits inside the cell: the arrows, Home and End move the caret; F2 again moves cells', async () => {
    await cell(page, 'apply.R2.BIZ').focus();
    await page.keyboard.press('F2');
    const caret = () => cell(page, 'apply.R2.BIZ').evaluate((el) => (el as HTMLInputElement).selectionStart);
    expect(await caret()).toBe(2);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('apply.R2.BIZ');
    expect(await caret()).toBe(1);
    await page.keyboard.type('5');
    expect(await value('apply.R2.BIZ')).toBe('152');
    await page.keyboard.press('Home');
    expect(await caret()).toBe(0);
    await page.keyboard.press('End');
    expect(await caret()).toBe(3);
    await page.keyboard.press('Escape'); // takes back the edit, and leaves edit mode
    expect(await value('apply.R2.BIZ')).toBe('12');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('apply.R2.RES');
  });

  it('double-click edits inside the cell too', async () => {
    await cell(page, 'apply.R2.BIZ').dblclick();
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('apply.R2.BIZ');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('apply.R3_1.BIZ');
  });

  it('Enter after a run of Tabs goes to the next row’s column where the run began', async () => {
    await cell(page, 'apply.R3_2.NP').click();
    for (const figure of ['1', '2', '3']) {
      await page.keyboard.type(figure);
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('apply.R3_2.NGO');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('apply.R3_3_1.NP');
    // Without Tabs, Enter goes straight down.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('apply.R3_3_2.BIZ');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
  });

  it('Home and End go to the row’s first and last cell, Ctrl+Home and Ctrl+End to the table’s', async () => {
    await cell(page, 'apply.R3_3_4.RES').click();
    await page.keyboard.press('Home');
    expect(await focused()).toBe('apply.R3_3_4.NP');
    await page.keyboard.press('End');
    expect(await focused()).toBe('apply.R3_3_4.OTH'); // 总计 is computed: the last cell to type in
    await page.keyboard.press('Control+Home');
    expect(await focused()).toBe('apply.R1.NP');
    await page.keyboard.press('Control+End');
    expect(await focused()).toBe('apply.R4.OTH');
    await page.keyboard.press('Control+ArrowUp');
    expect(await focused()).toBe('apply.R1.OTH');
    await page.keyboard.press('Control+ArrowLeft');
    expect(await focused()).toBe('apply.R1.NP');
  });

  it('a cell frozen under the headers comes into view when the keys reach it', async () => {
    const small = await app.page({ width: 911, height: 512 });
    await newReport(small, '某县交通运输局', 2023);
    await goToPart(small, 'applications');
    await small.locator('[data-cell="apply.R1.NP"]').click();
    await small.keyboard.press('Control+End');
    await small.keyboard.press('Control+Home');
    const [cellBox, headBox] = await small.evaluate(() => [document.activeElement!.getBoundingClientRect().top, document.querySelector('table.form thead')!.getBoundingClientRect().bottom]);
    expect(cellBox).toBeGreaterThanOrEqual(headBox - 1);
    await small.close();
  });

  it('typing replaces the content and Esc restores it', async () => {
    await cell(page, 'apply.R2.BIZ').focus();
    await page.keyboard.type('7');
    expect(await value('apply.R2.BIZ')).toBe('7');
    expect(await cell(page, 'apply.R2.TOT').textContent()).toBe('7');
    await page.keyboard.press('Escape');
    expect(await value('apply.R2.BIZ')).toBe('12');
    expect(await cell(page, 'apply.R2.TOT').textContent()).toBe('12');
  });

  it('Esc takes the typing back and the next key replaces the cell, as in Excel (issue 22, item 1)', async () => {
    const key = 'apply.R3_1.NP';
    await cell(page, key).click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await cell(page, key).click();
    await page.keyboard.type('7');
    await page.keyboard.press('Escape');
    expect(await value(key)).toBe('5');
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    expect(await value(key)).toBe('8');
    // A first key equal to the cell's figure still starts the typing: 55, not 5.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('88');
    await page.keyboard.press('Tab');
    expect(await value(key)).toBe('88');
    // F2 twice: enter mode, the text kept, typing goes on after it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('F2');
    await page.keyboard.press('F2');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    expect(await value(key)).toBe('881');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await value(key)).toBe('');
  });
});

describe('what is typed', () => {
  it('normalises full-width digits and separators on leaving the cell', async () => {
    await cell(page, 'apply.R1.NP').focus();
    await page.keyboard.type('１，２３４');
    await page.keyboard.press('Tab');
    expect(await value('apply.R1.NP')).toBe('1234');
    expect(await cell(page, 'apply.R1.TOT').textContent()).toBe('1234');
  });

  it('keeps unreadable text visible, with its reason, as an error', async () => {
    await cell(page, 'apply.R1.BIZ').focus();
    await page.keyboard.type('十二');
    await page.keyboard.press('Tab');
    expect(await value('apply.R1.BIZ')).toBe('十二');
    expect(await cell(page, 'apply.R1.BIZ').getAttribute('aria-invalid')).toBe('true');
    const finding = page.locator('.findings [data-rule="INPUT-01"]');
    expect(await finding.textContent()).toContain('“十二”不是件数');
    await cell(page, 'apply.R1.BIZ').focus();
    await page.keyboard.type('12');
    expect(await finding.count()).toBe(0);
  });

  it('takes "/" as not applicable, counted as 0', async () => {
    await goToPart(page, 'active');
    await cell(page, 'active.REG.ISSUED').focus();
    await page.keyboard.type('/');
    await page.keyboard.press('Tab');
    expect(await value('active.REG.ISSUED')).toBe('/');
    const blanks = page.locator('.findings [data-rule="T2B-01"]');
    expect(await blanks.textContent()).toContain('有 9 个单元格空白');
  });
});

describe('narrative, fees and undo', () => {
  it('shows heading levels as the export styles them, and undoes text and cells in one history', async () => {
    await goToPart(page, 'problems');
    const area = page.locator('[data-text="problems"]');
    await area.focus();
    await page.keyboard.type('（一）存在的问题');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1.政策解读不够。部分解读形式单一。');
    expect(await page.locator('.narrative-preview .level-2 .lead').textContent()).toBe('（一）存在的问题');
    expect(await page.locator('.narrative-preview .level-3 .lead').textContent()).toBe('1.政策解读不够。');
    await page.keyboard.press('Control+z');
    expect(await area.inputValue()).toBe('');
    await page.keyboard.press('Control+z'); // the cell typed before: "/" goes
    await goToPart(page, 'active');
    expect(await value('active.REG.ISSUED')).toBe('');
    await page.keyboard.press('Control+y');
    expect(await value('active.REG.ISSUED')).toBe('/');
    // Each redo goes to its change: the text is in part 五.
    await page.keyboard.press('Control+y');
    expect(await page.locator('[data-part="problems"]').getAttribute('aria-current')).toBe('page');
    expect(await area.inputValue()).toContain('1.政策解读不够。');
  });

  it('an undo or redo in another part goes to the change and says what it undid (issue 22, item 8)', async () => {
    await goToPart(page, 'review');
    await cell(page, 'review.RV.UPHELD').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await goToPart(page, 'overview');
    const overview = page.locator('[data-text="overview"]');
    await overview.click();
    await page.keyboard.type('全年共办理。');
    await goToPart(page, 'applications');
    await page.keyboard.press('Control+z');
    // Back in 一, the place of the text taken back marked by the caret.
    expect(await page.locator('[data-part="overview"]').getAttribute('aria-current')).toBe('page');
    expect(await overview.inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-text'))).toBe('overview');
    expect(await page.locator('.notice').textContent()).toContain('已撤销：“一、总体情况”中的文字的修改');
    await page.keyboard.press('Control+z');
    expect(await page.locator('[data-part="review"]').getAttribute('aria-current')).toBe('page');
    await expect.poll(focused).toBe('review.RV.UPHELD');
    expect(await value('review.RV.UPHELD')).toBe('');
    expect(await page.locator('.notice').textContent()).toContain('已撤销：「行政复议 / 结果维持」的修改');
    await goToPart(page, 'preamble');
    await page.getByRole('button', { name: '重做' }).click();
    expect(await page.locator('[data-part="review"]').getAttribute('aria-current')).toBe('page');
    expect(await value('review.RV.UPHELD')).toBe('4');
    expect(await page.locator('.notice').textContent()).toContain('已重做：「行政复议 / 结果维持」的修改');
    await page.keyboard.press('Control+z');
  });

  it('takes the 信息处理费 figures in part 六 and checks them (T3-07)', async () => {
    await goToPart(page, 'other');
    await page.getByLabel('发出收费通知的件数').fill('2');
    await page.getByLabel('收费通知总金额（元）').fill('100');
    await page.getByLabel('实际收取的总金额（元）').fill('150');
    expect(await page.locator('.findings [data-rule="T3-07"]').count()).toBe(1);
    await page.getByLabel('实际收取的总金额（元）').fill('1.234');
    expect(await page.getByText('最多两位小数').count()).toBe(1);
    await page.getByLabel('实际收取的总金额（元）').fill('80');
    expect(await page.locator('.findings [data-rule="T3-07"]').count()).toBe(0);
    expect(await page.locator('.fees .hint').textContent()).toContain('发出信息处理费收费通知2件，总金额100元，实际收取信息处理费80元');
  });

  it('marks an unsaved report in the window title and the header', async () => {
    expect(await page.title()).toBe('未命名报告 ● — 年报编辑器');
    expect(await page.locator('.file').textContent()).toContain('有未保存的修改');
  });

  it('focuses a finding’s cell when the finding is clicked', async () => {
    await goToPart(page, 'preamble');
    await page.locator('.findings [data-rule="T3-01"] .finding-go').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell')?.startsWith('apply.'));
    expect(await page.locator('[data-part="applications"]').getAttribute('aria-current')).toBe('page');
  });
});
