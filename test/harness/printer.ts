// Stand-in for Electron's printing in the harness: Chromium's page.pdf makes the PDF of the
// print layout (as printToPDF does in the app), and "printing" hands the layout to a callback
// (the tests record it; `npm run web` saves it as a PDF, since a browser tab has no printer).

import type { Browser } from 'playwright-core';
import type { Printer } from '../../electron/services/api';

export function chromiumPrinter(browser: () => Promise<Browser>, onPrint: (html: string, pdf: () => Promise<Uint8Array>) => Promise<boolean>): Printer {
  const toPdf = async (html: string): Promise<Uint8Array> => {
    const page = await (await browser()).newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await page.close();
    }
  };
  return { toPdf, print: (html) => onPrint(html, () => toPdf(html)) };
}
