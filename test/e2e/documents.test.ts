// Files through the harness with the real services (issue: the desktop shell, acceptance):
// new → edit → save → reopen; a corrupt file is refused and left as it was; after the process
// is killed mid-edit, the recovery copy is offered and restores the edits.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../shared/draft';
import { launchChromium } from '../browser';
import { spawnGroup, type GroupProcess } from '../harness/processes';
import { cell, goToPart, newReport, startApp, type App, exportFromToolbar } from './app';
import { fixturePath as fixturePathOf } from '../helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function typeInto(page: Page, key: string, text: string): Promise<void> {
  await cell(page, key).focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

describe('drafts on disk', () => {
  it('new → edit → save → reopen shows the same figures and text', async () => {
    const page = await app.page();
    await newReport(page, '某县市场监督管理局', 2024);
    await goToPart(page, 'applications');
    await typeInto(page, 'apply.R1.NP', '37');
    await typeInto(page, 'apply.R1.BIZ', '4');
    await typeInto(page, 'apply.R3_1.NP', '30');
    await goToPart(page, 'active');
    await typeInto(page, 'active.FEE.AMOUNT', '12.3456');
    await goToPart(page, 'overview');
    await page.locator('[data-text="overview"]').fill('（一）主动公开\n全年主动公开政府信息120条。');

    const path = join(app.workDir, '市场监管局2024.nianbao');
    app.harness.dialogs.queue(path);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存到“市场监管局2024.nianbao”').waitFor();
    expect(await page.title()).toBe('市场监管局2024.nianbao — 年报编辑器');
    const saved = parseDraft(readFileSync(path, 'utf8'));
    expect(saved.ok && saved.draft.report.cells).toMatchObject({ 'apply.R1.NP': 37, 'apply.R1.BIZ': 4, 'apply.R3_1.NP': 30, 'active.FEE.AMOUNT': 12.3456 });
    await page.close();

    const again = await app.page();
    app.harness.dialogs.queue(path);
    await again.getByRole('button', { name: '打开草稿…' }).click();
    await again.waitForSelector('.workspace');
    await goToPart(again, 'applications');
    expect(await cell(again, 'apply.R1.NP').inputValue()).toBe('37');
    expect(await cell(again, 'apply.R1.TOT').textContent()).toBe('41');
    expect(await cell(again, 'apply.R3_1.NP').inputValue()).toBe('30');
    await goToPart(again, 'active');
    expect(await cell(again, 'active.FEE.AMOUNT').inputValue()).toBe('12.3456');
    await goToPart(again, 'overview');
    expect(await again.locator('[data-text="overview"]').inputValue()).toBe('（一）主动公开\n全年主动公开政府信息120条。');
    expect(await again.locator('.file').textContent()).toBe('市场监管局2024.nianbao');

    // Save again goes to the same file without asking; the start page lists it as recent.
    await goToPart(again, 'active');
    await typeInto(again, 'active.FEE.AMOUNT', '20');
    await again.keyboard.press('Control+s');
    await again.getByText('已保存到“市场监管局2024.nianbao”').waitFor();
    const resaved = parseDraft(readFileSync(path, 'utf8'));
    expect(resaved.ok && resaved.draft.report.cells['active.FEE.AMOUNT']).toBe(20);
    await again.close();
    const third = await app.page();
    await third.getByRole('button', { name: /^市场监管局2024\.nianbao/ }).click();
    await third.waitForSelector('.workspace');
    await third.close();
  });

  it('shows why a corrupt file cannot be opened, and leaves it byte for byte as it was', async () => {
    const path = join(app.workDir, '损坏的草稿.nianbao');
    writeFileSync(path, '{"kind":"nianbao-draft","fileVersion":1,"report":{"cells":{"apply.R1.NP":"八十"}}');
    const before = sha(path);
    const page = await app.page();
    app.harness.dialogs.queue(path);
    await page.getByRole('button', { name: '打开草稿…' }).click();
    const notice = page.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('无法打开“损坏的草稿.nianbao”');
    expect(await notice.textContent()).toContain('不是有效的 JSON 格式');
    expect(await page.locator('.workspace').count()).toBe(0);
    expect(sha(path)).toBe(before);
    await page.close();
  });

  it('exports Word and HTML through the page', async () => {
    const page = await app.page();
    await page.getByRole('button', { name: '打开示例报告' }).click();
    await page.waitForSelector('.workspace');
    const docx = join(app.workDir, '示例.docx');
    const html = join(app.workDir, '示例.html');
    app.harness.dialogs.queue(docx, html);
    await exportFromToolbar(page, '导出 Word…');
    await page.getByText('已导出Word 文档“示例.docx”').waitFor();
    await exportFromToolbar(page, '导出网页…');
    await page.getByText('已导出网页“示例.html”').waitFor();
    const fragment = join(app.workDir, '示例片段.html');
    app.harness.dialogs.queue(fragment);
    await exportFromToolbar(page, '导出网页片段…');
    await page.getByText('已导出网页片段“示例片段.html”').waitFor();
    expect(readFileSync(fragment, 'utf8')).toMatch(/^<div lang="zh-CN" style="/);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(html, 'utf8')).toContain('<title>示例市示例区人民政府2024年政府信息公开工作年度报告</title>');
    await page.close();
  });
});

describe('after a crash', () => {
  /** `npm run web` as a process group of its own: tsx runs the server in a second node process. */
  function startServer(userData: string, workDir: string): Promise<GroupProcess & { url: string }> {
    return new Promise((resolve, reject) => {
      const server = spawnGroup(join('node_modules', '.bin', 'tsx'), ['test/harness/web.ts', '--port', '0', '--user-data', userData, '--dir', workDir], { stdio: ['ignore', 'pipe', 'pipe'] });
      const { proc } = server;
      let out = '';
      proc.stdout!.on('data', (d) => {
        out += d;
        const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
        if (url) resolve({ ...server, url });
      });
      proc.on('exit', (code) => reject(new Error(`harness exited ${code}: ${out}`)));
    });
  }

  it('offers the recovery copy after the process was killed mid-edit, and restores the edits', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'nianbao-userdata-'));
    const workDir = mkdtempSync(join(tmpdir(), 'nianbao-work-'));
    const browser = await launchChromium();
    try {
      const first = await startServer(userData, workDir);
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(first.url);
      await page.waitForSelector('html[data-ready="true"]');
      await newReport(page, '某区教育局', 2024);
      await goToPart(page, 'applications');
      await typeInto(page, 'apply.R1.NP', '58');
      // The autosave comes a moment after the last edit.
      const recoveryDir = join(userData, 'recovery');
      await expect.poll(() => existsSync(recoveryDir) && readdirSync(recoveryDir).some((f) => f.endsWith('.nianbao')), { timeout: 10_000 }).toBe(true);
      first.kill('SIGKILL');
      await page.close();

      const second = await startServer(userData, workDir);
      const again = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await again.goto(second.url);
      await again.waitForSelector('html[data-ready="true"]');
      const banner = again.locator('.recovery');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('某区教育局2024年政府信息公开工作年度报告');
      await again.getByRole('button', { name: '恢复' }).click();
      await goToPart(again, 'applications');
      expect(await cell(again, 'apply.R1.NP').inputValue()).toBe('58');
      expect(await again.locator('.file').textContent()).toContain('有未保存的修改');
      second.kill('SIGKILL');
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('a new report never lands on the file opened before it', () => {
  it('新建 after opening a draft asks where to save, and leaves the opened file alone', async () => {
    const opened = join(app.workDir, '已有的报告.nianbao');
    writeFileSync(opened, readFileSync(fixturePathOf('tianshui-2020')));
    const before = sha(opened);
    const page = await app.page();
    app.harness.dialogs.queue(opened);
    await page.getByRole('button', { name: '打开草稿…' }).click();
    await page.waitForSelector('.workspace');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await newReport(page, '另一个机关', 2024);
    const elsewhere = join(app.workDir, '另一个.nianbao');
    app.harness.dialogs.queue(elsewhere);
    await page.keyboard.press('Control+s');
    await page.getByText('已保存到“另一个.nianbao”').waitFor();
    expect(sha(opened)).toBe(before);
    await page.close();
  });
});
