// Two PCs on one shared folder (issue 23 acceptance): two app sessions with user-data folders of
// their own on one directory. The second is told who has the draft and opens it read-only (saving
// goes to a new file); a lock left by a killed session is found stale and taken over.

import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathOf } from '../../electron/services/lock';
import { launchChromium } from '../browser';
import { fixturePath } from '../helpers';
import { spawnGroup, type GroupProcess } from '../harness/processes';
import { startApp, type App } from './app';

const shared = mkdtempSync(join(tmpdir(), 'nianbao-shared-'));
/** A PC: its own user-data folder, where the name typed there is remembered. */
function pc(name: string): string {
  const userData = mkdtempSync(join(tmpdir(), 'nianbao-pc-'));
  writeFileSync(join(userData, 'profile.json'), JSON.stringify({ name }));
  return userData;
}

let first: App;
let second: App;
beforeAll(async () => {
  first = await startApp({ workDir: shared, userDataDir: pc('张三') });
  second = await startApp({ workDir: shared, userDataDir: pc('李四') });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

async function openFile(app: App, page: Page, path: string): Promise<void> {
  app.harness.dialogs.queue(path);
  await page.getByRole('button', { name: '打开草稿…' }).click();
}

const lockOwner = (draft: string) => (JSON.parse(readFileSync(lockPathOf(draft), 'utf8')) as { user: string }).user;

describe('a draft on a shared folder', () => {
  it('the second PC is told who has it, opens it read-only, and saves only to a new file; closing frees it', async () => {
    const draft = join(shared, '报告.nianbao');
    copyFileSync(fixturePath('sample-2024'), draft);
    const before = readFileSync(draft);
    const a = await first.page();
    await openFile(first, a, draft);
    await a.waitForSelector('.workspace');
    expect(lockOwner(draft)).toBe('张三');

    const b = await second.page();
    await openFile(second, b, draft);
    const question = b.getByRole('dialog');
    await question.getByText('这个文件正由别人编辑').waitFor();
    expect(await question.textContent()).toMatch(/“报告\.nianbao”正由 张三（电脑 .+）自 .+ 起打开编辑/);
    await question.getByRole('button', { name: '只读打开' }).click();
    await b.waitForSelector('.workspace');
    expect(await b.locator('.stage-bar .read-only').textContent()).toContain('正由 张三');

    // Saving asks for a new file: the colleague's draft is never written over.
    const copy = join(shared, '报告（李四）.nianbao');
    second.harness.dialogs.queue(copy);
    await b.keyboard.press('Control+s');
    await b.getByText('已保存到“报告（李四）.nianbao”').waitFor();
    expect(readFileSync(draft)).toEqual(before);
    expect(lockOwner(copy)).toBe('李四');
    expect(lockOwner(draft)).toBe('张三');

    await a.close();
    await expect.poll(() => existsSync(lockPathOf(draft))).toBe(false);
    await b.close();
    await expect.poll(() => existsSync(lockPathOf(copy))).toBe(false);
  });

  it('a lock left by a killed session is found stale and may be taken over', async () => {
    const draft = join(shared, '断电前的报告.nianbao');
    copyFileSync(fixturePath('sample-2024'), draft);
    // A third PC's app, in a process of its own, opens the draft — and is killed.
    const userData = pc('王五');
    const server = await new Promise<GroupProcess & { url: string }>((resolve, reject) => {
      const started = spawnGroup(join('node_modules', '.bin', 'tsx'), ['test/harness/web.ts', '--port', '0', '--user-data', userData, '--dir', shared, '--open', draft], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      started.proc.stdout!.on('data', (d) => {
        out += d;
        const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
        if (url) resolve({ ...started, url });
      });
      started.proc.on('exit', (code) => reject(new Error(`harness exited ${code}: ${out}`)));
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForSelector('.workspace');
      expect(lockOwner(draft)).toBe('王五');
      server.kill('SIGKILL');
      await new Promise((r) => server.proc.once('exit', r));
    } finally {
      await browser.close();
    }
    expect(lockOwner(draft)).toBe('王五');

    const b = await second.page();
    await openFile(second, b, draft);
    const question = b.getByRole('dialog');
    await question.getByText('这个文件上次没有正常关闭').waitFor();
    expect(await question.textContent()).toContain('王五');
    await question.getByRole('button', { name: '接管' }).click();
    await b.waitForSelector('.workspace');
    expect(await b.locator('.stage-bar .read-only').count()).toBe(0);
    expect(lockOwner(draft)).toBe('李四');
    await b.close();
  }, 60_000);
});
