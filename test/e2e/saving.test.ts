// Never lose a clerk's work (issue 12), in Chromium through the harness (one document session per
// page, as per window): two windows on one file, a file changed on disk before saving, a stale
// recovery copy, offers acted on by the id shown, steady typing still writes a copy, an autosave
// failure is shown, and an export onto a link to the draft is refused.

import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStamp } from '../../electron/services/fileIdentity';
import { RecoveryStore } from '../../electron/services/recovery';
import { serializeDraft } from '../../shared/draft';
import { fixturePath, loadFixture, withCells } from '../helpers';
import { cell, goToPart, newReport, startApp, windowId, type App, exportFromToolbar } from './app';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let app: App;
let workDir: string;
let recoveryDir: string;
/** Drafts that a crashed session left recovery copies of. */
const crashed = { stale: '', first: '', second: '' };

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-saving-'));
  const userData = join(workDir, '.user-data');
  recoveryDir = join(userData, 'recovery');
  const store = new RecoveryStore(recoveryDir);
  // A crashed session had edits in three files. One of them was saved again since, by other work.
  for (const name of ['stale', 'first', 'second'] as const) {
    const path = join(workDir, `崩溃前-${name}.nianbao`);
    copyFileSync(fixturePath('tianshui-2020'), path);
    crashed[name] = path;
    const edited = { ...withCells(loadFixture('tianshui-2020'), { 'apply.R1.NP': 500 }), organization: `${name}单位` };
    await store.slot(`copy-${name}`).write(edited, path, null, await fileStamp(path));
  }
  writeFileSync(crashed.stale, serializeDraft(withCells(loadFixture('tianshui-2020'), { 'apply.R1.NP': 777 })));
  app = await startApp({ workDir, userDataDir: userData });
});
afterAll(async () => {
  await app?.close();
});

async function openFile(page: Page, path: string): Promise<void> {
  app.harness.dialogs.queue(path);
  await page.getByRole('button', { name: '打开草稿…' }).click();
}

function draft(name: string): string {
  const path = join(workDir, name);
  copyFileSync(fixturePath('hongqiao-2020'), path);
  return path;
}

describe('two windows on one file', () => {
  it('opening it again brings the first window forward; the second stays as it was', async () => {
    const path = draft('两个窗口.nianbao');
    const first = await app.page();
    await openFile(first, path);
    await first.waitForSelector('.workspace');
    const second = await app.page();
    await openFile(second, path);
    const notice = second.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('“两个窗口.nianbao”已在另一个窗口中打开，已切换到那个窗口。');
    expect(await second.locator('.workspace').count()).toBe(0);
    expect(app.harness.focused).toContain(await windowId(first));
    // Closed there, it opens here.
    await first.close();
    await openFile(second, path);
    await second.waitForSelector('.workspace');
    await second.close();
  });

  it('新建 lets go of the file: another window may open it at once', async () => {
    const path = draft('新建后.nianbao');
    const first = await app.page();
    await openFile(first, path);
    await first.waitForSelector('.workspace');
    await first.getByRole('button', { name: '新建', exact: true }).click();
    await first.getByLabel('机关全称').waitFor();
    const second = await app.page();
    await openFile(second, path);
    await second.waitForSelector('.workspace');
    expect(await second.locator('.notice-error').count()).toBe(0);
    await first.close();
    await second.close();
  });
});

describe('a file changed on disk since it was opened', () => {
  it('saving asks 覆盖 / 另存为 / 取消 (另存为 first in focus) and never overwrites silently', async () => {
    const path = draft('别处修改.nianbao');
    const page = await app.page();
    await openFile(page, path);
    await page.waitForSelector('.workspace');
    await goToPart(page, 'applications');
    await cell(page, 'apply.R1.NP').fill('61');
    await cell(page, 'apply.R1.NP').press('Tab');
    const colleague = serializeDraft(withCells(loadFixture('hongqiao-2020'), { 'apply.R1.NP': 99 }));
    writeFileSync(path, colleague);

    await page.keyboard.press('Control+s');
    const question = page.getByRole('dialog', { name: '文件已在别处被修改' });
    await question.waitFor();
    expect(await question.getByRole('button').allTextContents()).toEqual(['覆盖', '另存为', '取消']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('另存为');
    expect(await question.textContent()).toContain('“别处修改.nianbao”在打开之后已被修改');
    await question.getByRole('button', { name: '取消' }).click();
    expect(readFileSync(path, 'utf8')).toBe(colleague);
    expect(await page.locator('.file').textContent()).toContain('有未保存的修改');

    const copy = join(workDir, '别处修改-我的.nianbao');
    app.harness.dialogs.queue(copy);
    await page.keyboard.press('Control+s');
    await question.getByRole('button', { name: '另存为' }).click();
    await page.getByText('已保存到“别处修改-我的.nianbao”').waitFor();
    expect(readFileSync(path, 'utf8')).toBe(colleague);
    expect(readFileSync(copy, 'utf8')).toContain('"apply.R1.NP": 61');

    // 覆盖, when the clerk means it.
    writeFileSync(copy, colleague);
    await page.keyboard.press('Control+s');
    await question.getByRole('button', { name: '覆盖' }).click();
    await expect.poll(() => readFileSync(copy, 'utf8')).toContain('"apply.R1.NP": 61');
    await page.close();
  });
});

describe('a save that fails', () => {
  it('says why, leaves the file as it was, and keeps the edits unsaved and their recovery copy', async () => {
    const path = draft('只读.nianbao');
    const page = await app.page();
    await openFile(page, path);
    await page.waitForSelector('.workspace');
    await goToPart(page, 'applications');
    await cell(page, 'apply.R1.NP').fill('62');
    chmodSync(path, 0o444);
    const before = sha(path);
    await page.keyboard.press('Control+s');
    const notice = page.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('未能保存“只读.nianbao”');
    expect(await notice.textContent()).toContain('文件是只读的，不能覆盖');
    expect(await notice.textContent()).toContain('也已留有恢复副本');
    expect(await page.locator('.file').textContent()).toContain('有未保存的修改');
    expect(sha(path)).toBe(before);
    const copies = new RecoveryStore(recoveryDir);
    expect((await copies.leftOver()).some((c) => c.originalPath === path && c.report.cells['apply.R1.NP'] === 62)).toBe(true);
    await page.close();
  });
});

describe('recovery copies', () => {
  it('a copy older than its file is offered when the file is opened, says so, and saving it defaults to 另存为', async () => {
    const newer = sha(crashed.stale);
    const page = await app.page();
    await openFile(page, crashed.stale);
    const offer = page.getByRole('dialog', { name: '这个文件有未保存的修改可以恢复' });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('又修改过，这份副本比它旧');
    // For a stale copy, the safe answer has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('以后再说');
    await offer.getByRole('button', { name: '恢复' }).click();
    await page.locator('.conversion-notes').getByText('恢复的内容早于磁盘上的“崩溃前-stale.nianbao”').waitFor();
    await goToPart(page, 'applications');
    expect(await cell(page, 'apply.R1.NP').inputValue()).toBe('500');

    await page.keyboard.press('Control+s');
    const question = page.getByRole('dialog', { name: '文件已在别处被修改' });
    await question.waitFor();
    const elsewhere = join(workDir, '恢复的副本.nianbao');
    app.harness.dialogs.queue(elsewhere);
    await page.keyboard.press('Enter'); // the default: 另存为
    await page.getByText('已保存到“恢复的副本.nianbao”').waitFor();
    expect(sha(crashed.stale)).toBe(newer);
    expect(existsSync(elsewhere)).toBe(true);
    await page.close();
  });

  it('the start page lists each copy; 放弃 and 恢复 act on the copy shown beside them', async () => {
    const page = await app.page();
    const item = (name: string) => page.locator('.recovery li', { hasText: `崩溃前-${name}.nianbao` });
    await item('first').waitFor();
    await item('second').waitFor();
    await item('first').getByRole('button', { name: '放弃这些内容' }).click();
    await item('first').waitFor({ state: 'detached' });
    expect(readdirSync(recoveryDir).filter((f) => f.startsWith('copy-')).sort()).toEqual(['copy-second.json', 'copy-second.nianbao']);
    await item('second').getByRole('button', { name: '恢复' }).click();
    await page.waitForSelector('.workspace');
    expect(await page.locator('.file').textContent()).toContain('崩溃前-second.nianbao');
    expect(await page.getByLabel('机关名称').inputValue()).toBe('second单位');
    await page.close();
  });
});

describe('autosave', () => {
  it('steady typing (a key every 1.2 s) still writes a recovery copy within 5 s', async () => {
    const page = await app.page();
    await newReport(page, '打字不停的单位', 2024);
    await goToPart(page, 'overview');
    const before = new Set(readdirSync(recoveryDir));
    const copies = () => readdirSync(recoveryDir).filter((f) => f.endsWith('.nianbao') && !before.has(f));
    const text = page.locator('[data-text="overview"]');
    await text.focus();
    const start = Date.now();
    // Never a 1.5 s pause, so a debounce alone would never write.
    while (copies().length === 0 && Date.now() - start < 5000) {
      await page.keyboard.type('字');
      await page.waitForTimeout(1200);
    }
    expect(copies()).toHaveLength(1);
    await page.close();
  });

  it('a recovery copy that cannot be written is shown to the clerk', async () => {
    const page = await app.page();
    await newReport(page, '恢复副本写不了的单位', 2024);
    // The recovery folder is gone and a file stands in its way.
    const moved = `${recoveryDir}-away`;
    rmSync(moved, { recursive: true, force: true });
    copyDir(recoveryDir, moved);
    rmSync(recoveryDir, { recursive: true });
    writeFileSync(recoveryDir, '');
    try {
      await goToPart(page, 'applications');
      await cell(page, 'apply.R1.NP').fill('3');
      const notice = page.locator('.notice-error');
      await notice.waitFor({ timeout: 8000 });
      expect(await notice.textContent()).toContain('未能写入恢复副本');
    } finally {
      rmSync(recoveryDir);
      copyDir(moved, recoveryDir);
    }
    await page.close();
  });
});

function copyDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) copyFileSync(join(from, f), join(to, f));
}

describe('exports', () => {
  it('refuses to export onto a link that points at the draft, and leaves the draft alone', async () => {
    const path = draft('链接.nianbao');
    const link = join(workDir, '发布用.html');
    symlinkSync(path, link);
    const before = sha(path);
    const page = await app.page();
    await openFile(page, path);
    await page.waitForSelector('.workspace');
    app.harness.dialogs.queue(link);
    await exportFromToolbar(page, '导出网页…');
    // The fixture has no narrative (S-01 errors): the export gate asks first.
    await page.locator('dialog.question[open]').getByRole('button', { name: '仍然导出' }).click();
    const notice = page.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('导出文件不能与草稿是同一个文件');
    expect(sha(path)).toBe(before);
    await page.close();
  });
});
