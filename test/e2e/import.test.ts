// 文件 → 导入已发布的年报 in the app: a confirmation of what was recognised (organisation and year
// editable) before the draft opens; cells the import could not establish hatched with the reason
// until edited or confirmed; where each imported figure stood, on the cell; the import summary
// reopened from the draft.

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
  it('shows what was recognised, lets the organisation be corrected, and marks the cells printed blank', async () => {
    const page = await app.page();
    app.harness.dialogs.queue(referencePath('published', 'shuyang-fagaiju-2023.html'));
    await page.getByRole('button', { name: '导入已发布的年报…' }).click();
    const confirm = page.getByRole('dialog', { name: '导入已发布的年报：请确认' });
    // The parsing worker starts first: seconds on a busy machine.
    await confirm.waitFor({ timeout: 30_000 });
    expect(await confirm.getByLabel('机关名称').inputValue()).toBe('沭阳县发展和改革局');
    expect(await confirm.getByLabel('报告年度').inputValue()).toBe('2023');
    const facts = await confirm.locator('.import-facts').textContent();
    expect(facts).toContain('2021 年版');
    expect(facts).toContain('空白按 0 导入120 个');
    expect(await axeViolations(page)).toEqual([]);

    await confirm.getByLabel('报告年度').fill('2018');
    expect(await confirm.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await confirm.getByLabel('报告年度').fill('2023');
    await confirm.getByLabel('机关名称').fill('沭阳县发展和改革局（导入测试）');
    await confirm.getByRole('button', { name: '确认导入' }).click();
    await page.waitForSelector('.workspace');
    expect(await page.getByLabel('机关名称').inputValue()).toBe('沭阳县发展和改革局（导入测试）');
    expect(await page.locator('.import-bar').textContent()).toContain('有 120 个单元格导入时未能确定');

    // A cell printed blank: hatched, the reason on hover; typing settles it.
    await goToPart(page, 'applications');
    const marked = cell(page, 'apply.R1.BIZ');
    expect(await marked.inputValue()).toBe('0');
    expect(await marked.locator('xpath=..').getAttribute('class')).toContain('import-mark');
    await marked.focus();
    expect(await page.locator('#msg-apply\\.R1\\.BIZ').textContent()).toContain('原文空白，按 0 导入');
    await marked.fill('2');
    expect(await marked.locator('xpath=..').getAttribute('class')).not.toContain('import-mark');
    expect(await page.locator('.import-bar').textContent()).toContain('有 119 个单元格');
    // The printed 总计 (26) gave way to the form's sum once a figure it sums was edited.
    expect(await cell(page, 'apply.R1.TOT').textContent()).toBe('28');
    expect(await page.locator('.finding', { hasText: '原文为 26' }).count()).toBe(0);

    // The summary reopens from the draft; a mark confirmed there goes too.
    await page.getByRole('button', { name: '导入说明' }).click();
    const record = page.getByRole('dialog', { name: /导入说明/ });
    const notes = await record.locator('.import-notes').textContent();
    expect(notes).toContain('机关名称“沭阳县发展和改革局”取自标题');
    expect(notes).toContain('导入确认时把机关名称由“沭阳县发展和改革局”改为“沭阳县发展和改革局（导入测试）”');
    expect(notes).toContain('删去原文一行：“首页”');
    // Rule ids are the checker's, not words for the clerk.
    expect(notes).toContain('表三（依申请公开）中有 120 个单元格空白，已按 0 导入，请核对');
    expect(notes).not.toMatch(/IMP-\d/);
    // A 0 read from a blank: confirming it takes the hatching off that cell.
    expect(await record.locator('#marks-filled').textContent()).toBe('待确认的数字（119 个）');
    await record.locator('[data-mark="apply.R1.RES"]').getByRole('button', { name: '确认' }).click();
    expect(await page.locator('.import-bar').textContent()).toContain('有 118 个单元格');
    expect(await axeViolations(page)).toEqual([]);
    await record.getByRole('button', { name: '全部确认（118 个）' }).click();
    expect(await page.locator('.notice').textContent()).toContain('已确认 118 个单元格');
    await record.getByRole('button', { name: '关闭' }).click();
    expect(await page.locator('.import-bar').textContent()).toContain('均已核对');
    expect(await cell(page, 'apply.R1.RES').locator('xpath=..').getAttribute('class')).not.toContain('import-mark');
    await page.close();
  });

  it('shows where an imported figure stood in the source when the pointer rests on its cell', async () => {
    const page = await app.page();
    app.harness.dialogs.queue(referencePath('published', 'shuyang-fagaiju-2023.html'));
    await page.getByRole('button', { name: '导入已发布的年报…' }).click();
    const confirm = page.getByRole('dialog', { name: '导入已发布的年报：请确认' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '确认导入' }).click();
    await page.waitForSelector('.workspace');
    await goToPart(page, 'applications');
    const imported = cell(page, 'apply.R1.NP');
    expect(await imported.inputValue()).toBe('26');
    const tip = page.locator('#msg-apply\\.R1\\.NP');
    expect(await tip.isVisible()).toBe(false);
    await imported.locator('xpath=..').hover();
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toBe('原文第 3 个表格第 4 行第 2 格印为“26”，按其在该行中的位置确定栏目：一、本年新收政府信息公开申请数量 | 26 | 　 | 　 | 　 | 　 | 　 | 26');
    // A figure the clerk types is theirs: the source goes with the import's.
    await imported.fill('27');
    await imported.locator('xpath=..').hover();
    expect(await page.locator('#msg-apply\\.R1\\.NP').allTextContents()).not.toContainEqual(expect.stringContaining('原文第'));
    await page.close();
  });

  it('imports a PDF; cancelling the confirmation opens nothing; its printed totals and blank cells can be acted on', async () => {
    const page = await app.page();
    app.harness.dialogs.queue(referencePath('published', 'hongze-2023.pdf'));
    await page.getByRole('button', { name: '导入已发布的年报…' }).click();
    const confirm = page.getByRole('dialog', { name: '导入已发布的年报：请确认' });
    // The first PDF loads the PDF reader: seconds on a busy machine.
    await confirm.waitFor({ timeout: 30_000 });
    expect(await confirm.getByLabel('机关名称').inputValue()).toBe('洪泽区人民政府');
    expect(await confirm.locator('.import-dropped summary').textContent()).toContain('删去的原文 5 行');
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await page.locator('.workspace').count()).toBe(0);

    app.harness.dialogs.queue(referencePath('published', 'hongze-2023.pdf'));
    await page.getByRole('button', { name: '导入已发布的年报…' }).click();
    await confirm.waitFor({ timeout: 30_000 });
    await confirm.getByRole('button', { name: '确认导入' }).click();
    await page.waitForSelector('.workspace');
    await goToPart(page, 'review');
    expect(await cell(page, 'review.RV.UPHELD').inputValue()).toBe('10');

    // The source printed 总计 0 for 行政复议 (10 + 1 + 0 + 0): the finding says both figures and
    // which prints; the total's pop-up offers the computed one (issue 22 item 2, issue 28 item 3).
    const stated = page.locator('.finding[data-rule="T4-02"]', { hasText: '「行政复议 / 总计」' });
    expect(await stated.locator('.message').textContent()).toContain('原文为 0，与本行结果维持、结果纠正、其他结果、尚未审结之和 11 不符（相差 11）；导出时打印 11');
    const total = cell(page, 'review.RV.TOTAL');
    expect(await total.textContent()).toBe('11');
    await total.click();
    const tip = page.locator('#msg-review\\.RV\\.TOTAL');
    expect(await tip.textContent()).toContain('原文为 0');
    // One pop-up at a time: the one under the pointer, not also the focused cell's beneath it.
    await cell(page, 'review.LR.UPHELD').hover();
    expect(await page.locator('.cell-msg:visible').count()).toBe(1);
    expect(await tip.isVisible()).toBe(false);
    await total.hover();
    await tip.getByRole('button', { name: '采用计算值 11' }).click();
    expect(await stated.count()).toBe(0);
    expect(await total.textContent()).toBe('11');
    expect(await tip.count()).toBe(0);
    await page.keyboard.press('Control+z');
    expect(await stated.count()).toBe(1);
    // The same from the findings panel, for the other printed total.
    const other = page.locator('.finding[data-rule="T4-02"]', { hasText: '复议后起诉' });
    await other.getByRole('button', { name: '采用计算值 5' }).click();
    expect(await other.count()).toBe(0);
    expect(await stated.count()).toBe(1);
    await goToPart(page, 'applications');
    const sub = cell(page, 'apply.R3_6_1.NP');
    expect(await sub.inputValue()).toBe('');
    expect(await sub.locator('xpath=..').getAttribute('class')).toContain('mark-unreadable');

    // A cell left blank cannot be "confirmed" into anything: the summary sends the clerk to it,
    // and says how to fill cells the source printed blank (空白填0); typing settles it.
    await page.getByRole('button', { name: '导入说明' }).click();
    const record = page.getByRole('dialog', { name: /导入说明/ });
    const blank = record.locator('.import-group', { has: page.locator('#marks-blank') });
    expect(await blank.textContent()).toContain('空白填0');
    const item = blank.locator('[data-mark="apply.R3_6_1.NP"]');
    expect(await item.getByRole('button', { name: '确认' }).count()).toBe(0);
    await item.getByRole('button', { name: /逾期不补正/ }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === 'apply.R3_6_1.NP');
    expect(await page.locator('#msg-apply\\.R3_6_1\\.NP').textContent()).toContain('请对照原文填写此格');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    expect(await sub.locator('xpath=..').getAttribute('class')).not.toContain('import-mark');
    await page.close();
    // Two imports of a PDF: each may take seconds on a busy machine.
  }, 90_000);
});
