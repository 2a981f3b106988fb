// The checks in Chromium (issue "Checks a clerk can trust", items 3, 5, 6 and issue 17 item 6):
// a warning acknowledged with a reason stays acknowledged after saving and reopening; exporting
// a report with errors shows them and asks 返回修改 / 仍然导出; the panel groups by part, shows
// the message first, can show only the current part and keeps its items while findings change;
// 发布日期 and 机关类型 drive the deadline check S-06.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../shared/draft';
import type { Report } from '../../shared/report';
import { loadFixture, withCells } from '../helpers';
import { axeViolations } from './axe';
import { cell, goToPart, startApp, type App, exportFromToolbar } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** sample-2024 with its part 三 saying 150 applications were received (table 三: 141 new, 7 carried over). */
const sample = loadFixture('sample-2024');
const withClaim: Report = { ...sample, text: { ...sample.text, applications: '全年收到政府信息公开申请150件。其余情况见下表。' } };
/** With a part-level warning too: part 五 says nothing of last year's problems (TXT-04). */
const withTwoWarnings: Report = { ...withClaim, text: { ...withClaim.text, problems: '一是部分单位政策解读形式单一。\n改进措施：加强培训。' } };

async function open(page: Page, report: Report, name: string): Promise<string> {
  const path = join(app.workDir, name);
  if (!existsSync(path)) writeFileSync(path, serializeDraft(report));
  app.harness.dialogs.queue(path);
  await page.getByRole('button', { name: '打开草稿…' }).click();
  await page.waitForSelector('.workspace');
  return path;
}

const finding = (page: Page, rule: string) => page.locator(`.findings [data-rule="${rule}"]`);
const navCount = (page: Page, part: string, kind: 'error' | 'warning') => page.locator(`[data-part="${part}"] .count-${kind}`);

describe('acknowledging a warning with a reason (无需修改)', () => {
  it('is saved with the draft and shown as acknowledged to whoever opens it next, after edits elsewhere', async () => {
    const page = await app.page();
    const path = await open(page, withClaim, '说明.nianbao');
    const claim = finding(page, 'T3-08');
    expect(await claim.getAttribute('data-severity')).toBe('warning');
    expect(await navCount(page, 'applications', 'warning').textContent()).toContain('1');

    // No rule id is shown to the clerk.
    expect(await claim.textContent()).not.toContain('T3-08');
    await claim.getByRole('button', { name: '无需修改…' }).click();
    await claim.getByLabel('无需修改的理由（保存在报告中）').fill('含转办的申请，与表三口径不同');
    await claim.getByRole('button', { name: '确定' }).click();
    expect(await claim.getAttribute('data-acknowledged')).toBe('true');
    expect(await claim.textContent()).toContain('无需修改：含转办的申请，与表三口径不同');
    expect(await claim.textContent()).toContain('警告（无需修改）');
    expect(await navCount(page, 'applications', 'warning').count()).toBe(0);
    expect(await page.locator('.findings .summary').textContent()).toContain('无需修改 1');
    // Folded, the panel's strip counts as the panel does: the acknowledged warning is not open.
    await page.getByRole('button', { name: '收起检查结果' }).click();
    expect(await page.locator('.pane-toggle[aria-controls="pane-findings"]').getAttribute('aria-label')).toBe('展开检查结果');
    await page.getByRole('button', { name: '展开检查结果' }).click();

    // An edit elsewhere leaves it acknowledged.
    await goToPart(page, 'overview');
    await page.locator('[data-text="overview"]').press('End');
    await page.keyboard.type('新增一句。');
    expect(await claim.getAttribute('data-acknowledged')).toBe('true');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存到').waitFor();
    const saved = JSON.parse(readFileSync(path, 'utf8')).report;
    expect(saved.acknowledgements).toEqual([{ rule: 'T3-08', anchor: 'text:applications:0:12:全年收到政府信息公开申请150件', reason: '含转办的申请，与表三口径不同' }]);
    await page.close();

    const next = await app.page();
    await open(next, withClaim, '说明.nianbao');
    const again = finding(next, 'T3-08');
    expect(await again.getAttribute('data-acknowledged')).toBe('true');
    expect(await again.textContent()).toContain('无需修改：含转办的申请，与表三口径不同');
    expect(await axeViolations(next)).toEqual([]);

    // Withdrawn, it is a warning again; a changed sentence would lapse it the same way.
    await again.getByRole('button', { name: '撤销' }).click();
    expect(await again.getAttribute('data-acknowledged')).toBeNull();
    expect(await navCount(next, 'applications', 'warning').textContent()).toContain('1');
    await next.close();
  });

  it('is not offered for an error', async () => {
    const page = await app.page();
    await open(page, withCells(sample, { 'apply.R4.NP': 50 }), '错误.nianbao');
    const balance = finding(page, 'T3-04');
    expect(await balance.getAttribute('data-severity')).toBe('error');
    expect(await balance.getByRole('button', { name: '无需修改…' }).count()).toBe(0);
    await page.close();
  });
});

describe('the export gate', () => {
  it('shows the errors and asks 返回修改 / 仍然导出', async () => {
    const page = await app.page();
    await open(page, withCells(sample, { 'apply.R4.NP': 50 }), '导出.nianbao');
    await goToPart(page, 'overview');
    const docx = join(app.workDir, '导出.docx');

    await exportFromToolbar(page, '导出 Word…');
    const dialog = page.locator('dialog.question[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.question-message').textContent()).toBe('报告还有 1 项错误，改正前导出的文件不宜发布。');
    expect(await dialog.locator('.question-detail').textContent()).toContain('「自然人」列不平衡');
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await page.waitForSelector('[data-part="applications"][aria-current="page"]');
    expect(existsSync(docx)).toBe(false);

    app.harness.dialogs.queue(docx);
    await exportFromToolbar(page, '导出 Word…');
    await dialog.getByRole('button', { name: '仍然导出' }).click();
    await page.getByText('已导出Word 文档').waitFor();
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('does not stand in the way of a report without errors', async () => {
    const page = await app.page();
    await open(page, sample, '无错误.nianbao');
    const html = join(app.workDir, '无错误.html');
    app.harness.dialogs.queue(html);
    await exportFromToolbar(page, '导出网页…');
    await page.getByText('已导出网页').waitFor();
    expect(await page.locator('dialog.question[open]').count()).toBe(0);
    await page.close();
  });
});

describe('the findings panel', () => {
  it('groups by part in report order, message first and its severity after it (no rule id), and can show only the current part', async () => {
    const page = await app.page();
    await open(page, withCells(withTwoWarnings, { 'active.FEE.AMOUNT': undefined }), '面板.nianbao');
    expect(await page.locator('.findings .finding-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')))).toEqual(['active', 'applications', 'problems']);
    const first = page.locator('.findings [data-rule="T3-08"] .finding-go');
    expect(await first.evaluate((b) => [...b.children].map((c) => c.className))).toEqual(['message', 'meta']);
    expect(await first.locator('.meta').textContent()).toBe('警告');

    await goToPart(page, 'applications');
    await page.getByLabel('只看当前部分').check();
    expect(await page.locator('.findings .finding-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')))).toEqual(['applications']);
    expect(await navCount(page, 'problems', 'warning').textContent()).toContain('1'); // the counts stay in the navigation
    await goToPart(page, 'overview');
    expect(await page.locator('.findings').textContent()).toContain('本部分未发现问题。');
    await page.getByLabel('只看当前部分').uncheck();
    await page.close();
  });

  it('keeps each item in place while other findings come and go', async () => {
    const page = await app.page();
    await open(page, withTwoWarnings, '位置.nianbao');
    await finding(page, 'TXT-04').evaluate((el) => el.setAttribute('data-kept', 'yes'));
    await goToPart(page, 'active');
    await cell(page, 'active.FEE.AMOUNT').fill('');
    await expect.poll(() => finding(page, 'T2B-01').count()).toBe(1);
    expect(await finding(page, 'TXT-04').getAttribute('data-kept')).toBe('yes');
    await page.close();
  });
});

describe('发布日期 and 机关类型', () => {
  it('check the deadline: 3月31日 for the government’s report guessed from its name, 1月31日 once set to 部门; saved with the draft', async () => {
    const page = await app.page();
    const path = await open(page, sample, '发布.nianbao');
    await goToPart(page, 'preamble');
    expect(await page.getByLabel('机关类型').locator('option:checked').textContent()).toBe('按名称判断：县级以上人民政府（本级政府汇总报告）');
    await page.getByLabel('发布日期').fill('2025-02-20');
    expect(await finding(page, 'S-06').count()).toBe(0);
    await page.getByLabel('机关类型').selectOption('department');
    await expect.poll(() => finding(page, 'S-06').count()).toBe(1);
    expect(await finding(page, 'S-06').textContent()).toContain('发布日期 2025年2月20日 晚于 2025年1月31日');
    expect(await page.locator('.report-info .hint').textContent()).toContain('本报告应于 2025年1月31日前公布');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存到').waitFor();
    expect(JSON.parse(readFileSync(path, 'utf8')).report).toMatchObject({ publishDate: '2025-02-20', organizationType: 'department' });
    await page.close();
  });
});
