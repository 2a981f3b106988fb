// The prior-year workflow in Chromium: open a 2020 draft, start 2021 from it, fix the findings
// the copied text brings, export — no errors left; the year-over-year view and its chart.

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers';
import { axeViolations } from './axe';
import { cell, goToPart, startApp, type App, exportFromToolbar } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** hongqiao-2020 opened, and 2021 started from it. */
async function hongqiao2021() {
  const page = await app.page();
  app.harness.dialogs.queue(fixturePath('hongqiao-2020'));
  await page.getByRole('button', { name: '打开草稿…' }).click();
  await page.waitForSelector('.workspace');
  await page.getByRole('button', { name: '新建下一年度' }).click();
  return page;
}

describe('from last year to this year', () => {
  it('opens 2020, creates 2021 from it, fixes the findings, exports with no errors', async () => {
    const draft2020 = join(app.workDir, '红桥区2020.nianbao');
    copyFileSync(fixturePath('hongqiao-2020'), draft2020);
    const page = await app.page();
    app.harness.dialogs.queue(draft2020);
    await page.getByRole('button', { name: '打开草稿…' }).click();
    await page.waitForSelector('.workspace');
    await page.getByRole('button', { name: '新建下一年度' }).click();

    expect(await page.locator('.year').textContent()).toBe('2021 年度');
    expect(await page.locator('.edition').textContent()).toContain('2021 年版格式');
    expect(await page.locator('.conversion-notes').textContent()).toContain('现行有效件数已留空');
    await goToPart(page, 'applications');
    expect(await cell(page, 'apply.R2.NP').inputValue()).toBe('1'); // 2020's 结转下年度 / 自然人

    // The copied preamble names 2020: each finding jumps to its place and offers the fix.
    const stale = page.locator('.findings [data-rule="TXT-01"]');
    expect(await stale.count()).toBeGreaterThan(0);
    await stale.first().locator('button').first().click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-text') === 'preamble');
    const selected = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe('2020');
    while ((await stale.count()) > 0) await stale.first().getByRole('button', { name: '改为“2021年”' }).click();
    expect(await page.locator('[data-text="preamble"]').inputValue()).not.toContain('2020年');
    expect(await page.locator('.findings [data-rule="S-05"]').count()).toBe(0);

    // 信息处理费 for part 六 (S-04), and the 人民政府 items for part 一 (S-07).
    await goToPart(page, 'other');
    await page.getByLabel('发出收费通知的件数').fill('0');
    expect(await page.locator('.findings [data-rule="S-04"]').count()).toBe(0);
    await goToPart(page, 'overview');
    await page.locator('[data-text="overview"]').fill('（五）监督保障\n将政务公开纳入绩效考核，开展社会评议，全年未发生责任追究。');
    expect(await page.locator('.findings [data-rule="S-07"]').count()).toBe(0);
    // Part 五 has to be written too (S-01): here with last year's problems and their remedies (TXT-04).
    await goToPart(page, 'problems');
    await page.locator('[data-text="problems"]').fill('上年度报告指出的答复不规范问题已整改到位。本年度的主要问题是信息分类不够科学。');
    expect(await page.locator('.findings [data-rule="S-01"]').count()).toBe(0);

    // The application carried over from 2020 must be accounted for this year (T3-04): concluded.
    expect(await page.locator('.findings [data-rule="T3-04"]').count()).toBe(1);
    await goToPart(page, 'applications');
    await cell(page, 'apply.R3_1.NP').focus();
    await page.keyboard.type('1');
    // This year's tables 二 and 四 start empty: an entirely blank table is an error (S-02).
    expect(await page.locator('.findings [data-rule="S-02"]').count()).toBe(2);
    for (const [part, key] of [['active', 'active.REG.ISSUED'], ['review', 'review.RV.UPHELD']]) {
      await goToPart(page, part);
      await cell(page, key).focus();
      await page.keyboard.type('0');
    }
    expect(await page.locator('.findings [data-severity="error"]').count()).toBe(0);
    const docx = join(app.workDir, '红桥区2021.docx');
    app.harness.dialogs.queue(docx);
    await exportFromToolbar(page, '导出 Word…');
    await page.getByText('已导出Word 文档').waitFor();
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    // Saved, the 2021 draft remembers 2020 for the cross-year rules.
    const saved = join(app.workDir, '红桥区2021.nianbao');
    app.harness.dialogs.queue(saved);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存到').waitFor();
    expect(JSON.parse(readFileSync(saved, 'utf8')).prior.year).toBe(2020);
    await page.close();
  });

  it('takes an explanation for a carry-over that differs (T3-05), saved with the draft', async () => {
    const page = await hongqiao2021();
    await goToPart(page, 'applications');
    await cell(page, 'apply.R2.NP').focus();
    await page.keyboard.type('3');
    const carry = page.locator('.findings [data-rule="T3-05"]');
    expect(await carry.getAttribute('data-severity')).toBe('error');
    // An error, but one the statute lets a reason stand for: the label says so.
    expect(await carry.locator('.sev').textContent()).toBe('错误（有正当原因的，可写明）');
    await carry.getByRole('button', { name: '写明原因…' }).click();
    await carry.getByLabel(/数字不同的原因（如机构改革、统计口径调整）/).fill('机构改革，承接原某局申请 2 件');
    expect(await carry.getAttribute('data-severity')).toBe('info');
    expect(await carry.textContent()).toContain('已说明：机构改革，承接原某局申请 2 件');
    const path = join(app.workDir, '说明.nianbao');
    app.harness.dialogs.queue(path);
    await page.keyboard.press('Control+s');
    await page.getByText('已保存到').waitFor();
    expect(JSON.parse(readFileSync(path, 'utf8')).report.explanations).toEqual({ 'T3-05': '机构改革，承接原某局申请 2 件' });
    await page.close();
  });

  it('shows this year beside last year, with an accessible chart', async () => {
    const page = await hongqiao2021();
    await goToPart(page, 'applications');
    await cell(page, 'apply.R3_1.NP').focus();
    await page.keyboard.type('40');
    await goToPart(page, 'compare');
    const chart = page.locator('svg.chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('desc').textContent()).toContain('予以公开：2020年 89 件，2021年 40 件');
    const row = await page.locator('table.compare').nth(1).locator('tr', { hasText: '予以公开' }).locator('td').allTextContents();
    expect(row).toEqual(['40', '89', '-49']);
    // The chart has axes with ticks, a legend, and every value on its bar.
    expect(await chart.locator('[data-role="y-axis"] [data-role="tick"]').count()).toBeGreaterThan(2);
    expect(await chart.locator('[data-role="legend-item"]').allTextContents()).toEqual(['2020年', '2021年']);
    expect(await chart.locator('[data-role="value-label"][data-series="2021年"][data-category="予以公开"]').textContent()).toBe('40');
    // 实质公开率: 2021 (40 + 0) ÷ 40; 2020 (89 + 6) ÷ 310 = 30.6%
    expect((await page.locator('tr[data-indicator="disclosure"] td').allTextContents()).slice(0, 3)).toEqual(['100.0%', '30.6%', '▲ +69.4']);
    expect(await axeViolations(page)).toEqual([]);
    // 导出图解: compared with last year, where the clerk chose. (SVG here: the PNG drawing, seconds
    // of CPU, is tested in test/electron/graphic.test.ts.)
    const target = join(app.workDir, '红桥区图解.svg');
    app.harness.dialogs.queue(target);
    await exportFromToolbar(page, '导出图解…');
    // This year's draft is not finished: the export first shows its errors.
    await page.getByRole('dialog').getByRole('button', { name: '仍然导出' }).click();
    await page.getByText('已导出图解').waitFor();
    const svg = readFileSync(target, 'utf8');
    expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('2020年');
    await page.close();
  });

  it('a new year: 现行有效件数 carried with a note, the leftover years changed together after a look at each, amounts compared exactly (issue 22, items 5 and 9)', async () => {
    const page = await app.page();
    await page.getByRole('button', { name: '打开示例报告' }).click();
    await page.waitForSelector('.workspace');
    await page.getByRole('button', { name: '新建下一年度' }).click();

    expect(await page.locator('.conversion-notes').textContent()).toContain('表二的现行有效件数已按 2024 年报告填入（规章 12 件、行政规范性文件 64 件）');
    const stale = page.locator('.findings [data-rule="TXT-01"]');
    expect(await stale.count()).toBe(3);
    await page.getByRole('button', { name: '全部改为“2025年”…' }).click();
    const review = page.getByRole('dialog', { name: '改为“2025年”：共 3 处' });
    const items = review.getByRole('checkbox');
    expect(await items.count()).toBe(3);
    expect(await review.locator('li').nth(2).textContent()).toContain('一、总体情况');
    await items.nth(2).uncheck(); // this one the clerk keeps as it is
    await review.getByRole('button', { name: '修改选中的 2 处' }).click();
    expect(await stale.count()).toBe(1);
    expect(await page.locator('.notice').textContent()).toContain('已修改 2 处年份');
    await goToPart(page, 'preamble');
    expect(await page.locator('[data-text="preamble"]').inputValue()).toContain('2025年1月1日起至2025年12月31日止');
    await goToPart(page, 'overview');
    expect(await page.locator('[data-text="overview"]').inputValue()).toMatch(/^2024年/);
    // One undo takes both back.
    await page.keyboard.press('Control+z');
    expect(await stale.count()).toBe(3);

    await goToPart(page, 'active');
    expect(await cell(page, 'active.REG.IN_FORCE').inputValue()).toBe('12');
    await cell(page, 'active.FEE.AMOUNT').click();
    await page.keyboard.type('488.65');
    await page.keyboard.press('Enter');
    await goToPart(page, 'compare');
    const row = await page.locator('table.compare').first().locator('tr', { hasText: '本年收费金额' }).locator('td').allTextContents();
    // In binary fractions the change was -779.7814999999999.
    expect(row).toEqual(['488.65', '1268.4315', '-779.7815']);
    await page.close();
  });
});
