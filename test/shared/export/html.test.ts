// The HTML export: valid (html-validate, the W3C validator), accessible (axe-core in Chromium),
// safe (no user string can run script), and its table grid matches the printed form.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, placeCells, tableLayouts, toHtml } from '../../../shared/export';
import { TEXT_SECTIONS, type Report } from '../../../shared/report';
import { launchChromium } from '../../browser';
import { FIXTURE_DRAFTS, loadFixture } from '../../helpers';
import { CMS_EDITOR_PAGE, inspectPastedTables } from '../../cmsEditor';
import { PRINT_FIXTURES, printFixture } from './printFixtures';

const require = createRequire(import.meta.url);
const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');
const AXE = require.resolve('axe-core/axe.min.js');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-html-'));

const PAYLOADS = [
  '<script>window.__pwned = (window.__pwned || 0) + 1</script>',
  '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1">',
  '"><svg onload="window.__pwned = (window.__pwned || 0) + 1">',
  "'><iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
  '</title><script>window.__pwned = 1</script>',
  '<style>body{display:none}</style>',
  '&lt;script&gt;',
];
const UNBROKEN = `https://www.example.gov.cn/${'a'.repeat(273)}`;

/**
 * Every text field hostile — script payloads, a 300-character unbroken string, a "（一）"
 * heading in the preamble — among the sample's own Chinese text (a report is in Chinese, and
 * the W3C validator checks that the page's language says so).
 */
function hostileReport(): Report {
  const base = printFixture('tianshui-2020');
  const payload = PAYLOADS.join(' ');
  return {
    ...base,
    organization: `${payload}${UNBROKEN}`,
    text: Object.fromEntries(TEXT_SECTIONS.map((s) => [s, `（一）总体要求\n${payload}\n${UNBROKEN}\n${base.text.overview}\n（二）${payload}\n1.${payload}。${UNBROKEN}`])) as Report['text'],
    explanations: { 'T3-05': payload },
  };
}

const documents = [
  ...PRINT_FIXTURES.map((name) => [name, toHtml(printFixture(name))] as const),
  ['hostile text', toHtml(hostileReport())] as const,
];
/** A fragment is pasted into a page; validate it inside the simplest valid one. */
const inPage = (fragment: string) => `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>年报</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(html: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

describe('validity', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] });

  it.each(documents)('%s: html-validate (recommended + a11y) reports no errors', async (_name, html) => {
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('fragment: html-validate reports nothing but the inline styles it exists for', async () => {
    const fragmentValidator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:a11y'],
      // A CMS editor keeps inline styles and strips <style>: the fragment is inline by design; its
      // tables carry border, cellpadding and cellspacing too, for editors that strip every style.
      rules: { 'no-inline-style': 'off', 'no-deprecated-attr': 'off' },
    });
    const report = await fragmentValidator.validateString(inPage(toHtml(loadFixture('sample-2024'), { fragment: true })));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('the W3C validator (vnu --Werror) reports nothing for documents and fragments', async () => {
    const files = documents.map(([name, html]) => {
      const path = join(dir, `${name}.html`);
      writeFileSync(path, html);
      return path;
    });
    for (const [name, report] of [['tianshui-2020', loadFixture('tianshui-2020')], ['sample-2024', loadFixture('sample-2024')], ['hostile', hostileReport()]] as const) {
      const path = join(dir, `${name}-fragment.html`);
      writeFileSync(path, inPage(toHtml(report, { fragment: true })));
      files.push(path);
    }
    // The fragment's tables carry the presentational attributes an editor without styles still
    // draws (HTML 4's border, cellpadding, cellspacing, width; align on figures): obsolete in
    // HTML5, and only there.
    const tableAttributes = '.*The “(border|cellpadding|cellspacing|width|align)” attribute on the “(table|td)” element is obsolete.*';
    for (const [, html] of documents) expect(html).not.toMatch(/<t(able|d)[^>]* (border|cellpadding|cellspacing|width|align)=/);
    const run = await promisify(execFile)('java', ['-jar', VNU_JAR, '--Werror', '--filterpattern', tableAttributes, ...files]).catch((e: { stderr: string; code: number }) => e);
    expect(run.stderr).toBe('');
    expect('code' in run ? run.code : 0).toBe(0);
  }, 60_000);

  it('is self-contained: no scripts, no external resources, UTF-8, zh-CN', () => {
    for (const [, html] of documents.filter(([name]) => name !== 'hostile text')) {
      expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('<html lang="zh-CN">');
    }
  });
});

describe('accessibility and layout in Chromium', () => {
  it.each(documents)('%s: axe-core finds no WCAG 2.1 A/AA violations', async (_name, html) => {
    const page = await open(html);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('fragment: axe-core finds no violations either', async () => {
    const page = await open(inPage(toHtml(loadFixture('tianshui-2020'), { fragment: true })));
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('on a phone the page never scrolls sideways; wide tables scroll inside their own box', async () => {
    const page = await open(toHtml(loadFixture('sample-2024')), { width: 360, height: 740 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      boxes: [...document.querySelectorAll('figure')].map((f) => [f.clientWidth, f.scrollWidth]),
      fontSize: parseFloat(getComputedStyle(document.querySelector('p')!).fontSize),
      tableFont: parseFloat(getComputedStyle(document.querySelector('td')!).fontSize),
    }));
    expect(widths.page).toBe(360);
    expect(widths.boxes.some(([client, scroll]) => scroll > client)).toBe(true);
    expect(widths.fontSize).toBeGreaterThanOrEqual(16);
    expect(widths.tableFont).toBeGreaterThanOrEqual(16);
    await page.close();
  });

  it.each(FIXTURE_DRAFTS)('%s: every table row is as wide as the grid, and merges and values are where the form has them', async (name) => {
    const report = loadFixture(name);
    const page = await open(toHtml(report));
    // Rebuild each table's grid from the DOM, the way a browser lays out rowspan/colspan.
    const grids = await page.evaluate(() =>
      [...document.querySelectorAll('table')].map((table) => {
        const busy: number[] = [];
        const widths: number[] = [];
        const cells: { row: number; column: number; colSpan: number; rowSpan: number; text: string }[] = [];
        [...table.rows].forEach((tr, row) => {
          let column = 0;
          for (const td of tr.cells) {
            while ((busy[column] ?? 0) > row) column++;
            for (let c = column; c < column + td.colSpan; c++) busy[c] = row + td.rowSpan;
            cells.push({ row, column, colSpan: td.colSpan, rowSpan: td.rowSpan, text: td.textContent ?? '' });
            column += td.colSpan;
          }
          widths.push(Math.max(column, busy.length));
        });
        return { widths, cells };
      }),
    );
    const layouts = tableLayouts(report);
    expect(grids).toHaveLength(3);
    grids.forEach((grid, i) => {
      expect(new Set(grid.widths)).toEqual(new Set([layouts[i].width]));
      const expected = placeCells([...layouts[i].head, ...layouts[i].bodies.flat()])
        .flat()
        .map(({ cell, row, column }) => ({ row, column, colSpan: cell.colSpan, rowSpan: cell.rowSpan, text: cell.text }));
      expect(grid.cells).toEqual(expected);
    });
    // The printed form's merges (spec §5, §6), read from the DOM.
    const spans = (i: number, text: string) => {
      const c = grids[i].cells.find((x) => x.text === text)!;
      return [c.colSpan, c.rowSpan];
    };
    expect(spans(1, '申请人情况')).toEqual([7, 1]);
    expect(spans(1, '法人或其他组织')).toEqual([5, 1]);
    expect(spans(1, '自然人')).toEqual([1, 2]);
    expect(spans(1, '（三）不予公开')).toEqual([1, 8]);
    expect(spans(2, '行政诉讼')).toEqual([10, 1]);
    expect(spans(2, '复议后起诉')).toEqual([5, 1]);
    await page.close();
  });
});

describe('escaping', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('cuts a long tab title at 70 characters once escaped, never inside an entity', () => {
    const base = loadFixture('sample-2024');
    const tab = (title: string) => /<title>(.*)<\/title>/.exec(toHtml({ ...base, title }))![1];
    expect(tab('短标题&')).toBe('短标题&amp;');
    const long = tab('&'.repeat(30) + '报'.repeat(1000));
    expect(long).toBe(`${'&amp;'.repeat(13)}…`);
    expect(tab('报'.repeat(100))).toBe(`${'报'.repeat(69)}…`);
  });

  it.each([false, true])('no payload in any text field runs, and each reads back as text (fragment: %s)', async (fragment) => {
    const payload = PAYLOADS.join(' ');
    const base = loadFixture('sample-2024');
    const report: Report = {
      ...base,
      organization: payload,
      title: payload,
      text: Object.fromEntries(TEXT_SECTIONS.map((s) => [s, `${payload}\n（一）${payload}\n1.${payload}。${payload}`])) as Report['text'],
      explanations: { 'T3-05': payload },
    };
    const html = toHtml(report, { fragment });
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(fragment ? inPage(html) : html, { waitUntil: 'load' });
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      scripts: document.scripts.length,
      iframes: document.querySelectorAll('iframe, svg, img').length,
      text: document.body.innerText,
      hidden: getComputedStyle(document.body).display,
    }));
    expect(state.pwned).toBe(0);
    expect(state.scripts).toBe(0);
    expect(state.iframes).toBe(0);
    expect(state.hidden).not.toBe('none');
    expect(dialogs).toEqual([]);
    for (const p of PAYLOADS) expect(state.text).toContain(p);
    await page.close();
  });
});

describe('print-grade HTML (issue: header words, long strings, heading levels, the CMS paste)', () => {
  const hostile = hostileReport();
  const pages = [
    ...documents,
    ['hostile text, fragment', inPage(toHtml(hostile, { fragment: true }))] as const,
    ['sample-2024, fragment', inPage(toHtml(loadFixture('sample-2024'), { fragment: true }))] as const,
  ];

  it.each(pages)('%s: no page wider than a 390 px phone; only the tables scroll, in their own boxes', async (_name, html) => {
    const page = await open(html, { width: 390, height: 844 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      // Everything but the tables' scroll boxes stays within the viewport.
      wide: [...document.querySelectorAll('h1, h2, h3, h4, p, figure')].filter((e) => e.getBoundingClientRect().right > 390.5).map((e) => e.textContent!.slice(0, 20)),
    }));
    expect(widths).toEqual({ page: 390, wide: [] });
    await page.close();
  });

  it.each([
    ['a document', (r: Report) => toHtml(r)],
    ['a fragment', (r: Report) => inPage(toHtml(r, { fragment: true }))],
  ])('heading levels never skip in %s, "（一）" in the preamble included', async (_kind, render) => {
    const page = await open(render(hostile));
    const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i] + 1));
    // The preamble's "（一）总体要求" sits right under the title: an h2, not an h3.
    expect(levels[1]).toBe(2);
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'], rules: { 'no-inline-style': 'off', 'no-deprecated-attr': 'off' } });
    const report = await validator.validateString(render(hostile));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
    await page.close();
  });

  it.each([390, 1280])('header words and title units never break inside a word at %i px', async (width) => {
    for (const name of ['tianshui-2020', 'sample-2024'] as const) {
      const page = await open(toHtml(loadFixture(name)), { width, height: 900 });
      const { broken, checked } = await page.evaluate(() => {
        const out: string[] = [];
        let count = 0;
        // Words are the text nodes between <wbr>s: every character of one must sit on one line.
        for (const el of [...document.querySelectorAll('th, h1')].filter((e) => getComputedStyle(e).wordBreak === 'keep-all')) {
          count++;
          for (const node of el.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE || !node.textContent) continue;
            const tops = new Set<number>();
            for (let i = 0; i < node.textContent.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              tops.add(Math.round(range.getBoundingClientRect().top));
            }
            if (tops.size > 1) out.push(node.textContent);
          }
        }
        return { broken: out, checked: count };
      });
      expect(broken).toEqual([]);
      // The title and every column and group header of the three tables were looked at.
      expect(checked).toBeGreaterThanOrEqual(30);
      await page.close();
    }
  });

  it.each(['tianshui-2020', 'sample-2024'] as const)('%s: the fragment pasted into a portal editor keeps every cell border, its padding and every merge', async (name) => {
    const report = loadFixture(name);
    const page = await open(CMS_EDITOR_PAGE);
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '');
      document.getElementById('editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, toHtml(report, { fragment: true }));
    const tables = await page.evaluate(inspectPastedTables);
    const stripped = await page.evaluate(() => document.querySelectorAll('#editor [class], #editor [id], #editor script, #editor style').length);
    expect(stripped).toBe(0);
    const layouts = tableLayouts(report);
    expect(tables).toHaveLength(3);
    tables.forEach((t, i) => {
      expect(t.unframed).toEqual([]);
      const expected = placeCells([...layouts[i].head, ...layouts[i].bodies.flat()])
        .flat()
        .map(({ cell, row, column }) => ({ row, column, colSpan: cell.colSpan, rowSpan: cell.rowSpan, text: cell.text }));
      expect(t.grid).toEqual(expected);
    });
    await page.close();
  });

  it.each(['tianshui-2020', 'sample-2024'] as const)('%s on a 390 px phone: row labels stay in view while a table scrolls sideways', async (name) => {
    const page = await open(toHtml(loadFixture(name)), { width: 390, height: 844 });
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('figure')].map((figure) => {
        const labels = [...figure.querySelectorAll('th[scope="row"], th[scope="rowgroup"]')];
        const place = () => labels.map((th) => Math.round(th.getBoundingClientRect().left - figure.getBoundingClientRect().left));
        const before = place();
        figure.scrollLeft = figure.scrollWidth;
        // Stuck, the label columns sit side by side as they did: no label slides over another.
        const moved = place().filter((x, i) => Math.abs(x - before[i]) > 1).length;
        const box = figure.getBoundingClientRect();
        // A label is in view when it sits inside the box and is what the page shows at its middle.
        const hidden = labels.filter((th) => {
          // Down the page to the label (never sideways: that would scroll the table back).
          window.scrollTo(0, th.getBoundingClientRect().top + window.scrollY - 300);
          const r = th.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, Math.min(r.top + 10, r.bottom - 1));
          return r.left < box.left - 1 || r.right > box.right + 1 || (top !== th && !th.contains(top));
        });
        return { scrolled: figure.scrollLeft, labels: labels.length, moved, hidden: hidden.map((th) => th.textContent) };
      }),
    );
    const [active, apply] = seen;
    expect(apply.scrolled).toBeGreaterThan(100);
    expect(apply.labels).toBeGreaterThan(20);
    expect([active.hidden, apply.hidden]).toEqual([[], []]);
    expect([active.moved, apply.moved]).toEqual([0, 0]);
    await page.close();
  });

  it.each([360, 390])('headings leave no character alone on their last line at %i px', async (width) => {
    for (const [html, name] of [[toHtml(loadFixture('tianshui-2020')), 'document'], [inPage(toHtml(loadFixture('tianshui-2020'), { fragment: true })), 'fragment']] as const) {
      const page = await open(html, { width, height: 844 });
      const lonely = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4')].flatMap((h) => {
          const range = document.createRange();
          range.selectNodeContents(h);
          const tops = [...range.getClientRects()].map((r) => Math.round(r.top));
          // Characters on the last line: those whose box starts at the last line's top.
          const text = h.textContent ?? '';
          const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
          const last = Math.max(...tops);
          let onLast = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++) {
              const r = document.createRange();
              r.setStart(node, i);
              r.setEnd(node, i + 1);
              const rect = r.getBoundingClientRect();
              if (rect.width > 0 && Math.round(rect.top) >= last - 2) onLast++;
            }
          }
          return new Set(tops).size > 1 && onLast < 2 ? [text] : [];
        }),
      );
      expect([name, lonely]).toEqual([name, []]);
      await page.close();
    }
  });

  it('gives the fragment\'s columns their widths in %, adding up to the table', () => {
    const html = toHtml(loadFixture('sample-2024'), { fragment: true });
    expect(html).not.toMatch(/class=/);
    const groups = [...html.matchAll(/<colgroup>(.*?)<\/colgroup>/g)].map((m) => [...m[1].matchAll(/width: ([\d.]+)%/g)].map((w) => Number(w[1])));
    expect(groups.map((g) => g.length)).toEqual([4, 10, 15]);
    for (const g of groups) expect(g.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
    expect(html).not.toMatch(/min-width: \d+em/);
  });
});
