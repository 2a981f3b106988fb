// Paper, rendered and read back: the Word export through LibreOffice, and the print layout
// through Chromium's print (page.pdf stands in for Electron's printToPDF), for every reference
// report and the sample, dated. Read with pdftotext -bbox-layout: no table 二 block or table 三
// group cut by a page break, no merged label cut or parted from its first row, no empty line at
// a page's top, the page number's dash 7 mm below the type area (within 1 mm), the title broken
// only where the export broke it, the signature two characters from the right edge with the
// date under it, no page under 20 % filled but the last; the PDF is A4, paginates as the print
// layout says, within a page of Word, and shows every figure. (Pages were also looked at as images.)

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableLayouts, toDocx } from '../../../shared/export';
import { printLayout, toPrintHtml } from '../../../shared/export/print';
import { closingPlace } from '../../../shared/export/closing';
import { MARGINS_MM, TYPE_AREA_MM, mm, pt } from '../../../shared/export/page';
import { launchChromium } from '../../browser';
import { documentModel } from '../../../shared/export';
import type { Report } from '../../../shared/report';
import { fill, firstLineDepths, groupsAcrossPages, lastPageLines, pageNumberDashDepths, pdfPages, titleLinesOnFirstPage, wordsOutsideTypeArea, type PdfPage } from './pdfText';
import { PRINT_FIXTURES, printFixture, type PrintFixture } from './printFixtures';

const exec = promisify(execFile);
/** The fixture as published: dated early the next year, so that the closing block has both lines. */
const published = (name: PrintFixture): Report => {
  const report = printFixture(name);
  return { ...report, publishDate: `${report.year + 1}-01-20` };
};
const dashes = new Map<string, number[]>();
const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
const word = new Map<string, PdfPage[]>();
const chromium = new Map<string, PdfPage[]>();
let browser: Browser;

beforeAll(async () => {
  const files = await Promise.all(
    PRINT_FIXTURES.map(async (name) => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await toDocx(published(name)));
      return path;
    }),
  );
  // One soffice run for all files: starting LibreOffice is the slow part.
  await exec('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', join(dir, 'word'), ...files], { timeout: 180_000 });
  browser = await launchChromium();
  const page = await browser.newPage();
  for (const name of PRINT_FIXTURES) {
    const wordPdf = join(dir, 'word', `${name}.pdf`);
    word.set(name, await pdfPages(wordPdf));
    dashes.set(`word ${name}`, await pageNumberDashDepths(wordPdf, word.get(name)!));
    await page.setContent(toPrintHtml(published(name)), { waitUntil: 'load' });
    const pdf = join(dir, `${name}-print.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    chromium.set(name, await pdfPages(pdf));
    dashes.set(`chromium ${name}`, await pageNumberDashDepths(pdf, chromium.get(name)!));
  }
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const text = (pages: PdfPage[]) => pages.map((p) => p.lines.flat().map((w) => w.text).join('')).join('');

describe.each(PRINT_FIXTURES)('%s', (name) => {
  const report = published(name);

  describe.each([
    ['Word in LibreOffice', word, true, 'word'],
    ['the print layout in Chromium', chromium, false, 'chromium'],
  ] as const)('%s', (_how, pdfs, hanging, renderer) => {
    it('starts every page at the type area\'s top: no empty line above its first line or table', () => {
      // An empty line would put the first text a whole line (10.2 mm) down.
      const low = firstLineDepths(pdfs.get(name)!).map((d, i) => [i + 1, Math.round(d * 10) / 10]).filter(([, d]) => d > 5);
      expect(low).toEqual([]);
    });

    it('sets the page number\'s dash 7 mm below the type area, within 1 mm', () => {
      const depths = dashes.get(`${renderer} ${name}`)!;
      expect(depths).toHaveLength(pdfs.get(name)!.length);
      for (const depth of depths) expect(Math.abs(depth - 7)).toBeLessThanOrEqual(1);
    });

    it('signs on the last page: two characters from the right edge, the date on the next line, starting right of the signature', () => {
      const closing = documentModel(report).closing!;
      const lines = lastPageLines(pdfs.get(name)!);
      const signature = lines.find((l) => l.text === closing.signature)!;
      const date = lines.find((l) => l.text === closing.date)!;
      const edge = MARGINS_MM.left + TYPE_AREA_MM.width;
      // Two 3号 characters (11.1 mm), more when the date is the longer (closing.ts). Renderers'
      // figures differ in width: the date's start moves, never its margin.
      expect(Math.abs(edge - signature.right - mm(closingPlace(closing).signatureRight))).toBeLessThan(1);
      expect(edge - date.right).toBeGreaterThan(11.1 - 1);
      expect(date.left).toBeGreaterThanOrEqual(signature.left - 1);
      expect(date.top - signature.top).toBeCloseTo(10.2, 0);
    });

    it('keeps every table 二 block and table 三 group on one page, and cuts no merged label', () => {
      const split = groupsAcrossPages(pdfs.get(name)!, report).filter((g) => g.pages.length === 0);
      expect(split.map((g) => g.group)).toEqual([]);
    });

    it('breaks the title only where the export did, between units of meaning', () => {
      const lines = titleLinesOnFirstPage(pdfs.get(name)!, report);
      expect(lines.filter((l) => !l.found)).toEqual([]);
    });

    it('leaves no page under 20 % filled but the last', () => {
      const filled = fill(pdfs.get(name)!);
      const low = filled.slice(0, -1).map((f, i) => [i + 1, Math.round(f * 100)]).filter(([, f]) => f < 20);
      expect(low).toEqual([]);
    });

    it('shows the tables and page numbers, and nothing beyond the type area (Word: but hanging punctuation)', () => {
      const pages = pdfs.get(name)!;
      const all = text(pages);
      expect(all).toContain('三、收到和处理政府信息公开申请情况');
      expect(all).toContain('申请人情况');
      expect(all).toContain('第二十条第（一）项');
      pages.forEach((page, i) => expect(page.lines.flat().map((w) => w.text).join('')).toContain(`—${i + 1}—`));
      expect(wordsOutsideTypeArea(pages, hanging)).toEqual([]);
    });
  });

  it('prints A4 through Chromium, as many pages as the print layout has, within one of Word', () => {
    const pages = chromium.get(name)!;
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    expect(pages).toHaveLength(printLayout(report).pages.length);
    expect(Math.abs(pages.length - word.get(name)!.length)).toBeLessThanOrEqual(1);
  });

  it('prints every figure of the tables through Chromium', () => {
    const words = chromium.get(name)!.flatMap((p) => p.lines.flat().map((w) => w.text));
    const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
    const shown = count(words);
    const values = tableLayouts(report).flatMap((l) => l.bodies.flat(2)).filter((c) => c.role === 'value' && c.text !== '');
    const missing = [...count(values.map((c) => c.text))].filter(([v, n]) => (shown.get(v) ?? 0) < n);
    expect(missing).toEqual([]);
    expect(values.length).toBeGreaterThan(50);
  });

  it('puts page numbers on the outside edges through Chromium: odd pages right, even pages left', () => {
    const middle = pt(MARGINS_MM.left + TYPE_AREA_MM.width / 2);
    chromium.get(name)!.forEach((page, i) => {
      const number = page.lines.flat().find((w) => w.text === String(i + 1) && (w.yMin + w.yMax) / 2 > pt(MARGINS_MM.top + TYPE_AREA_MM.height))!;
      expect(number).toBeDefined();
      if (i % 2 === 0) expect(number.xMin).toBeGreaterThan(middle);
      else expect(number.xMax).toBeLessThan(middle);
    });
  });
});

it('LibreOffice reads every export (nothing left unconverted)', () => {
  for (const name of PRINT_FIXTURES) expect(readFileSync(join(dir, 'word', `${name}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
});
