// The report's life in Chromium (issue 23 acceptance): 起草 → 送审 → 退回 with two remarks (a cell,
// a sentence) → the drafter sees them on their places, fixes, resolves → 送审 → 通过 → 签发 → 备案
// → 发布; one edit shows 与已发布版本不一致 and the comparison names it; restoring the published
// version clears it. Undo never takes back a recorded step; all of it survives save and reopen;
// the 审核签批单 carries the draft's figures.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../shared/draft';
import { contentOf, fingerprint } from '../../shared/workflow';
import { cell, goToPart, startApp, type App } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const SENTENCE = '全年主动公开政府信息4213条，其中政策解读86篇。';
const bar = (page: Page) => page.getByRole('region', { name: '审核和发布' });

async function as(page: Page, name: string): Promise<void> {
  await bar(page).getByLabel('姓名').fill(name);
}

async function recordStep(page: Page, step: string, fill: Record<string, string> = {}): Promise<void> {
  await bar(page).getByRole('group', { name: '记录步骤' }).getByRole('button', { name: step, exact: true }).click();
  const form = page.getByRole('form', { name: `记录“${step}”` });
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: `记录“${step}”` }).click();
  await page.getByText(`已记录“${step}”并保存。`).waitFor();
}

const stage = (page: Page) => bar(page).locator('.stage').textContent();

async function addRemark(page: Page, choice: RegExp, text: string): Promise<void> {
  await page.getByRole('button', { name: '添加审核意见' }).click();
  const form = page.getByRole('form', { name: '添加审核意见' });
  await form.getByRole('radio', { name: choice }).check();
  await form.getByLabel('意见').fill(text);
  await form.getByRole('button', { name: '添加', exact: true }).click();
  await page.getByText('已添加审核意见。').waitFor();
}

describe('a report through review, sign-off, filing and publication', () => {
  it('draft → 送审 → 退回 with two remarks → fixed and resolved → 送审 → 通过 → 签发 → 备案 → 发布; a later edit is named and undone by restoring', async () => {
    const page = await app.page();
    await page.getByRole('button', { name: '打开示例报告' }).click();
    await page.waitForSelector('.workspace');
    expect(await stage(page)).toBe('阶段：起草');

    // The clerk submits: the draft is saved at once (a new file: asked where).
    const path = join(app.workDir, '示例区2024年报.nianbao');
    app.harness.dialogs.queue(path);
    await as(page, '王小明');
    await recordStep(page, '送审');
    expect(await stage(page)).toBe('阶段：送审');

    // The reviewer: one remark on a cell, one on a sentence, then 退回.
    await as(page, '李科长');
    await goToPart(page, 'active');
    await cell(page, 'active.LIC.DECISIONS').focus();
    await addRemark(page, /^表二 行政许可/, '行政许可决定数与台账不符，请核对。');
    await goToPart(page, 'overview');
    const overview = page.locator('[data-text="overview"]');
    const text = await overview.inputValue();
    const at = text.indexOf(SENTENCE);
    await overview.evaluate((el: HTMLTextAreaElement, [s, e]) => (el.focus(), el.setSelectionRange(s, e)), [at, at + SENTENCE.length]);
    await addRemark(page, /所选文字/, '政策解读篇数有误。');
    expect(await bar(page).locator('.remark-count').textContent()).toBe('审核意见 2 条未处理');
    await recordStep(page, '退回', { '退回说明（具体修改意见请在“审核意见”中逐条添加）': '请按意见修改' });
    expect(await stage(page)).toBe('阶段：退回');

    // The drafter sees both on their places.
    await as(page, '王小明');
    await goToPart(page, 'active');
    await expect.poll(() => cell(page, 'active.LIC.DECISIONS').locator('xpath=..').getAttribute('class')).toContain('has-remark');
    await goToPart(page, 'overview');
    await page.locator('.text-remarks').getByRole('button', { name: `「${SENTENCE}」` }).click();
    // Selected once the part is shown (the next frame).
    await expect.poll(() => overview.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(SENTENCE);
    // … fixes them, and resolves them.
    await overview.fill(text.replace('政策解读86篇', '政策解读89篇'));
    await goToPart(page, 'active');
    await cell(page, 'active.LIC.DECISIONS').focus();
    await page.keyboard.type('18243');
    await page.keyboard.press('Tab');
    expect(await stage(page)).toBe('阶段：起草（按退回意见修改中）');
    const remarks = page.getByRole('list', { name: '未处理的审核意见' });
    await remarks.getByRole('button', { name: '已处理' }).first().click();
    await remarks.getByRole('button', { name: '已处理' }).first().click();
    expect(await bar(page).locator('.remark-count').textContent()).toBe('审核意见 0 条未处理');

    await recordStep(page, '送审');
    await as(page, '李科长');
    await recordStep(page, '通过');
    await as(page, '赵局长');
    await recordStep(page, '签发');
    await as(page, '陈备案');
    await recordStep(page, '备案');
    await as(page, '王小明');
    await recordStep(page, '发布', { '网址（可选）': 'https://www.example.gov.cn/xxgk/2024nb.html' });
    expect(await stage(page)).toBe('阶段：发布');

    // Undo never takes back a recorded step.
    await page.getByRole('toolbar', { name: '文件和编辑' }).getByRole('button', { name: '撤销' }).click();
    expect(await stage(page)).toBe('阶段：发布');

    const saved = parseDraft(readFileSync(path, 'utf8'));
    if (!saved.ok) throw new Error(saved.message);
    const { workflow } = saved.draft.report;
    expect(workflow.history.map((e) => `${e.step}:${e.by}`)).toEqual(['submit:王小明', 'return:李科长', 'submit:王小明', 'approve:李科长', 'sign:赵局长', 'file:陈备案', 'publish:王小明']);
    expect(workflow.remarks.map((r) => [r.by, r.quote, r.resolved?.by])).toEqual([
      ['李科长', '表二 行政许可 / 本年处理决定数量', '王小明'],
      ['李科长', SENTENCE, '王小明'],
    ]);
    expect(workflow.remarks[0].anchor).toBe('cells:active.LIC.DECISIONS');
    const published = fingerprint(contentOf(saved.draft.report));
    expect(workflow.history.at(-1)!.fingerprint).toBe(published);

    // One edit after 发布: 与已发布版本不一致, PUB-01 among the findings, and the comparison names it.
    await goToPart(page, 'active');
    await cell(page, 'active.LIC.DECISIONS').focus();
    await page.keyboard.type('18250');
    await page.keyboard.press('Tab');
    await bar(page).getByRole('button', { name: '与已发布版本不一致' }).waitFor();
    await expect.poll(() => page.locator('.findings').textContent()).toContain('与已发布版本不一致');
    await bar(page).getByRole('button', { name: '与已发布版本不一致' }).click();
    const changed = page.locator('[data-changed="active.LIC.DECISIONS"]');
    expect(await changed.locator('td').allTextContents()).toEqual(['18243', '18250']);
    await page.getByRole('button', { name: '恢复左侧版本' }).click();
    await expect.poll(() => bar(page).getByRole('button', { name: '与已发布版本不一致' }).count()).toBe(0);
    expect(await stage(page)).toBe('阶段：发布');
    expect(await page.locator('.versions-same').textContent()).toBe('两个版本的内容相同。');
    expect(await page.locator('.version-list tbody tr').count()).toBe(7);

    // The 审核签批单 for the published version: its fingerprint, names and counts, as PDF (Chromium).
    const sheet = join(app.workDir, '签批单.pdf');
    app.harness.dialogs.queue(sheet);
    await bar(page).getByRole('button', { name: '签批单 ▾' }).click();
    await page.getByRole('menuitem', { name: '导出审核签批单 PDF…' }).click();
    await page.getByText('已导出审核签批单“签批单.pdf”').waitFor();
    const { stdout: printed } = await promisify(execFile)('pdftotext', ['-layout', sheet, '-']);
    const { stdout: info } = await promisify(execFile)('pdfinfo', [sheet]);
    expect(info).toMatch(/Pages:\s+1\n/);
    const words = printed.replace(/\s+/g, '');
    expect(words).toContain(published);
    for (const who of ['王小明', '李科长', '赵局长', '陈备案']) expect(words).toContain(who);
    expect(words).toContain('当前阶段发布审核意见未处理0条，已处理2条（退回1次）');
    expect(words).toContain('检查结果错误0项；警告0项；提示0项');
    expect(words).toContain('https://www.example.gov.cn/xxgk/2024nb.html');
    await page.close();

    // Reopened on another day: the stage, the history and the resolved remarks are all there.
    const again = await app.page();
    app.harness.dialogs.queue(path);
    await again.getByRole('button', { name: '打开草稿…' }).click();
    await again.waitForSelector('.workspace');
    expect(await stage(again)).toBe('阶段：发布');
    await again.getByText('已处理 2 条').click();
    expect(await again.locator('.remark.resolved').count()).toBe(2);
    await again.close();
  });
});
