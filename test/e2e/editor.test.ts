// The editor in real Chromium through the harness: keyboard entry of tianshui-2020's tables
// 三 and 四, live totals and T3-04, block paste, undo (issue: the editor, acceptance).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { cellValues } from '../../shared/reconcile';
import { loadFixture } from '../helpers';
import { cell, goToPart, newReport, startApp, type App } from './app';

const tianshui = loadFixture('tianshui-2020');
const published = cellValues(tianshui);
const index = cellIndex(EDITIONS['2019']);

let app: App;
let page: Page;
beforeAll(async () => {
  app = await startApp();
  page = await app.page();
  await newReport(page, '天水市人民政府', 2020);
});
afterAll(async () => {
  await app?.close();
});

/** Types every entered cell of a table in print order, moving with Tab as a clerk would. */
async function typeTable(table: 'apply' | 'review'): Promise<void> {
  const entered = index.tableCells[table].filter((c) => !c.derived);
  await cell(page, entered[0].key).focus();
  for (const c of entered) {
    await page.keyboard.type(String(tianshui.cells[c.key]));
    await page.keyboard.press('Tab');
  }
}

const text = (key: string) => cell(page, key).evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent ?? ''));
/** Errors of the typed tables: the test leaves the narrative and table 二 empty (S-01, S-02). */
const errorRules = () =>
  page.locator('.findings [data-severity="error"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')).filter((r) => r !== 'S-01' && r !== 'S-02'));

describe('entering tianshui-2020 by keyboard', () => {
  it('shows the published totals of table 三 in the computed cells, with no errors', async () => {
    await goToPart(page, 'applications');
    await typeTable('apply');
    for (const c of index.tableCells.apply.filter((x) => x.derived)) {
      expect(await text(c.key), c.key).toBe(String(published[c.key]));
    }
    expect(await text('apply.R3_7.TOT')).toBe('93');
    expect(await errorRules()).toEqual([]);
  });

  it('shows the published totals of table 四', async () => {
    await goToPart(page, 'review');
    await typeTable('review');
    expect([await text('review.RV.TOTAL'), await text('review.LD.TOTAL'), await text('review.LR.TOTAL')]).toEqual(['19', '2', '1']);
    expect(await errorRules()).toEqual([]);
  });

  it('flags T3-04 in the panel and on the column when 结转下年度继续办理 / 自然人 changes, and clears it when fixed', async () => {
    await goToPart(page, 'applications');
    await cell(page, 'apply.R4.NP').focus();
    await page.keyboard.type('2');
    const finding = page.locator('.findings [data-rule="T3-04"][data-severity="error"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.textContent()).toContain('「自然人」列不平衡');
    for (const key of ['apply.R1.NP', 'apply.R2.NP', 'apply.R4.NP']) {
      expect(await cell(page, key).getAttribute('aria-invalid'), key).toBe('true');
    }
    expect(await cell(page, 'apply.R3_7.NP').evaluate((el) => el.parentElement!.classList.contains('error'))).toBe(true);
    // The message is there on focus, for the eye and for a screen reader.
    const describedBy = await cell(page, 'apply.R4.NP').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('「自然人」列不平衡');
    expect(await page.locator(`[id="${describedBy}"]`).isVisible()).toBe(true);

    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await expect.poll(() => finding.count()).toBe(0);
    expect(await cell(page, 'apply.R4.NP').getAttribute('aria-invalid')).toBeNull();
    expect(await cell(page, 'apply.R1.NP').getAttribute('aria-describedby')).toBeNull();
  });

  it('pastes a 3×3 block from the focused cell, and one undo restores the previous values', async () => {
    const block = ['apply.R3_3_1', 'apply.R3_3_2', 'apply.R3_3_3'].map((r) => ['NP', 'BIZ', 'RES'].map((c) => `${r}.${c}`));
    const before = await Promise.all(block.flat().map(text));
    await cell(page, 'apply.R3_3_1.NP').focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '1\t2\t3\r\n4\t5\t6\r\n7\t8\t9\r\n');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await Promise.all(block.flat().map(text))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(await page.locator('.notice').textContent()).toContain('已粘贴 9 个单元格');
    // The pasted figures now unbalance three columns.
    expect((await errorRules()).filter((r) => r === 'T3-04')).toHaveLength(3);

    await page.keyboard.press('Control+z');
    expect(await Promise.all(block.flat().map(text))).toEqual(before);
    expect(await errorRules()).toEqual([]);
    await page.keyboard.press('Control+y');
    expect(await text('apply.R3_3_3.RES')).toBe('9');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+z');
    expect(await text('apply.R3_3_3.RES')).toBe('0');
  });

  it('reports what a paste could not take, and where', async () => {
    const target = cell(page, 'apply.R4.OTH');
    await target.focus();
    // Pasted into the cell itself, not whatever has the focus by the time a busy machine gets here.
    await target.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '1\tabc\n2\t3');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('button', { name: '只粘贴放得下的部分' }).click();
    const notice = await page.locator('.notice').textContent();
    expect(notice).toContain('已粘贴 1 个单元格');
    expect(notice).toContain('1 个落在自动计算的总计上');
    expect(notice).toContain('2 个超出表格范围');
    await page.keyboard.press('Control+z');
    expect(await text('apply.R4.OTH')).toBe('0');
  });
});
