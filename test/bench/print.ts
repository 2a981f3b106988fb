// Paper: the print layout (what 预览 draws on opening and after each edit while open), its PDF
// through Chromium's print (page.pdf, standing in for Electron's printToPDF), and the command
// line's PDF through LibreOffice when it is installed (one cold run: it starts LibreOffice).

import { performance } from 'node:perf_hooks';
import { printLayout, toPrintHtml } from '../../shared/export/print';
import { findLibreOffice, pdfThroughLibreOffice } from '../../electron/services/libreoffice';
import { launchChromium } from '../browser';
import { printFixture } from '../shared/export/printFixtures';
import { loadSample } from './sample';
import type { Figure } from './run';
import { quantile, timeEach } from './stats';

export async function printBench(): Promise<Figure[]> {
  const sample = loadSample();
  // The longest reference report: 13 pages of narrative and all three tables.
  const long = printFixture('tianshui-2020');
  const layoutTimes = (report: typeof sample) => timeEach(Array.from({ length: 60 }, () => report), (r) => printLayout(r)).slice(10);
  const sampleLayout = layoutTimes(sample);
  const longLayout = layoutTimes(long);
  const figures: Figure[] = [
    { name: 'Print layout (预览), sample report: median', value: quantile(sampleLayout, 0.5), unit: 'ms', target: '≤ 50 ms', detail: `${printLayout(sample).pages.length} pages, over ${sampleLayout.length} runs` },
    { name: 'Print layout (预览), 13-page report: median', value: quantile(longLayout, 0.5), unit: 'ms', target: '≤ 100 ms', detail: `over ${longLayout.length} runs` },
  ];

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const pdfTimes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const start = performance.now();
      await page.setContent(toPrintHtml(long), { waitUntil: 'load' });
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (i >= 2) pdfTimes.push(performance.now() - start);
    }
    pdfTimes.sort((a, b) => a - b);
    figures.push({ name: 'PDF through Chromium print, 13-page report: median', value: quantile(pdfTimes, 0.5), unit: 'ms', target: '≤ 3000 ms', detail: `layout + HTML + page.pdf, over ${pdfTimes.length} runs` });
  } finally {
    await browser.close();
  }

  const soffice = findLibreOffice();
  if (soffice) {
    const start = performance.now();
    await pdfThroughLibreOffice(sample, soffice);
    figures.push({ name: 'CLI PDF through LibreOffice, sample: one cold run', value: performance.now() - start, unit: 'ms', detail: 'includes starting LibreOffice with a fresh profile' });
  }
  return figures;
}
