// Reads where a PDF's words are (poppler's pdftotext -bbox-layout), and the checks a 办公室
// reviewer makes by eye: no merged label or table 二 block cut by a page break, the title broken
// only where the export broke it, no page left nearly empty.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { documentModel, placeCells, tableLayouts, type TableLayout } from '../../../shared/export';
import { MARGINS_MM, TYPE_AREA_MM, columnWidthsMm, pt } from '../../../shared/export/page';
import { cellLines } from '../../../shared/export/tableText';
import { TITLE_LINE_CHARACTERS } from '../../../shared/export/docx';
import { titleLines } from '../../../shared/export/title';
import type { Report } from '../../../shared/report';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfPage {
  width: number;
  height: number;
  /** Each line's words, left to right, in points from the page's top left. */
  lines: Word[][];
}

export async function pdfPages(file: string): Promise<PdfPage[]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const doc = new DOMParser().parseFromString(stdout, 'text/xml');
  const byTag = (el: Element | typeof doc, tag: string) => Array.from(el.getElementsByTagName(tag)) as Element[];
  const num = (el: Element, a: string) => Number(el.getAttribute(a));
  return byTag(doc, 'page').map((page) => ({
    width: num(page, 'width'),
    height: num(page, 'height'),
    lines: byTag(page, 'line').map((line) =>
      byTag(line, 'word').map((w) => ({ text: w.textContent ?? '', xMin: num(w, 'xMin'), yMin: num(w, 'yMin'), xMax: num(w, 'xMax'), yMax: num(w, 'yMax') })),
    ),
  }));
}

const compact = (s: string) => s.replace(/\s+/g, '');
const TOLERANCE = 2.5;

/** The text a line has between two x positions (points), spaces removed. */
function textBetween(line: Word[], x0: number, x1: number): string {
  return compact(line.filter((w) => w.xMin >= x0 - TOLERANCE && w.xMax <= x1 + TOLERANCE).map((w) => w.text).join(''));
}

/** The pages (0-based) on which some line shows `key` exactly between x0 and x1. */
function pagesShowing(pages: PdfPage[], key: string, x0: number, x1: number): Set<number> {
  const found = new Set<number>();
  pages.forEach((page, i) => {
    if (page.lines.some((line) => textBetween(line, x0, x1) === compact(key))) found.add(i);
  });
  return found;
}

/**
 * Every group that must share a page — a table 二 block (caption, header, rows), an innermost
 * group of table 三 with its merged label, and table 三's 三、本年度办理结果 label on its own —
 * named with the pages it was found on. A group split by a page break is found on none.
 */
export function groupsAcrossPages(pages: PdfPage[], report: Report): { group: string; pages: number[] }[] {
  return tableLayouts(report).flatMap((layout) => groups(layout).map(({ name, keys }) => {
    let common = pages.map((_, i) => i);
    for (const k of keys) {
      const on = pagesShowing(pages, k.text, k.x0, k.x1);
      common = common.filter((p) => on.has(p));
    }
    return { group: name, pages: common };
  }));
}

interface Key {
  text: string;
  x0: number;
  x1: number;
}

function groups(layout: TableLayout): { name: string; keys: Key[] }[] {
  const widths = columnWidthsMm(layout);
  const left = (column: number) => pt(MARGINS_MM.left + widths.slice(0, column).reduce((a, b) => a + b, 0));
  const body = placeCells([...layout.head, ...layout.bodies.flat()]).slice(layout.head.length);
  const keysOf = (row: number, all = false): Key[] =>
    body[row]
      .filter(({ cell }) => cell.role !== 'value' && cell.text !== '')
      .flatMap(({ cell, column }) => {
        const lines = cellLines(cell, widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0));
        const x0 = left(column);
        const x1 = left(column + cell.colSpan);
        // A merged label: every line of it; a row label: its first line is enough.
        return (all || cell.rowSpan > 1 ? lines : lines.slice(0, 1)).map((text) => ({ text, x0, x1 }));
      });
  const out = layout.keepTogether.map(({ from, to }) => {
    const keys: Key[] = [];
    for (let r = from; r <= to; r++) keys.push(...keysOf(r, layout.table === 'active'));
    return { name: `${layout.table} ${body[from].map((p) => p.cell.text).find((t) => t !== '')}`, keys };
  });
  // Merged labels that may not share a page with all their rows: never cut ("三、" alone at a
  // page's foot), and on the page of their first row.
  body.forEach((row, r) => {
    for (const p of row.filter(({ cell }) => cell.role === 'rowGroup' && !layout.keepTogether.some((k) => k.to - k.from + 1 === cell.rowSpan))) {
      const width = widths.slice(p.column, p.column + p.cell.colSpan).reduce((a, b) => a + b, 0);
      const label = cellLines(p.cell, width).map((text) => ({ text, x0: left(p.column), x1: left(p.column + 1) }));
      const firstRow = keysOf(r).filter((k) => k.x0 > left(p.column));
      out.push({ name: `${layout.table} ${p.cell.text}`, keys: [...label, ...firstRow] });
    }
  });
  return out;
}

/** The title's lines as the export broke them, each found whole as a line of page 1. */
export function titleLinesOnFirstPage(pages: PdfPage[], report: Report): { line: string; found: boolean }[] {
  const model = documentModel(report);
  const shown = new Set(pages[0].lines.map((l) => compact(l.map((w) => w.text).join(''))));
  return titleLines(model.title, model.organization, TITLE_LINE_CHARACTERS).map((line) => ({ line, found: shown.has(compact(line)) }));
}

/** How far down the type area each page's text reaches (0–1), page numbers below it left out. */
export function fill(pages: PdfPage[]): number[] {
  const top = pt(MARGINS_MM.top);
  const bottom = pt(MARGINS_MM.top + TYPE_AREA_MM.height);
  return pages.map((page) => {
    const ys = page.lines.flat().map((w) => w.yMax).filter((y) => y <= bottom + 3);
    return ys.length === 0 ? 0 : (Math.max(...ys) - top) / (bottom - top);
  });
}

/**
 * Words outside the type area's width (page numbers are inside it too). `hanging`: a closing
 * mark may hang one character into the right margin, as Word and LibreOffice set Chinese.
 */
export function wordsOutsideTypeArea(pages: PdfPage[], hanging = false): string[] {
  const x0 = pt(MARGINS_MM.left) - 1;
  const x1 = pt(MARGINS_MM.left + TYPE_AREA_MM.width) + 1;
  const hangs = (w: Word) => hanging && /[，。、；：？！”’）》]$/.test(w.text) && w.xMax <= x1 + 16;
  return pages.flatMap((page, i) =>
    page.lines
      .flat()
      .filter((w) => w.xMin < x0 || (w.xMax > x1 && !hangs(w)))
      .map((w) => `p${i + 1} ${w.text} ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)}`),
  );
}

/** Where each page's first line of text starts, mm below the type area's top. */
export function firstLineDepths(pages: PdfPage[]): number[] {
  return pages.map((page) => {
    const words = page.lines.flat().filter((w) => w.yMax < pt(MARGINS_MM.top + TYPE_AREA_MM.height));
    return (Math.min(...words.map((w) => w.yMin)) - pt(MARGINS_MM.top)) / pt(1);
  });
}

/**
 * How far below the type area each page number's 一字线 is, mm: found by its text position
 * ("—" below the type area), then measured where its stroke is dark in a 300 dpi rendering of
 * that box (a glyph's box says nothing about where in it a dash is drawn).
 */
export async function pageNumberDashDepths(file: string, pages: PdfPage[]): Promise<number[]> {
  const dpi = 300;
  const out: number[] = [];
  for (const [i, page] of pages.entries()) {
    const dash = page.lines.flat().find((w) => w.text.startsWith('—') && (w.yMin + w.yMax) / 2 > pt(MARGINS_MM.top + TYPE_AREA_MM.height));
    if (!dash) {
      out.push(NaN);
      continue;
    }
    const px = (points: number) => Math.round((points / 72) * dpi);
    // Below the type area only: a table's bottom rule at its edge is a dark run too.
    const top = Math.max(dash.yMin - 6, pt(MARGINS_MM.top + TYPE_AREA_MM.height + 1));
    const [x, y, w, h] = [px(dash.xMin), px(top), px(dash.xMax - dash.xMin), px(dash.yMax + 6 - top)];
    const { stdout } = await promisify(execFile)('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(i + 1), '-l', String(i + 1), '-x', String(x), '-y', String(y), '-W', String(w), '-H', String(h), file], { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
    const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(stdout.subarray(0, 40).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = header[0].length;
    // Rows with a dark run at least half the dash's box wide: the stroke (a figure has none so long).
    const rows: number[] = [];
    for (let r = 0; r < height; r++) {
      let run = 0;
      let longest = 0;
      for (let c = 0; c < width; c++) {
        run = stdout[start + r * width + c] < 128 ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      if (longest >= width * 0.5) rows.push(r);
    }
    const middle = rows.length ? (rows[0] + rows[rows.length - 1]) / 2 : NaN;
    out.push(((y + middle) / dpi) * 25.4 - (MARGINS_MM.top + TYPE_AREA_MM.height));
  }
  return out;
}

/** The last page's lines as text with their left and right edges and top, mm from the page's top left. */
export function lastPageLines(pages: PdfPage[]): { text: string; left: number; right: number; top: number }[] {
  const mmOf = (points: number) => points / pt(1);
  return pages[pages.length - 1].lines.map((line) => ({
    text: compact(line.map((w) => w.text).join('')),
    left: mmOf(Math.min(...line.map((w) => w.xMin))),
    right: mmOf(Math.max(...line.map((w) => w.xMax))),
    top: mmOf(Math.min(...line.map((w) => w.yMin))),
  }));
}
