// The print layout as data (GB/T 9704 on A4): everything inside the type area and no line
// wider than its box, every word of the narrative printed once and in order, table groups on
// one page, header rows repeated, page numbers on the outside edges, no near-empty page.

import { describe, expect, it } from 'vitest';
import { documentModel, fontNames, tableLayouts, toDocx, toHtml } from '../../../shared/export';
import { measure } from '../../../shared/export/measure';
import { MARGINS_MM, TYPE_AREA_MM, mm, pt } from '../../../shared/export/page';
import { closingPlace } from '../../../shared/export/closing';
import { printLayout, toPrintHtml, type PrintLine } from '../../../shared/export/print';
import { TEXT_SECTIONS, type Report } from '../../../shared/report';
import { all, attr, first, readDocx, text as text_ } from './docxXml';
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

  it('prints every paragraph once, in order, then the signature, 3号 on the 22-line grid', () => {
    const model = documentModel(report);
    const closing = [model.closing!.signature, model.closing!.date ?? ''].join('');
    const expected = [...model.preamble, ...model.parts.flatMap((p) => [{ lead: p.heading, rest: '' }, ...p.paragraphs])].map((p) => p.lead + p.rest).join('') + closing;
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

  it('starts every page at the top of the type area: no empty line above its first line or table', () => {
    for (const page of layout.pages) {
      const first = Math.min(...page.items.map((i) => i.y));
      expect(first).toBeCloseTo(MARGINS_MM.top, 1);
    }
  });

  it('keeps a merged label that cannot take all its rows on the page of its first rows, whole', () => {
    for (const label of ['三、', '（三）', '（四）', '（五）']) {
      const pages = layout.pages.map((p, i) => (lines(p.items).some((l) => textOf(l) === label) ? i : -1)).filter((i) => i >= 0);
      expect(pages).toHaveLength(1);
      const lastLine = label === '三、' ? '结果' : label === '（三）' ? '公开' : label === '（四）' ? '提供' : '处理';
      expect(lines(layout.pages[pages[0]].items).some((l) => textOf(l) === lastLine)).toBe(true);
    }
  });

  it('never leaves the signature alone on its page: at least two lines of text above it', () => {
    const last = lines(layout.pages[layout.pages.length - 1].items).filter((l) => l.y < bottom);
    const signature = last.findIndex((l) => textOf(l) === documentModel(report).closing!.signature);
    expect(signature).toBeGreaterThanOrEqual(Math.min(2, last.length));
    expect(last.slice(0, signature).filter((l) => l.size === 16).length).toBeGreaterThanOrEqual(1);
  });

  it('leaves no page under 20 % filled but the last', () => {
    const filled = layout.pages.map((p) => Math.max(...p.items.filter((i) => i.y < bottom).map((i) => i.y + i.height)) - MARGINS_MM.top);
    filled.slice(0, -1).forEach((f) => expect(f / TYPE_AREA_MM.height).toBeGreaterThanOrEqual(0.2));
  });
});

describe('the print document', () => {
  const sample = printFixture('sample-2024');

  it('opens with the title broken after the organisation, 2号, centred', () => {
    const [first, second] = lines(printLayout(sample).pages[0].items);
    expect([textOf(first), textOf(second)]).toEqual(['示例市示例区人民政府', '2024年政府信息公开工作年度报告']);
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

  it('signs below the text, flush right at the indents Word gets, the date under the signature', () => {
    const layout = printLayout({ ...sample, publishDate: '2025-01-07' });
    const page = lines(layout.pages[layout.pages.length - 1].items);
    const [signature, date] = page.slice(-3, -1);
    expect([textOf(signature), textOf(date)]).toEqual(['示例市示例区人民政府', '2025年1月7日']);
    const place = closingPlace({ signature: '示例市示例区人民政府', date: '2025年1月7日' });
    expect([signature.align, date.align]).toEqual(['right', 'right']);
    expect(signature.x + signature.width).toBeCloseTo(MARGINS_MM.left + TYPE_AREA_MM.width - mm(place.signatureRight), 6);
    expect(date.x + date.width).toBeCloseTo(MARGINS_MM.left + TYPE_AREA_MM.width - mm(place.dateRight), 6);
    expect(mm(place.signatureRight)).toBeCloseTo(mm(2 * 15.75), 6);
    // One empty line between the text and the signature; the date on the next line.
    const text = page[page.length - 4];
    expect(signature.y - text.y).toBeCloseTo(2 * mm(28.95), 6);
    expect(date.y - signature.y).toBeCloseTo(mm(28.95), 6);
  });

  it('puts the page number\'s line so that its dash is 7 mm below the type area', () => {
    for (const page of printLayout(sample).pages) {
      const number = lines(page.items).find((l) => /^— \d+ —$/.test(textOf(l)))!;
      // CSS sets the font's dash about half a millimetre below its line's middle (paginate.ts).
      expect(number.y + number.height / 2 - bottom + 0.5).toBeCloseTo(7, 6);
    }
  });

  it('sets every heading level in one typeface in Word, the print layout and the web page, run in or not', async () => {
    const text = '（一）存在的问题\n（二）改进措施。加强培训。\n1.解读不足\n2.加强培训。每季度一次。\n（1）专题培训。每月一次。';
    const report: Report = { ...sample, text: { ...sample.text, problems: text } };
    const names = { 1: '黑体', 2: '楷体_GB2312', 3: '仿宋_GB2312', 4: '仿宋_GB2312' } as const;
    const phrases = [['五、存在的主要问题及改进情况', 1], ['（一）存在的问题', 2], ['（二）改进措施。', 2], ['1.解读不足', 3], ['2.加强培训。', 3], ['（1）专题培训。', 4]] as const;
    // Word: the phrase's run names the font (仿宋_GB2312 being the default, a run may leave it out).
    const { document } = await readDocx(await toDocx(report));
    const runs = all(document, 'r');
    // The print layout: the run's role. The web page: the element around the phrase.
    const printed = printLayout(report).pages.flatMap((p) => lines(p.items)).flatMap((l) => l.runs);
    const fragment = toHtml(report, { fragment: true });
    for (const [phrase, level] of phrases) {
      const run = runs.find((r) => text_(r) === phrase)!;
      expect([phrase, attr(first(run, 'rFonts'), 'eastAsia') ?? '仿宋_GB2312']).toEqual([phrase, names[level]]);
      expect([phrase, fontNames(sample.exportOptions)[printed.find((r) => r.text.startsWith(phrase))!.font]]).toEqual([phrase, names[level]]);
      const element = new RegExp(`<(h\\d|span|p)[^>]*style="([^"]*)"[^>]*>${phrase.replace(/[()（）.]/g, '\\$&')}`).exec(fragment)!;
      const family = /font-family: '([^']+)'/.exec(element[2])?.[1] ?? '仿宋_GB2312';
      expect([phrase, family]).toEqual([phrase, names[level]]);
    }
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
