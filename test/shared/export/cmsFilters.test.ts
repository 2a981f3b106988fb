// The CMS fragment through what portal editors do to it (issue: output as offices publish it):
// js-xss with its default whitelist (no styles at all), js-xss with styles let through its CSS
// whitelist (cssfilter defaults: no position, clip, overflow or white-space), and a "清除格式"
// paste that strips every style — each rendered in Chromium and read back: every border,
// merge and table name readable, row labels plain and flush left, the closing block present.
// NIANBAO_SCREENSHOTS=<folder> keeps a screenshot of each for a person to look at.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentModel, placeCells, tableLayouts, toHtml } from '../../../shared/export';
import type { Report } from '../../../shared/report';
import { launchChromium } from '../../browser';
import { stripStyles, throughXss, type PortalFilter } from '../../cmsEditor';
import { loadFixture } from '../../helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A portal page's article column, 900 px wide, holding what the filter let through. */
async function published(report: Report, filter: PortalFilter): Promise<Page> {
  const fragment = toHtml(report, { fragment: true });
  const body = filter === 'stripped' ? fragment : throughXss(fragment, filter);
  const page = await browser.newPage({ viewport: { width: 960, height: 900 } });
  await page.setContent(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head><body><div id="editor" style="width: 900px">${body}</div></body></html>`);
  if (filter === 'stripped') await page.evaluate(stripStyles);
  const folder = process.env.NIANBAO_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/fragment-${filter}.png`, fullPage: true });
  return page;
}

interface Read {
  grids: { row: number; column: number; colSpan: number; rowSpan: number; text: string }[][];
  /** Cells missing a line on some side, or without room inside. */
  unframed: string[];
  /** Row labels (first cells of body rows) set bold or not flush left. */
  loudLabels: string[];
  /** Elements whose text runs down a column a character or two wide. */
  columns: string[];
  text: string;
  captions: number;
}

function read(): Read {
  const article = document.getElementById('editor')!;
  const tables = [...article.querySelectorAll('table')];
  const unframed: string[] = [];
  const loudLabels: string[] = [];
  const grids = tables.map((table) => {
    const busy: number[] = [];
    const grid: Read['grids'][number] = [];
    [...table.rows].forEach((tr, row) => {
      let column = 0;
      for (const td of tr.cells) {
        while ((busy[column] ?? 0) > row) column++;
        for (let c = column; c < column + td.colSpan; c++) busy[c] = row + td.rowSpan;
        grid.push({ row, column, colSpan: td.colSpan, rowSpan: td.rowSpan, text: td.textContent ?? '' });
        const s = getComputedStyle(td);
        const sides = ['top', 'right', 'bottom', 'left'];
        const framed = sides.every((side) => parseFloat(s.getPropertyValue(`border-${side}-width`)) >= 1 && !['none', 'hidden'].includes(s.getPropertyValue(`border-${side}-style`)));
        if (!framed || parseFloat(s.paddingLeft) <= 0 || parseFloat(s.paddingTop) <= 0) unframed.push(td.textContent ?? '');
        column += td.colSpan;
      }
    });
    return grid;
  });
  // Row labels: the cells left of the first figure in each body row with a label (table 二's, 三's).
  for (const table of tables) {
    for (const body of table.tBodies) {
      for (const tr of body.rows) {
        const label = [...tr.cells].find((c) => /[\u4e00-\u9fff]/.test(c.textContent ?? '') && c.colSpan < 4);
        if (!label || !/^(规章|行政许可|一、|（一）|1\.)/.test(label.textContent ?? '')) continue;
        const s = getComputedStyle(label);
        if (Number(s.fontWeight) > 500 || !/^(left|start|-webkit-left)$/.test(s.textAlign)) loudLabels.push(`${label.textContent} ${s.fontWeight} ${s.textAlign}`);
      }
    }
  }
  const columns: string[] = [];
  for (const el of article.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
    if ([...own].length < 4) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2.5 * parseFloat(getComputedStyle(el).fontSize)) columns.push(own.slice(0, 12));
  }
  return { grids, unframed, loudLabels, columns, text: article.innerText, captions: article.querySelectorAll('caption').length };
}

describe.each(['whitelist', 'css-whitelist', 'stripped'] as const)('the fragment through a portal editor: %s', (filter) => {
  it.each(['tianshui-2020', 'sample-2024'] as const)('%s: every border, merge and table name readable, labels plain, the signature below', async (name) => {
    const report = { ...loadFixture(name), publishDate: '2025-01-20' };
    const page = await published(report, filter);
    const seen = await page.evaluate(read);
    const layouts = tableLayouts(report);
    expect(seen.grids).toHaveLength(3);
    seen.grids.forEach((grid, i) => {
      const expected = placeCells([...layouts[i].head, ...layouts[i].bodies.flat()])
        .flat()
        .map(({ cell, row, column }) => ({ row, column, colSpan: cell.colSpan, rowSpan: cell.rowSpan, text: cell.text }));
      expect(grid).toEqual(expected);
    });
    expect(seen.unframed).toEqual([]);
    expect(seen.loudLabels).toEqual([]);
    expect(seen.columns).toEqual([]);
    // Each table is named once, by its part heading above it: no caption left to fall apart or repeat.
    expect(seen.captions).toBe(0);
    for (const layout of layouts) expect(seen.text.split(layout.title).length - 1).toBe(1);
    expect(seen.text).not.toMatch(/<wbr|&lt;|&gt;/);
    const closing = documentModel(report).closing!;
    expect(seen.text.split('\n').map((l) => l.trim()).filter(Boolean).slice(-2)).toEqual([closing.signature, closing.date]);
    await page.close();
  });
});

it('keeps the fragment\'s look where the CSS whitelist lets styles through: heading fonts, closing flush right', async () => {
  const report = { ...loadFixture('sample-2024'), publishDate: '2025-01-20', text: { ...loadFixture('sample-2024').text, problems: '（一）存在的问题。部分解读形式单一。\n1.加强培训。每季度一次。' } };
  const page = await published(report, 'css-whitelist');
  const look = await page.evaluate(() => {
    const p = (start: string) => [...document.querySelectorAll('#editor p')].find((e) => e.textContent!.startsWith(start))!;
    const firstFont = (el: Element) => getComputedStyle(el).fontFamily.split(',')[0].replace(/['"]/g, '').trim();
    const runIn = p('（一）存在的问题。').querySelector('span')!;
    const signature = p('示例市示例区人民政府');
    const article = document.getElementById('editor')!.getBoundingClientRect();
    return {
      runIn: [runIn.textContent, firstFont(runIn), getComputedStyle(runIn).fontWeight],
      level3: [p('1.加强培训。').children.length, firstFont(p('1.加强培训。'))],
      signatureRight: article.right - signature.getBoundingClientRect().right,
      fontSize: parseFloat(getComputedStyle(signature).fontSize),
    };
  });
  expect(look.runIn).toEqual(['（一）存在的问题。', '楷体_GB2312', '400']);
  // "1.…。" is 仿宋 like the body, as in Word: no element of its own.
  expect(look.level3).toEqual([0, '仿宋_GB2312']);
  // Two characters from the right edge (the article's padding is 1 em).
  expect(look.signatureRight / look.fontSize).toBeGreaterThan(2.5);
  expect(look.signatureRight / look.fontSize).toBeLessThan(3.5);
  await page.close();
});
