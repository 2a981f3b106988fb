// Printing in main with 'electron' mocked: the print layout goes into a hidden window with
// scripts off, comes out of printToPDF as A4 with zero margins (the page's @page rule decides),
// or goes to the system print dialog; the window and its temporary file never outlive the job.
// Wired into a document session, 导出 PDF writes what printToPDF returned.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentSession } from '../../../electron/services/api';
import { fontNotice } from '../../../electron/services/fontCheck';
import { OpenFiles } from '../../../electron/services/openFiles';
import { RecentFiles } from '../../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../../electron/services/recovery';
import { loadFixture } from '../../helpers';

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    printResult: { success: true, reason: '' },
  };
  class FakeWindow {
    loaded: { file: string; html: string } | null = null;
    destroyed = false;
    pdfOptions: unknown = null;
    printOptions: unknown = null;
    constructor(public options: { show: boolean; webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
    }
    async loadFile(file: string) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- inside vi.hoisted
      const { readFileSync: read } = require('node:fs') as typeof import('node:fs');
      this.loaded = { file, html: read(file, 'utf8') };
    }
    webContents = {
      printToPDF: async (options: unknown) => {
        this.pdfOptions = options;
        return Buffer.from('%PDF-1.7 fake %%EOF');
      },
      print: (options: unknown, done: (success: boolean, reason: string) => void) => {
        this.printOptions = options;
        setTimeout(() => done(state.printResult.success, state.printResult.reason), 1);
      },
    };
    destroy() {
      this.destroyed = true;
    }
  }
  return { state, FakeWindow };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeWindow }));

const { electronPrinter } = await import('../../../electron/main/print');
const HTML = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>年报</title></head><body><section class="page">页</section></body></html>';

beforeEach(() => {
  fake.state.windows.length = 0;
  fake.state.printResult = { success: true, reason: '' };
});

describe('electronPrinter', () => {
  const printer = electronPrinter(() => undefined);

  it('prints the layout to PDF in a hidden window without scripts: A4, the page\'s own size, no margins', async () => {
    const pdf = await printer.toPdf(HTML);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake %%EOF');
    const [window] = fake.state.windows;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.loaded!.html).toBe(HTML);
    expect(window.pdfOptions).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect(window.destroyed).toBe(true);
    expect(existsSync(window.loaded!.file)).toBe(false);
  });

  it('prints through the system dialog: true when printed, false when the clerk cancels, an error otherwise', async () => {
    expect(await printer.print(HTML)).toBe(true);
    expect(fake.state.windows[0].printOptions).toMatchObject({ silent: false, printBackground: true });
    fake.state.printResult = { success: false, reason: 'cancelled' };
    expect(await printer.print(HTML)).toBe(false);
    fake.state.printResult = { success: false, reason: 'Print job failed' };
    await expect(printer.print(HTML)).rejects.toThrow('Print job failed');
    for (const w of fake.state.windows) expect(w.destroyed).toBe(true);
  });
});

describe('导出 PDF and 打印 in a document session', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-print-'));
  const target = join(dir, '报告.pdf');
  const session = (withPrinter: boolean) => {
    const store = new RecoveryStore(join(dir, 'recovery'));
    return createDocumentSession({
      dialogs: {
        chooseDraftToOpen: async () => null,
        chooseDraftToSave: async () => null,
        chooseExportTarget: async () => target,
        chooseUnitsFolder: async () => null,
        choosePublishedReport: async () => null,
        chooseTrendReports: async () => [],
      },
      printer: withPrinter ? electronPrinter(() => undefined) : undefined,
      samplePath: '',
      recent: new RecentFiles(join(dir, 'recent.json')),
      recovery: { store, offers: new RecoveryOffers(store, []) },
      openFiles: new OpenFiles(),
    });
  };
  const report = loadFixture('sample-2024');

  it('writes the PDF printed from the report\'s print layout', async () => {
    // The 公文 fonts this computer lacks are named (electron/services/fontCheck).
    const notice = await fontNotice(report, 'chromium');
    expect(await session(true).exportReport({ format: 'pdf', report })).toEqual(notice ? { ok: true, fileName: '报告.pdf', notice } : { ok: true, fileName: '报告.pdf' });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake %%EOF');
    const printed = fake.state.windows[0].loaded!.html;
    expect(printed).toContain('@page { size: A4; margin: 0; }');
    expect(printed).toContain('>示例市示例区人民政府<');
    expect(printed).toContain('>2024年政府信息公开工作年度报告<');
  });

  it('prints the print layout, and says so when the clerk cancels', async () => {
    expect(await session(true).printReport({ report })).toEqual({ ok: true });
    expect(fake.state.windows[0].loaded!.html).toContain('class="page"');
    fake.state.printResult = { success: false, reason: 'cancelled' };
    expect(await session(true).printReport({ report })).toMatchObject({ ok: false, reason: 'canceled' });
    // Chromium's reasons are English; the clerk is told in Chinese.
    fake.state.printResult = { success: false, reason: 'no valid printers available' };
    expect(await session(true).printReport({ report })).toEqual({ ok: false, reason: 'io', message: '打印未完成：没有可用的打印机，请先在系统中添加打印机' });
    fake.state.printResult = { success: false, reason: 'failed' };
    expect(await session(true).printReport({ report })).toEqual({ ok: false, reason: 'io', message: '打印未完成：打印机未能完成打印，请检查打印机后重试' });
  });

  it('tells the page, in Chinese, when there is nothing to print with', async () => {
    expect(await session(false).exportReport({ format: 'pdf', report })).toMatchObject({ ok: false, reason: 'io', message: '此处无法打印或生成 PDF' });
    expect(await session(false).printReport({ report })).toMatchObject({ ok: false, message: '此处无法打印或生成 PDF' });
  });
});
