// Starts the harness with the built renderer and opens the editor in Chromium.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumPrinter } from '../harness/printer';
import { startHarness, type Harness } from '../harness/server';
import { launchChromium } from '../browser';
import { fixturePath } from '../helpers';

export interface App {
  browser: Browser;
  harness: Harness;
  /** The print layouts the page sent to 打印, newest last. */
  printed: string[];
  workDir: string;
  page(options?: { width?: number; height?: number; initialPath?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** userDataDir: the app's user-data folder, e.g. with recovery copies a crashed session left. */
export async function startApp({ initialPath, userDataDir, workDir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-')) }: { initialPath?: string; userDataDir?: string; workDir?: string } = {}): Promise<App> {
  const browser = await launchChromium();
  const printed: string[] = [];
  const printer = chromiumPrinter(async () => browser, async (html) => (printed.push(html), true));
  const harness = await startHarness({ rendererDir: resolve('dist/renderer'), samplePath: fixturePath('sample-2024'), workDir, initialPath, userDataDir, printer });
  const pages: Page[] = [];
  return {
    browser,
    harness,
    printed,
    workDir,
    async page({ width = 1366, height = 768 } = {}) {
      const page = await browser.newPage({ viewport: { width, height } });
      page.setDefaultTimeout(5000);
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      (page as Page & { problems: string[] }).problems = problems;
      await page.goto(harness.url);
      await page.waitForSelector('html[data-ready="true"]');
      // Closing resolves once the harness knows the window is gone (and its file free), as main
      // knows at once: a test that opens the file in the next page never races the close.
      const id = await windowId(page);
      const close = page.close.bind(page);
      page.close = async (options) => {
        await close(options);
        while (id && harness.open.has(id)) await new Promise((r) => setTimeout(r, 10));
      };
      pages.push(page);
      return page;
    },
    async close() {
      await browser.close();
      await harness.close();
    },
  };
}

export const cell = (page: Page, key: string) => page.locator(`[data-cell="${key}"]`);

/** The harness window a page is (as main knows an Electron window). */
export const windowId = (page: Page): Promise<string | null> => page.evaluate(() => sessionStorage.getItem('nianbao-window'));

export async function newReport(page: Page, organization: string, year: number): Promise<void> {
  await page.getByLabel('机关全称').fill(organization);
  await page.getByLabel('报告年度').selectOption(String(year));
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.waitForSelector('.workspace');
}

export async function goToPart(page: Page, part: string): Promise<void> {
  await page.click(`[data-part="${part}"]`);
  await page.waitForSelector(`[data-part="${part}"][aria-current="page"]`);
}

/** Chooses an item of the toolbar's 导出 ▾ menu, e.g. '导出 Word…'. */
export async function exportFromToolbar(page: Page, item: '导出 Word…' | '导出 PDF…' | '导出网页…' | '导出网页片段…' | '复制网页片段' | '导出图解…'): Promise<void> {
  await page.getByRole('toolbar', { name: '文件和编辑' }).getByRole('button', { name: '导出 ▾' }).click();
  await page.getByRole('menu', { name: '导出' }).getByRole('menuitem', { name: item, exact: true }).click();
}
