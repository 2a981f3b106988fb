// Ranges like Excel (issue: editor parity, 1), in Chromium: Shift+arrows, Shift+click and drag
// select a rectangle; Ctrl+C copies it as tab-separated text and Ctrl+V pastes it back; a value
// or a block fills a selection; Delete, Ctrl+D, Ctrl+R, Ctrl+A; 空白填0. Each one undo step.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { isBlankCellsFinding } from '../../shared/reconcile';
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

const text = (key: string) => cell(page, key).evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent ?? ''));
const texts = (keys: string[]) => Promise.all(keys.map(text));
const selected = () => page.locator('td.in-range [data-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
const notice = () => page.locator('.notice').textContent();
const keys = (rows: string[], columns: string[]) => rows.flatMap((r) => columns.map((c) => `apply.${r}.${c}`));

/** Pastes text as Excel or WPS puts it on the clipboard, into the focused cell. */
async function paste(data: string): Promise<void> {
  await page.evaluate((d) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', d);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** Ctrl+C as the clerk presses it; returns what the page put on the clipboard. */
async function copy(): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { copied: string | null };
    w.copied = null;
    document.addEventListener('copy', (e) => (w.copied = e.clipboardData!.getData('text/plain')), { once: true });
  });
  await page.keyboard.press('Control+c');
  return page.evaluate(() => (window as unknown as { copied: string }).copied);
}

describe('selecting', () => {
  it('Shift+arrows extend a rectangle from the active cell, which keeps the focus', async () => {
    await cell(page, 'apply.R1.NP').click();
    await paste('1\t2\t3\n4\t5\t6');
    // The pasted block is selected; a click selects its first cell alone again.
    expect(await selected()).toEqual(keys(['R1', 'R2'], ['NP', 'BIZ', 'RES']));
    await cell(page, 'apply.R1.NP').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await selected()).toEqual(keys(['R1', 'R2'], ['NP', 'BIZ', 'RES']));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('apply.R1.NP');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await selected()).toEqual(keys(['R1', 'R2'], ['NP', 'BIZ']));
    await page.keyboard.press('ArrowDown'); // a plain arrow drops the selection and moves
    expect(await selected()).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('apply.R2.NP');
  });

  it('Shift+click and dragging the mouse select rectangles, totals included', async () => {
    await cell(page, 'apply.R1.OTH').click();
    await cell(page, 'apply.R2.TOT').click({ modifiers: ['Shift'] });
    expect(await selected()).toEqual(keys(['R1', 'R2'], ['OTH', 'TOT']));

    const from = (await cell(page, 'apply.R3_1.NP').boundingBox())!;
    const to = (await cell(page, 'apply.R3_2.BIZ').boundingBox())!;
    await page.mouse.move(from.x + 5, from.y + 5);
    await page.mouse.down();
    await page.mouse.move(to.x + 5, to.y + 5, { steps: 4 });
    await page.mouse.up();
    expect(await selected()).toEqual(keys(['R3_1', 'R3_2'], ['NP', 'BIZ']));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('apply.R3_1.NP');
  });

  it('Ctrl+A selects the whole table', async () => {
    await cell(page, 'apply.R3_1.NP').click();
    await page.keyboard.press('Control+a');
    const all = cellIndex(EDITIONS['2021']).tableCells.apply.length;
    expect(await selected()).toHaveLength(all);
    await page.keyboard.press('Escape');
    expect(await selected()).toEqual([]);
  });
});

describe('copying and pasting', () => {
  it('Ctrl+C copies the selection as tab-separated rows, totals as shown, as Excel and WPS paste them', async () => {
    await cell(page, 'apply.R1.NP').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End');
    expect(await copy()).toBe('1\t2\t3\t\t\t\t6\r\n4\t5\t6\t\t\t\t15\r\n');
    // One cell copies as its value alone, as typed into another cell.
    await page.keyboard.press('ArrowUp');
    expect(await copy()).toBe('1');
  });

  it('pastes the copied block back elsewhere as the same block (Ctrl+C, Ctrl+V through the clipboard), in one undo step', async () => {
    await cell(page, 'apply.R1.NP').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await copy()).toBe('1\t2\t3\r\n4\t5\t6\r\n');
    await cell(page, 'apply.R3_3_1.NP').click();
    await page.keyboard.press('Control+v');
    expect(await texts(keys(['R3_3_1', 'R3_3_2'], ['NP', 'BIZ', 'RES']))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await notice()).toContain('已粘贴 6 个单元格');
    await page.keyboard.press('Control+z');
    expect(await texts(keys(['R3_3_1', 'R3_3_2'], ['NP', 'BIZ', 'RES']))).toEqual(['', '', '', '', '', '']);
  });

  it('a single value fills the whole selection; a block repeats over a selection that is a multiple of it', async () => {
    await cell(page, 'apply.R3_4_1.NP').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await paste('7\r\n');
    expect(await texts(keys(['R3_4_1', 'R3_4_2', 'R3_4_3'], ['NP', 'BIZ']))).toEqual(['7', '7', '7', '7', '7', '7']);
    expect(await notice()).toContain('已粘贴 6 个单元格');

    await cell(page, 'apply.R3_5_1.NP').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await paste('1\t2\n3\t4\n');
    expect(await texts(keys(['R3_5_1', 'R3_5_2', 'R3_5_3', 'R3_5_4'], ['NP', 'BIZ']))).toEqual(['1', '2', '3', '4', '1', '2', '3', '4']);
  });

  it('a block that does not divide the selection is laid out once, from its top-left cell', async () => {
    await cell(page, 'apply.R3_6_1.NP').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await paste('8\n9');
    expect(await texts(['apply.R3_6_1.NP', 'apply.R3_6_2.NP', 'apply.R3_6_3.NP'])).toEqual(['8', '9', '']);
  });

  it('a block that does not fit is pasted in part only when the clerk says so, and what it changed is selected and in view (issue 22, item 7)', async () => {
    // 4 rows × 5 columns from 「3.其他 / 社会公益组织」: the fourth row and the fifth column fall outside.
    const block = Array.from({ length: 4 }, (_, r) => Array.from({ length: 5 }, (_, c) => String(r * 5 + c + 1)).join('\t')).join('\n');
    await cell(page, 'apply.R3_6_3.NGO').click();
    await paste(block);
    const question = page.getByRole('dialog', { name: '有 8 个数值放不下' });
    expect(await question.locator('.question-detail').textContent()).toContain('复制的内容有 4 行、5 列，从「（六）其他处理 3.其他 / 社会公益组织」开始粘贴');
    await question.getByRole('button', { name: '取消' }).click();
    expect(await notice()).toContain('未粘贴');
    expect(await texts(keys(['R3_6_3', 'R4'], ['NGO', 'LAW', 'OTH']))).toEqual(['', '', '', '', '', '']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('apply.R3_6_3.NGO');

    await cell(page, 'apply.R1.NP').click(); // the top of the table in view, the target below it
    await cell(page, 'apply.R3_6_3.NGO').focus();
    await page.locator('.table-box').evaluate((box) => (box.scrollTop = 0));
    await paste(block);
    await page.getByRole('button', { name: '只粘贴放得下的部分' }).click();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await texts(keys(['R3_6_3', 'R4'], ['NGO', 'LAW', 'OTH']))).toEqual(['1', '2', '3', '11', '12', '13']);
    expect(await notice()).toContain('已粘贴 6 个单元格；6 个落在自动计算的总计上，未采用；8 个超出表格范围，未粘贴。粘贴的区域已选中');
    expect(await selected()).toEqual([...keys(['R3_6_3'], ['NGO', 'LAW', 'OTH', 'TOT']), ...keys(['R3_7'], ['NGO', 'LAW', 'OTH', 'TOT']), ...keys(['R4'], ['NGO', 'LAW', 'OTH', 'TOT'])]);
    const inView = await page.evaluate(() => {
      const box = document.querySelector('.table-box')!.getBoundingClientRect();
      const r = document.querySelector('[data-cell="apply.R4.OTH"]')!.getBoundingClientRect();
      // (within a pixel: the box's borders leave fractions)
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1 ? true : JSON.stringify([box, r]);
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await texts(keys(['R3_6_3', 'R4'], ['NGO', 'LAW', 'OTH']))).toEqual(['', '', '', '', '', '']);
  });
});

describe('changing a selection', () => {
  it('Delete clears the entered cells of the selection, totals recompute, one undo brings them back', async () => {
    await cell(page, 'apply.R3_5_1.NP').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End'); // through 其他 to 总计
    await page.keyboard.press('Delete');
    expect(await texts(keys(['R3_5_1', 'R3_5_2'], ['NP', 'BIZ', 'TOT']))).toEqual(['', '', '', '', '', '']);
    expect(await notice()).toContain('已清除 4 个单元格');
    await page.keyboard.press('Control+z');
    expect(await texts(keys(['R3_5_1', 'R3_5_2'], ['NP', 'BIZ', 'TOT']))).toEqual(['1', '2', '3', '3', '4', '7']);
  });

  it('Ctrl+D fills down from the first row; on one row it copies the row above', async () => {
    await cell(page, 'apply.R3_5_1.NP').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+d');
    expect(await texts(keys(['R3_5_2', 'R3_5_3', 'R3_5_4'], ['NP', 'BIZ']))).toEqual(['1', '2', '1', '2', '1', '2']);
    expect(await notice()).toContain('已向下填充 4 个单元格');
    await page.keyboard.press('Control+z');
    expect(await texts(keys(['R3_5_2', 'R3_5_3', 'R3_5_4'], ['NP', 'BIZ']))).toEqual(['3', '4', '1', '2', '3', '4']);

    await cell(page, 'apply.R3_5_5.NP').click();
    await page.keyboard.press('Control+d');
    expect(await text('apply.R3_5_5.NP')).toBe('3');
  });

  it('Ctrl+R fills right from the first column, and skips the computed 总计', async () => {
    await cell(page, 'apply.R3_5_1.NP').click();
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Control+r');
    expect(await texts(keys(['R3_5_1'], ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT']))).toEqual(['1', '1', '1', '1', '1', '1', '6']);
    expect(await notice()).toContain('已向右填充 5 个单元格');
  });

  it('the toolbar does the same for the mouse, on the selection kept while the button is clicked', async () => {
    await cell(page, 'apply.R3_5_2.NP').click();
    await cell(page, 'apply.R3_5_2.RES').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: '向右填充' }).click();
    expect(await texts(keys(['R3_5_2'], ['NP', 'BIZ', 'RES']))).toEqual(['3', '3', '3']);
    await page.getByRole('button', { name: '清除' }).click();
    expect(await texts(keys(['R3_5_2'], ['NP', 'BIZ', 'RES']))).toEqual(['', '', '']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('apply.R3_5_2.NP');
  });
});

describe('空白填0', () => {
  /**
   * The findings that report blank cells as the panel lists them: blank cells (T3-01, T4-01,
   * T2B-01 …) and tables left entirely blank (S-02, one error per table instead).
   */
  const blankFindings = async (p: Page) => {
    const shown = await p.locator('.findings [data-rule]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-rule')!, e.getAttribute('data-severity')!]));
    return shown.filter(([rule, severity]) => rule === 'S-02' || isBlankCellsFinding({ rule, severity: severity as 'warning', cells: [], message: '' })).map(([rule]) => rule);
  };

  it('on a new report fills every blank cell with 0 in one step, leaving no blank-cell findings; one undo brings them back', async () => {
    const fresh = await app.page();
    await newReport(fresh, '某县农业农村局', 2023);
    await goToPart(fresh, 'applications');
    expect((await blankFindings(fresh)).length).toBeGreaterThan(0);
    const index = cellIndex(EDITIONS['2021']);
    const entered = index.entered.length;
    const inTable = index.tableCells.apply.filter((c) => !c.derived).length;

    await fresh.getByRole('button', { name: '空白填0…' }).click();
    const dialog = fresh.getByRole('dialog', { name: '把哪些空白单元格填为 0？' });
    expect(await dialog.getByRole('button').allTextContents()).toEqual([`本表（${inTable} 个）`, `全部表格（${entered} 个）`, '取消']);
    await dialog.getByRole('button', { name: `全部表格（${entered} 个）` }).click();
    expect(await fresh.locator('.notice').textContent()).toContain(`已将全部表格的 ${entered} 个空白单元格填为 0`);
    expect(await blankFindings(fresh)).toEqual([]);
    expect(await fresh.locator('[data-cell="apply.R3_7.TOT"]').textContent()).toBe('0');
    await goToPart(fresh, 'active');
    expect(await fresh.locator('[data-cell="active.FEE.AMOUNT"]').inputValue()).toBe('0');

    await fresh.keyboard.press('Control+z');
    expect(await fresh.locator('[data-cell="active.FEE.AMOUNT"]').inputValue()).toBe('');
    expect((await blankFindings(fresh)).length).toBeGreaterThan(0);
    await fresh.close();
  });

  it('fills only the selection when asked, and leaves "/" and figures alone', async () => {
    await cell(page, 'apply.R2.NP').click();
    await page.keyboard.type('/');
    await cell(page, 'apply.R1.NP').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End');
    await page.getByRole('button', { name: '空白填0…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '选定区域（6 个）' }).click();
    expect(await texts(keys(['R1', 'R2'], ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH']))).toEqual(['1', '2', '3', '0', '0', '0', '/', '5', '6', '0', '0', '0']);
    expect(await text('apply.R3_1.NGO')).toBe('');
    expect(await notice()).toContain('已将选定区域的 6 个空白单元格填为 0');
  });
});

describe('the status bar (issue 22, item 12)', () => {
  it('shows 求和 and 计数 of a selected block, as Excel does: totals as shown, "/" counted, blanks not, amounts exact', async () => {
    await goToPart(page, 'review');
    const stats = page.locator('.statusbar .selection-stats');
    for (const [key, typed] of [['review.RV.UPHELD', '3'], ['review.RV.CORRECTED', '/'], ['review.RV.PENDING', '2']]) {
      await cell(page, key).click();
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
    }
    await cell(page, 'review.RV.UPHELD').click();
    expect(await stats.count()).toBe(0); // one cell: nothing to add up
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await stats.textContent()).toBe('求和 10计数 4'); // 3 + 2 + 总计 5; 结果纠正 "/" counted, 其他结果 blank

    await goToPart(page, 'active');
    await cell(page, 'active.ENF.DECISIONS').click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1268.4315');
    await page.keyboard.press('Enter');
    await cell(page, 'active.FEE.AMOUNT').click();
    await page.keyboard.press('Shift+ArrowUp');
    expect(await stats.textContent()).toBe('求和 1269.4315计数 2');
    await page.keyboard.press('ArrowDown');
    expect(await stats.count()).toBe(0);
  });
});
