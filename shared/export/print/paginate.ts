// Cuts the flow into A4 pages the way Word does with the export's settings: lines on the
// 22-line grid, a heading kept with the start of what follows, no single first or last line
// of a paragraph alone on a page, table rows never split, a table's header rows repeated on
// each page it continues on, a table 二 block or a table 三 group on one page, an empty line
// never at the top of a page, and the closing block with the text's last lines.

import { LINE_PITCH_PT, MARGINS_MM, PAGE_NUMBER_GAP_MM, PAGE_NUMBER_LINE_PT, SIZES_PT, TYPE_AREA_MM, mm } from '../page';
import type { Block, FlowLine } from './flow';
import type { PrintItem, PrintPage } from './model';
import { drawTable, type RowPlace } from './draw';
import type { MeasuredTable } from './table';

const PITCH = mm(LINE_PITCH_PT);
const AREA = TYPE_AREA_MM.height;
/** Rounding slack: 22 lines of 10.2129 mm fill 224.68 of the 225 mm. */
const EPSILON = 0.01;

export function paginate(blocks: Block[]): PrintPage[] {
  const pages: PrintItem[][] = [[]];
  let y = 0;
  const newPage = () => {
    pages.push([]);
    y = 0;
  };
  const fits = (height: number) => y + height <= AREA + EPSILON;
  const line = (l: FlowLine) => {
    pages[pages.length - 1].push({ kind: 'line', x: MARGINS_MM.left + l.x, y: MARGINS_MM.top + y, width: l.width, height: PITCH, runs: l.runs, size: l.size, spacing: l.spacing, align: l.align });
    y += PITCH;
  };

  const starts = chainStarts(blocks);
  blocks.forEach((block, i) => {
    if (block.kind === 'gap') {
      if (y > 0 && fits(PITCH)) y += PITCH;
      else if (y > 0) newPage();
      return;
    }
    if (y > 0 && !fits(starts[i])) newPage();
    if (block.kind === 'lines') {
      const all = block.lines;
      const after = block.tailWithNext ? followingHeight(blocks, i) : 0;
      // By index, never by slicing what is left: a paragraph of thousands of lines stays linear.
      let at = 0;
      while (at < all.length) {
        const rest = all.length - at;
        let k = Math.floor((AREA - y + EPSILON) / PITCH);
        if (k >= rest) {
          k = rest;
          // What follows does not fit below: the last two lines go over with it (all, if fewer than four).
          if (after > 0 && !fits(rest * PITCH + after)) k = rest < 4 ? 0 : rest - 2;
        } else if (rest - k < 2) k = rest - 2; // no single last line on the next page
        if (k < Math.min(2, rest) && y > 0) {
          newPage(); // no single first line at the foot of a page
          continue;
        }
        k = Math.max(k, 1);
        for (let j = at; j < at + k; j++) line(all[j]);
        at += k;
        if (at < all.length) newPage();
      }
      return;
    }
    y = placeTable(block.table, pages, y, newPage);
  });
  return pages.map((items, i) => ({ number: i + 1, items: [...items, pageNumber(i + 1)] }));
}

/** The empty line and the paragraph after block i: what its last lines keep with. */
function followingHeight(blocks: Block[], i: number): number {
  let height = 0;
  for (let j = i + 1; j < blocks.length; j++) {
    const block = blocks[j];
    if (block.kind === 'gap') height += PITCH;
    else return height + (block.kind === 'lines' ? block.lines.length * PITCH : 0);
  }
  return height;
}

/**
 * For each block, the height that must fit on the page for it to start there, with what it keeps
 * with: worked out once from the last block back, so a chain of thousands of headings each kept
 * with the next costs one pass (and no recursion).
 */
function chainStarts(blocks: Block[]): number[] {
  const starts = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.kind === 'gap') starts[i] = 0;
    else if (block.kind === 'table') {
      const t = block.table;
      starts[i] = sum(t.headHeights) + sum(t.units[0].map((r) => t.bodyHeights[r]));
    } else {
      const n = block.lines.length;
      // A paragraph of up to three lines cannot split without leaving one line alone.
      const alone = (n <= 3 ? n : 2) * PITCH;
      // A chain taller than a page cannot be kept together (Word then lets it break, too):
      // each of its blocks is placed as if it stood alone, never one per page.
      const chain = n * PITCH + starts[i + 1];
      if (block.keepWithNext && chain <= AREA + EPSILON) starts[i] = chain;
      // The text before the closing block, too short to leave two lines behind, goes whole with it.
      else if (block.tailWithNext && n < 4) starts[i] = n * PITCH + followingHeight(blocks, i);
      else starts[i] = alone;
    }
  }
  return starts;
}

function placeTable(table: MeasuredTable, pages: PrintItem[][], startY: number, newPage: () => void): number {
  let y = startY;
  const headHeight = sum(table.headHeights);
  const head: RowPlace[][] = [];
  const body: RowPlace[] = [];
  const placeHead = () => {
    if (table.headHeights.length === 0) return;
    head.push(
      table.headHeights.map((h) => {
        const place = { page: pages.length - 1, y: MARGINS_MM.top + y };
        y += h;
        return place;
      }),
    );
  };
  const breakPage = () => {
    newPage();
    y = 0;
    placeHead();
  };
  placeHead();
  table.units.forEach((unit, u) => {
    if (u > 0 && y + sum(unit.map((r) => table.bodyHeights[r])) > AREA + EPSILON) breakPage();
    for (const r of unit) {
      // Only a unit taller than a page breaks inside (never the case for the statutory tables).
      if (y + table.bodyHeights[r] > AREA + EPSILON && y > headHeight) breakPage();
      body[r] = { page: pages.length - 1, y: MARGINS_MM.top + y };
      y += table.bodyHeights[r];
    }
  });
  drawTable(table, head, body, (page, item) => pages[page].push(item));
  return y;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Measured in Chromium with Noto Serif CJK, which stands in for 宋体 on Linux (the render tests hold it to 7 ± 1 mm). */
const DASH_BELOW_MIDDLE_MM = 0.5;

/** GB/T 9704 §7.5: "— N —" in 4号宋体 below the type area, odd pages right, even left, one character in. */
function pageNumber(n: number): PrintItem {
  const height = mm(PAGE_NUMBER_LINE_PT);
  const inset = mm(SIZES_PT.pageNumber);
  const width = 40;
  const odd = n % 2 === 1;
  return {
    kind: 'line',
    x: odd ? MARGINS_MM.left + TYPE_AREA_MM.width - inset - width : MARGINS_MM.left + inset,
    // The dash 7 mm below the type area: CSS centres the font's ascent and descent in the line
    // box, which puts a CJK font's 一字线 about half a millimetre below the box's middle.
    y: MARGINS_MM.top + AREA + PAGE_NUMBER_GAP_MM - DASH_BELOW_MIDDLE_MM - height / 2,
    width,
    height,
    runs: [{ text: `— ${n} —`, font: 'pageNumber' }],
    size: SIZES_PT.pageNumber,
    spacing: 0,
    align: odd ? 'right' : 'left',
  };
}
