// Paper from the print layout (shared/export/print) through Chromium: the HTML is loaded into
// a hidden window with scripts off, then printed to PDF (printToPDF) or to a printer through
// the system dialog (print). Its A4 pages and zero margins come from the page's own @page rule,
// so the PDF is exactly the 预览 the editor shows.

import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Printer } from '../services/api';

export function electronPrinter(parent: () => BrowserWindow | undefined): Printer {
  /** A temporary file, not a data: URL: Chromium caps URLs at 2 MB and long reports come near. */
  async function withPage<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-print-'));
    const window = new BrowserWindow({
      show: false,
      parent: parent(),
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      const file = join(dir, 'print.html');
      await writeFile(file, html, 'utf8');
      await window.loadFile(file);
      return await use(window);
    } finally {
      window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    toPdf: (html) =>
      withPage(html, async (window) => {
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: false,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
        return new Uint8Array(pdf);
      }),
    print: (html) =>
      withPage(
        html,
        (window) =>
          new Promise<boolean>((resolve, reject) => {
            window.webContents.print({ silent: false, printBackground: true, margins: { marginType: 'none' } }, (success, reason) => {
              if (success) resolve(true);
              else if (/cancel/i.test(reason)) resolve(false);
              else reject(new Error(reason));
            });
          }),
      ),
  };
}
