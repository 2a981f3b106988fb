// Paper from the editor (issue: print-grade output): 预览 shows every A4 page exactly as the
// print layout has it; the font choice is saved in the draft; Ctrl+P and 打印 send the print
// layout; 导出 PDF writes Chromium's print of it (page.pdf standing in for printToPDF);
// 复制网页片段 puts the CMS fragment and plain text on the clipboard, and a paste into a
// portal's editor keeps every border and merge.

import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontNotice } from '../../electron/services/fontCheck';
import { parseDraft } from '../../shared/draft';
import { placeCells, tableLayouts, toPlainText } from '../../shared/export';
import { printLayout } from '../../shared/export/print';
import { CMS_EDITOR_PAGE, inspectPastedTables } from '../cmsEditor';
import { loadFixture } from '../helpers';
import { startApp, type App, exportFromToolbar, goToPart } from './app';
import { axeViolations } from './axe';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const sample = loadFixture('sample-2024');

async function openSample(): Promise<Page> {
  const page = await app.page();
  await page.getByRole('button', { name: '打开示例报告' }).click();
  await page.waitForSelector('.workspace');
  return page;
}

const pageTexts = (page: Page) => page.locator('.preview-page').evaluateAll((pages) => pages.map((p) => p.textContent ?? ''));

describe('预览 and 打印', () => {
  it('shows every page of the print layout, item for item, and passes axe', async () => {
    const page = await openSample();
    await page.getByRole('button', { name: '预览', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '打印预览' });
    await dialog.waitFor();
    const layout = printLayout(sample);
    expect(await dialog.getByText(`A4，共 ${layout.pages.length} 页`).count()).toBe(1);
    const expected = layout.pages.map((p) => p.items.map((i) => (i.kind === 'line' ? i.runs.map((r) => r.text).join('') : '')).join(''));
    expect(await pageTexts(page)).toEqual(expected);
    // A4 at the preview's zoom, every page the same size.
    const sizes = await page.locator('.preview-page').evaluateAll((pages) => pages.map((p) => [p.getBoundingClientRect().width, p.getBoundingClientRect().height]));
    for (const [w, h] of sizes) expect(h / w).toBeCloseTo(297 / 210, 2);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('saves the font choice in the draft and redraws the pages with it', async () => {
    const page = await openSample();
    await page.getByRole('button', { name: '预览', exact: true }).click();
    const bodyFont = () => page.locator('.preview-page').first().locator('div').filter({ hasText: /^本报告根据/ }).evaluate((d) => getComputedStyle(d).fontFamily);
    expect(await bodyFont()).toMatch(/^"?仿宋_GB2312"?, "?仿宋"?/);
    await page.getByLabel('字体').selectOption('common');
    expect(await bodyFont()).toMatch(/^"?仿宋"?, "?FangSong"?/);
    await page.getByRole('button', { name: '关闭预览' }).click();
    const path = join(app.workDir, '字体.nianbao');
    app.harness.dialogs.queue(path);
    await page.keyboard.press('Control+S');
    await page.getByText('已保存到“字体.nianbao”').waitFor();
    const saved = parseDraft(readFileSync(path, 'utf8'));
    expect(saved.ok && saved.draft.report.exportOptions).toEqual({ fonts: 'common' });
    await page.close();
  });

  it('prints the print layout with Ctrl+P and from the toolbar, showing the preview meanwhile', async () => {
    const page = await openSample();
    const before = app.printed.length;
    await page.keyboard.press('Control+P');
    await page.getByText('已发送到打印机。').waitFor();
    expect(await page.getByRole('dialog', { name: '打印预览' }).count()).toBe(1);
    await page.getByRole('button', { name: '关闭预览' }).click();
    await page.getByRole('button', { name: '打印', exact: true }).click();
    await page.getByText('已发送到打印机。').first().waitFor();
    await expect.poll(() => app.printed.length).toBe(before + 2);
    for (const html of app.printed.slice(before)) {
      expect(html.match(/<section class="page"/g)).toHaveLength(printLayout(sample).pages.length);
      expect(html).toContain('@page { size: A4; margin: 0; }');
    }
    await page.close();
  });

  it('exports the PDF: A4, the pages of the preview, the figures', async () => {
    const page = await openSample();
    const pdf = join(app.workDir, '示例.pdf');
    app.harness.dialogs.queue(pdf);
    await exportFromToolbar(page, '导出 PDF…');
    await page.getByText('已导出PDF 文件“示例.pdf”').waitFor();
    // The 公文 fonts this machine lacks are named, with what Chromium used instead (fontCheck.test.ts).
    const notice = await fontNotice(sample, 'chromium');
    if (notice) await page.getByText(notice).waitFor();
    const { stdout: info } = await promisify(execFile)('pdfinfo', [pdf]);
    expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(printLayout(sample).pages.length);
    const { stdout: text } = await promisify(execFile)('pdftotext', [pdf, '-']);
    expect(text.replace(/\s+/g, '')).toContain('1268.4315');
    expect(readdirSync(app.workDir).filter((f) => f.endsWith('.pdf'))).toContain('示例.pdf');
    await page.close();
  });
});

describe('the closing block in part 六', () => {
  it('shows the defaults, takes 署名 and 成文日期, and prints them under the text in the preview', async () => {
    const page = await openSample();
    await goToPart(page, 'other');
    const signature = page.getByLabel('署名');
    expect(await signature.getAttribute('placeholder')).toBe('示例市示例区人民政府');
    expect(await page.locator('.closing-fields .hint').textContent()).toContain('署“示例市示例区人民政府”');
    await signature.fill('示例区政务公开办公室');
    await page.getByLabel('成文日期').fill('2025-01-20');
    expect(await page.locator('.closing-fields .hint').textContent()).toContain('写“2025年1月20日”');
    if (process.env.NIANBAO_SCREENSHOTS) await page.locator('.part').screenshot({ path: join(process.env.NIANBAO_SCREENSHOTS, 'part-six.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '预览', exact: true }).click();
    const texts = await pageTexts(page);
    expect(texts[texts.length - 1]).toMatch(/示例区政务公开办公室2025年1月20日— \d+ —$/);
    await page.getByRole('button', { name: '关闭预览' }).click();
    // One undo step per field: the date goes, then the signature.
    await page.keyboard.press('Control+z');
    expect(await page.getByLabel('成文日期').inputValue()).toBe('');
    await page.close();
  });
});

describe('复制网页片段', () => {
  it('puts the fragment on the clipboard; pasted into a portal editor it keeps every border and merge', async () => {
    const page = await openSample();
    await exportFromToolbar(page, '复制网页片段');
    await page.getByText('已复制网页片段').waitFor();
    // Another tab of the same browser: the clipboard is the system's, shared by all.
    const editor = await app.browser.newPage();
    await editor.setContent(CMS_EDITOR_PAGE);
    await editor.locator('#editor').click();
    await editor.keyboard.press('Control+V');
    await editor.waitForFunction(() => document.querySelectorAll('#editor table').length === 3);
    const tables = await editor.evaluate(inspectPastedTables);
    const layouts = tableLayouts(sample);
    tables.forEach((t, i) => {
      expect(t.unframed).toEqual([]);
      expect(t.grid).toEqual(
        placeCells([...layouts[i].head, ...layouts[i].bodies.flat()])
          .flat()
          .map(({ cell, row, column }) => ({ row, column, colSpan: cell.colSpan, rowSpan: cell.rowSpan, text: cell.text })),
      );
    });
    expect(await editor.evaluate(() => (window as unknown as { pastedText: string }).pastedText)).toBe(toPlainText(sample));
    await editor.close();
    await page.close();
  });
});
