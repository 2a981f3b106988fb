// The print layout as data (GB/T 9704 on A4): everything inside the type area and no line
// wider than its box, every word of the narrative printed once and in order, table groups on
// one page, header rows repeated, page numbers on the outside edges, no near-empty page.

import { describe, expect, it } from 'vitest';
import { documentModel, tableLayouts } from '../../../shared/export';
import { measure } from '../../../shared/export/measure';
import { MARGINS_MM, TYPE_AREA_MM, mm, pt } from '../../../shared/export/page';
import { printLayout, toPrintHtml, type PrintLine } from '../../../shared/export/print';
import { TEXT_SECTIONS, type Report } from '../../../shared/report';
import { PRINT_FIXTURES, printFixture } from './printFixtures';

const lines = (items: { kind: string }[]) => items.filter((i): i is PrintLine => i.kind === 'line');
const textOf = (l: PrintLine) => l.runs.map((r) => r.text).join('');
const bottom = MARGINS_MM.top + TYPE_AREA_MM.height;

describe.each(PRINT_FIXTURES)('%s', (name) => {
  const report = printFixture(name);
  const layout = printLayout(report);

  it('places everything inside the type area, no line wider than its box, none breaking 避头尾', () => {
    for (const page of layout.pages) {
      for (const item of page.items) {
        const isPageNumber = item.kind === 'line' && /^— \d+ —$/.test(textOf(item));
        if (isPageNumber) continue;
        expect(item.x).toBeGreaterThanOrEqual(MARGINS_MM.left - 0.001);
        expect(item.x + item.width).toBeLessThanOrEqual(MARGINS_MM.left + TYPE_AREA_MM.width + 0.001);
        expect(item.y).toBeGreaterThanOrEqual(MARGINS_MM.top - 0.001);
        expect(item.y + item.height).toBeLessThanOrEqual(bottom + 0.01);
        if (item.kind !== 'line') continue;
        expect(mm(measure(textOf(item), item.size, item.spacing))).toBeLessThanOrEqual(item.width + 0.01);
        // 避头尾: no line starts with a closing mark or ends with an opening one.
        expect(textOf(item)).not.toMatch(/^[，。、；：？！）》”’]|[（《“‘]$/);
      }
    }
  });

  it('prints every paragraph once, in order, 3号 on the 22-line grid', () => {
    const model = documentModel(report);
    const expected = [...model.preamble, ...model.parts.flatMap((p) => [{ lead: p.heading, rest: '' }, ...p.paragraphs])].map((p) => p.lead + p.rest).join('');
    const body = layout.pages.flatMap((p) => lines(p.items).filter((l) => l.size === 16));
    expect(body.map(textOf).join('')).toBe(expected);
    for (const l of body) expect(l.height).toBeCloseTo(mm(28.95), 5);
  });

  it('keeps each table 二 block and table 三 group on one page and repeats header rows', () => {
    for (const table of tableLayouts(report)) {
      const rows = table.bodies.flat();
      for (const { from, to } of table.keepTogether) {
        const labels = rows.slice(from, to + 1).flatMap((r) => r.filter((c) => c.role === 'rowLabel').map((c) => c.text));
        const pages = new Set(labels.map((label) => layout.pages.findIndex((p) => lines(p.items).some((l) => label.startsWith(textOf(l)) && textOf(l).length >= Math.min(4, label.length)))));
        expect(pages.size).toBe(1);
        expect(pages.has(-1)).toBe(false);
      }
    }
    // Table 三's header rows print on every page its rows are on.
    const withApplyRows = layout.pages.filter((p) => lines(p.items).some((l) => /^(1\.属于国家秘密|（七）总计|四、结转下年度继续办理)$/.test(textOf(l))));
    for (const page of withApplyRows) expect(lines(page.items).some((l) => textOf(l) === '申请人情况')).toBe(true);
  });

  it('numbers every page "— N —", odd pages on the right, even on the left, below the type area', () => {
    layout.pages.forEach((page, i) => {
      const numbers = lines(page.items).filter((l) => /^— \d+ —$/.test(textOf(l)));
      expect(numbers.map(textOf)).toEqual([`— ${i + 1} —`]);
      expect(numbers[0].align).toBe(i % 2 === 0 ? 'right' : 'left');
      expect(numbers[0].y).toBeGreaterThan(bottom);
      expect(numbers[0].runs[0].font).toBe('pageNumber');
    });
  });

  it('leaves no page under 20 % filled but the last', () => {
    const filled = layout.pages.map((p) => Math.max(...p.items.filter((i) => i.y < bottom).map((i) => i.y + i.height)) - MARGINS_MM.top);
    filled.slice(0, -1).forEach((f) => expect(f / TYPE_AREA_MM.height).toBeGreaterThanOrEqual(0.2));
  });
});

describe('the print document', () => {
  const sample = printFixture('sample-2024');

  it('opens with the title broken at units of meaning, 2号, centred', () => {
    const [first, second] = lines(printLayout(sample).pages[0].items);
    expect([textOf(first), textOf(second)]).toEqual(['示例市示例区人民政府2024年', '政府信息公开工作年度报告']);
    expect([first.size, first.align, first.runs[0].font]).toEqual([22, 'center', 'title']);
  });

  it('names the fonts the clerk chose, with fallbacks', () => {
    const gb = toPrintHtml(sample);
    expect(gb).toContain(`font-family: '仿宋_GB2312', '仿宋', 'FangSong'`);
    const common = toPrintHtml({ ...sample, exportOptions: { fonts: 'common' } });
    expect(common).toContain(`font-family: '仿宋', 'FangSong', '仿宋_GB2312'`);
    expect(common).not.toContain(`font-family: '仿宋_GB2312'`);
    expect(common).toContain(`font-family: '楷体', 'KaiTi'`);
  });

  it('is A4 with zero @page margins, without scripts, and escapes every user string', () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const report: Report = { ...sample, organization: payload, text: Object.fromEntries(TEXT_SECTIONS.map((s) => [s, `${payload}\n（一）${payload}`])) as Report['text'] };
    const html = toPrintHtml(report);
    expect(html).toContain('@page { size: A4; margin: 0; }');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('wraps a 300-character unbroken string inside the type area', () => {
    const long = 'A'.repeat(300);
    const layout = printLayout({ ...sample, text: { ...sample.text, preamble: long } });
    const printed = layout.pages.flatMap((p) => lines(p.items)).filter((l) => /^A+$/.test(textOf(l)));
    expect(printed.map(textOf).join('')).toBe(long);
    for (const l of printed) expect(pt(l.width)).toBeGreaterThanOrEqual(measure(textOf(l), 16, -0.25) - 0.01);
  });
});

describe('a report at the size cap', () => {
  it('lays out a chain of 2,000 headings, each kept with the next, on pages that all hold lines', () => {
    const sample = printFixture(PRINT_FIXTURES[0]);
    const active = Array.from({ length: 2000 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）主动公开`).join('\n');
    const layout = printLayout({ ...sample, text: { ...sample.text, active } });
    const printed = layout.pages.flatMap((p) => lines(p.items).map(textOf));
    expect(printed.filter((t) => t.endsWith('主动公开'))).toHaveLength(2000);
    // The chain is longer than a page: it starts on a fresh page and fills the pages it takes.
    expect(layout.pages.length).toBeGreaterThan(2000 / 22);
  });

  it('cuts a paragraph of thousands of lines into full pages', () => {
    const sample = printFixture(PRINT_FIXTURES[0]);
    const text = '国'.repeat(28 * 22 * 100);
    const layout = printLayout({ ...sample, text: { ...sample.text, applications: text } });
    const full = layout.pages.filter((p) => lines(p.items).filter((l) => textOf(l) === '国'.repeat(28)).length === 22);
    expect(full.length).toBeGreaterThanOrEqual(98);
  });
});
