// A real text editor for the narrative (issue: editor parity, 4), in Chromium: the text area
// fills the part and grows with the text, counts characters, shows a page beside it when there
// is room; 一键排版 lists its changes first and applies them in one undo step — on the narrative
// of three published reports.

import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../shared/import';
import { typeset } from '../../shared/text/typeset';
import { referencePath } from '../helpers';
import { goToPart, newReport, startApp, type App } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** 一、总体情况 of a published report, as the importer reads it. */
function overview(name: string): string {
  const imported = importText(readFileSync(referencePath('published', `${name}.txt`), 'utf8'));
  if (!('report' in imported)) throw new Error(imported.message);
  return imported.report.text.overview;
}

async function editorAt(width: number, height: number): Promise<Page> {
  const page = await app.page({ width, height });
  await newReport(page, '某市人民政府', 2020);
  await goToPart(page, 'overview');
  return page;
}

const SHOTS = process.env.NIANBAO_SCREENSHOTS ?? join(tmpdir(), 'nianbao-screenshots');
mkdirSync(SHOTS, { recursive: true });

const area = (page: Page) => page.locator('[data-text="overview"]');

describe('the text area', () => {
  it('fills the part’s height, grows with the text instead of scrolling inside, and counts characters', async () => {
    const page = await editorAt(1366, 768);
    const fits = () =>
      page.evaluate(() => {
        const text = document.querySelector<HTMLTextAreaElement>('[data-text="overview"]')!;
        const part = document.querySelector('.part')!.getBoundingClientRect();
        return { height: text.getBoundingClientRect().height, bottom: text.getBoundingClientRect().bottom, part: part.bottom, inner: text.scrollHeight - text.clientHeight };
      });
    const empty = await fits();
    expect(empty.part - empty.bottom).toBeLessThan(60); // only the count line below it
    expect(empty.height).toBeGreaterThan(400);

    const long = overview('tianshui-2020');
    await area(page).fill(long);
    const full = await fits();
    expect(full.height).toBeGreaterThan(1000);
    expect(full.inner).toBeLessThanOrEqual(1);
    expect(await page.locator('.char-count').getAttribute('data-count')).toBe(String(long.replace(/\s/g, '').length));
    expect(await page.locator('.char-count').textContent()).toBe(`字数 ${long.replace(/\s/g, '').length.toLocaleString('zh-CN')}`);
    await page.close();
  });

  it('shows a page-like preview beside the text when the part is wide enough', async () => {
    const page = await editorAt(1366, 768);
    await area(page).fill('一、总体情况\n（一）主动公开\n全年主动公开政府信息4213条。');
    const preview = page.locator('.narrative-preview .page');
    expect(await preview.isVisible()).toBe(true);
    const [text, sheet] = [(await area(page).boundingBox())!, (await preview.boundingBox())!];
    expect(sheet.x).toBeGreaterThan(text.x + text.width); // beside, not below
    expect(await page.locator('.narrative-preview .level-2 .lead').textContent()).toBe('（一）主动公开');
    await page.close();

    const narrow = await editorAt(1093, 614);
    await area(narrow).fill('一、总体情况');
    expect(await narrow.locator('.narrative-preview').isVisible()).toBe(false);
    await narrow.getByRole('button', { name: '收起检查结果' }).click();
    await narrow.getByRole('button', { name: '收起各部分' }).click();
    expect(await narrow.locator('.narrative-preview').isVisible()).toBe(true);
    await narrow.close();
  });
});

describe('一键排版', () => {
  it.each(['tianshui-2020', 'shangjie-2020', 'hongqiao-2020'])('%s: lists every change by rule, applies them, and one undo restores the text exactly', async (name) => {
    const page = await editorAt(1366, 768);
    const original = overview(name);
    const expected = typeset(original);
    await area(page).fill(original);
    await page.getByRole('button', { name: '一键排版' }).click();
    const review = page.getByRole('region', { name: /一键排版：将修改/ });
    expect(await review.getByRole('heading', { level: 2 }).textContent()).toBe(`一键排版：将修改 ${expected.changes.length} 处`);
    for (const rule of ['numbering', 'punctuation', 'spaces'] as const) {
      const n = expected.changes.filter((c) => c.rule === rule).length;
      const group = review.locator(`[data-rule="${rule}"]`);
      expect(await group.count(), rule).toBe(n > 0 ? 1 : 0);
      if (n > 0) expect(await group.locator('h3').textContent()).toContain(`（${n} 处）`);
    }
    // Listed by rule (numbering, punctuation, spaces), each in the order of the text.
    const first = (['numbering', 'punctuation', 'spaces'] as const).map((r) => expected.changes.find((c) => c.rule === r)).find((c) => c !== undefined)!;
    expect(await review.locator('li').first().textContent()).toBe(`第 ${first.line} 行 …${first.lead}${first.before === '' ? '（删除）' : first.before.replace(/ /g, '␣')}${first.after}${first.trail}…`);
    if (name === 'tianshui-2020') await page.screenshot({ path: join(SHOTS, '1366x768-typeset.png') });
    // The text is not touched until the clerk applies the changes.
    expect(await area(page).inputValue()).toBe(original);

    await review.getByRole('button', { name: '全部应用' }).click();
    expect(await area(page).inputValue()).toBe(expected.text);
    expect(await review.count()).toBe(0);
    expect(await page.locator('.notice').textContent()).toContain(`已排版，修改 ${expected.changes.length} 处`);
    await page.keyboard.press('Control+z');
    expect(await area(page).inputValue()).toBe(original);
    await page.keyboard.press('Control+y');
    expect(await area(page).inputValue()).toBe(expected.text);
    await page.close();
  });

  it('takes what PDFs leave (情况.2024年, 邮 编), and makes only the changes left ticked (issue 22, items 10 and 12)', async () => {
    const page = await editorAt(1366, 768);
    await area(page).fill('四、存在的主要问题及改进情况.2024年,我局\n邮 编：741000');
    await page.getByRole('button', { name: '一键排版' }).click();
    const review = page.getByRole('region', { name: /一键排版：将修改 3 处/ });
    const comma = review.locator('li').filter({ has: page.locator('del', { hasText: ',' }) });
    await comma.getByRole('checkbox').uncheck();
    await review.getByRole('button', { name: '应用选中的 2 处' }).click();
    expect(await area(page).inputValue()).toBe('四、存在的主要问题及改进情况。2024年,我局\n邮编：741000');
    expect(await page.locator('.notice').textContent()).toContain('已排版，修改 2 处，保留原样 1 处');
    await page.close();
  });

  it('取消 leaves the text as it was; a text with nothing to change says so', async () => {
    const page = await editorAt(1093, 614);
    await area(page).fill('2020年,我市');
    await page.getByRole('button', { name: '一键排版' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    expect(await area(page).inputValue()).toBe('2020年,我市');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-text'))).toBe('overview');
    await area(page).fill('（一）主动公开\n1.全年公开信息4213条，其中政策解读86篇。');
    await page.getByRole('button', { name: '一键排版' }).click();
    expect(await page.locator('.notice').textContent()).toContain('没有需要排版的地方');
    expect(await page.getByRole('region', { name: /一键排版/ }).count()).toBe(0);
    await page.close();
  });
});

describe('查找和替换 (issue 22, item 12)', () => {
  it('Ctrl+F finds across the parts, painting the match; Ctrl+H replaces one, then all in one undo step', async () => {
    const page = await editorAt(1366, 768);
    await area(page).fill('一、总体情况\n全年依申请公开工作平稳。\n主动公开工作扎实。');
    await goToPart(page, 'problems');
    await page.locator('[data-text="problems"]').fill('公开工作仍有不足。');
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: '查找和替换' });
    await bar.getByLabel('查找').fill('公开工作');
    expect(await bar.locator('.find-status').textContent()).toBe('共 3 处');
    await bar.getByLabel('查找').press('Enter');
    expect(await bar.locator('.find-status').textContent()).toBe('第 1 处，共 3 处（一、总体情况）');
    expect(await page.locator('[data-part="overview"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.found-marks mark').allTextContents()).toEqual(['公开工作', '公开工作']);
    expect(await page.locator('.found-marks mark.current').count()).toBe(1);
    // The focus stays in the bar: Enter goes on, into part 五, and round again.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await bar.locator('.find-status').textContent()).toBe('第 3 处，共 3 处（五、存在的主要问题及改进情况）');
    expect(await page.locator('[data-part="problems"]').getAttribute('aria-current')).toBe('page');
    await page.keyboard.press('Shift+Enter');
    expect(await bar.locator('.find-status').textContent()).toBe('第 2 处，共 3 处（一、总体情况）');
    // Esc: back in the text, the match selected.
    await page.keyboard.press('Escape');
    expect(await bar.count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.activeElement;
          return el instanceof HTMLTextAreaElement ? `${el.dataset.text}:${el.value.slice(el.selectionStart, el.selectionEnd)}` : null;
        }),
      )
      .toBe('overview:公开工作');

    await page.keyboard.press('Control+h');
    // As in Word, Ctrl+H puts the caret in 查找 (with its text selected); then the clerk moves on.
    await expect.poll(() => bar.getByLabel('查找').evaluate((el) => el === document.activeElement)).toBe(true);
    await bar.getByLabel('替换为').fill('公开');
    await bar.getByRole('button', { name: '替换', exact: true }).click(); // the first 替换 finds
    await bar.getByRole('button', { name: '替换', exact: true }).click();
    expect(await area(page).inputValue()).toBe('一、总体情况\n全年依申请公开平稳。\n主动公开工作扎实。');
    // On to the next one, after the replacement.
    expect(await bar.locator('.find-status').textContent()).toBe('第 1 处，共 2 处（一、总体情况）');
    await bar.getByRole('button', { name: '全部替换' }).click();
    expect(await page.locator('.notice').textContent()).toContain('已全部替换，共 2 处');
    expect(await area(page).inputValue()).toBe('一、总体情况\n全年依申请公开平稳。\n主动公开扎实。');
    await goToPart(page, 'problems');
    expect(await page.locator('[data-text="problems"]').inputValue()).toBe('公开仍有不足。');
    // One undo takes every replacement back, and shows the first place.
    await page.keyboard.press('Control+z');
    expect(await page.locator('[data-part="overview"]').getAttribute('aria-current')).toBe('page');
    expect(await area(page).inputValue()).toBe('一、总体情况\n全年依申请公开平稳。\n主动公开工作扎实。');
    await goToPart(page, 'problems');
    expect(await page.locator('[data-text="problems"]').inputValue()).toBe('公开工作仍有不足。');
    await page.close();
  });
});
