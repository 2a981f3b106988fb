// The Word export (issue: GB/T 9704 layout, statutory tables): read word/document.xml of the
// fixture drafts in both editions.

import { describe, expect, it } from 'vitest';
import { placeCells, tableLayouts, toDocx } from '../../../shared/export';
import { keepRanges } from '../../../shared/export/keep';
import { blankReport, type Report } from '../../../shared/report';
import { loadFixture } from '../../helpers';
import { all, attr, first, readDocx, tableGrid, text } from './docxXml';

const twipsToMm = (twips: string | null) => (Number(twips) / 1440) * 25.4;
const runFonts = (el: Parameters<typeof first>[0]) => attr(first(el, 'rFonts'), 'eastAsia');

describe.each(['tianshui-2020', 'shangjie-2020', 'hongqiao-2020', 'sample-2024'] as const)('%s', (name) => {
  const report = loadFixture(name);

  it('has the three statutory tables, every merge and every value where the layout puts it', async () => {
    const { document } = await readDocx(await toDocx(report));
    const tables = all(document, 'tbl');
    expect(tables).toHaveLength(3);
    tableLayouts(report).forEach((layout, i) => {
      const expected = placeCells([...layout.head, ...layout.bodies.flat()])
        .flat()
        .map(({ cell, row, column }) => ({ row, column, colSpan: cell.colSpan, rowSpan: cell.rowSpan, text: cell.text }));
      expect(tableGrid(tables[i])).toEqual(expected);
    });
  });

  it('fixes every table\'s layout: gridCol widths in DXA add up to the table width, and every cell has its width', async () => {
    const { document } = await readDocx(await toDocx(report));
    const layouts = tableLayouts(report);
    all(document, 'tbl').forEach((tbl, i) => {
      expect(attr(first(tbl, 'tblLayout'), 'type')).toBe('fixed');
      const tblW = first(tbl, 'tblW')!;
      expect(attr(tblW, 'type')).toBe('dxa');
      const grid = all(first(tbl, 'tblGrid')!, 'gridCol').map((g) => Number(attr(g, 'w')));
      expect(grid).toHaveLength(layouts[i].width);
      for (const w of grid) expect(Number.isInteger(w) && w > 0).toBe(true);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(Number(attr(tblW, 'w')));
      expect(Math.abs(Number(attr(tblW, 'w')) - Math.round((156 / 25.4) * 1440))).toBeLessThanOrEqual(1);
      // Every cell (merge continuations included) states its width: the grid columns it spans.
      for (const tr of all(tbl, 'tr')) {
        let column = 0;
        for (const tc of all(tr, 'tc')) {
          const span = Number(attr(first(tc, 'gridSpan'), 'val') ?? 1);
          const tcW = first(tc, 'tcW')!;
          expect([attr(tcW, 'type'), Number(attr(tcW, 'w'))]).toEqual(['dxa', grid.slice(column, column + span).reduce((a, b) => a + b, 0)]);
          column += span;
        }
        expect(column).toBe(grid.length);
      }
    });
  });

  it('keeps each table 二 block and each table 三 group together, and header rows with the first row', async () => {
    const { document } = await readDocx(await toDocx(report));
    const keepsNext = (tr: Parameters<typeof first>[0]) => all(tr, 'p').every((p) => first(p, 'keepNext'));
    all(document, 'tbl').forEach((tbl, i) => {
      const layout = tableLayouts(report)[i];
      const rows = all(tbl, 'tr');
      const head = layout.head.length;
      const kept = new Set<number>();
      for (let r = 0; r < head; r++) kept.add(r);
      for (const { from, to } of keepRanges(layout)) for (let r = from; r < to; r++) kept.add(head + r);
      expect(rows.map((tr, r) => [r, keepsNext(tr)])).toEqual(rows.map((_, r) => [r, kept.has(r)]));
    });
  });

  it('keeps "三、本年度办理结果" with the first rows its four lines need: （一） and （二）', async () => {
    const { document } = await readDocx(await toDocx(report));
    const rows = all(all(document, 'tbl')[1], 'tr');
    const row = (label: string) => rows.find((tr) => all(tr, 'tc').some((tc) => text(tc).startsWith(label)))!;
    const kept = (tr: Parameters<typeof first>[0]) => all(tr, 'p').every((p) => first(p, 'keepNext'));
    // The label's row (（一）) keeps with （二）; （二） ends the range, 1. of （三） starts its own group.
    expect([kept(row('（一）予以公开')), kept(row('（二）部分公开'))]).toEqual([true, false]);
  });

  it('repeats the header rows of tables 三 and 四 and never splits a row', async () => {
    const { document } = await readDocx(await toDocx(report));
    const [active, apply, review] = all(document, 'tbl');
    const headerRows = (tbl: typeof apply) => all(tbl, 'tr').filter((tr) => first(tr, 'tblHeader')).length;
    expect([headerRows(active), headerRows(apply), headerRows(review)]).toEqual([0, 3, 3]);
    for (const tr of all(document, 'tr')) expect(first(tr, 'cantSplit')).toBeDefined();
    for (const tbl of [active, apply, review]) {
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
        expect(attr(first(first(tbl, 'tblBorders')!, side), 'val')).toBe('single');
      }
    }
  });
});

describe('page, fonts and spacing (GB/T 9704)', () => {
  const report = loadFixture('sample-2024');

  it('sets A4 and the margins 37 / 35 / 28 / 26 mm', async () => {
    const { document } = await readDocx(await toDocx(report));
    const pgSz = first(document, 'pgSz');
    expect([Math.round(twipsToMm(attr(pgSz, 'w'))), Math.round(twipsToMm(attr(pgSz, 'h')))]).toEqual([210, 297]);
    const pgMar = first(document, 'pgMar');
    const margins = ['top', 'bottom', 'left', 'right'].map((s) => twipsToMm(attr(pgMar, s)));
    [37, 35, 28, 26].forEach((mm, i) => expect(margins[i]).toBeCloseTo(mm, 0));
  });

  it('declares 3号仿宋_GB2312 for East Asian text by default', async () => {
    const { styles } = await readDocx(await toDocx(report));
    const defaults = first(styles, 'rPrDefault')!;
    expect(runFonts(defaults)).toBe('仿宋_GB2312');
    expect(attr(first(defaults, 'sz'), 'val')).toBe('32');
  });

  it('prints the title in 2号 方正小标宋简体, centred', async () => {
    const { document } = await readDocx(await toDocx(report));
    const title = all(document, 'p')[0];
    expect(text(title)).toBe('示例市示例区人民政府2024年政府信息公开工作年度报告');
    expect(attr(first(title, 'jc'), 'val')).toBe('center');
    expect(runFonts(title)).toBe('方正小标宋简体');
    expect(attr(first(title, 'sz'), 'val')).toBe('44');
  });

  it('styles heading levels by their numbering: 一、黑体, （一）楷体_GB2312, 1. 仿宋_GB2312', async () => {
    const withLevels: Report = { ...report, text: { ...report.text, problems: '（一）存在的问题\n1.解读不足。部分政策解读形式单一。\n正文段落。' } };
    const { document } = await readDocx(await toDocx(withLevels));
    const paragraphs = all(document, 'p');
    const byText = (t: string) => paragraphs.find((p) => text(p).startsWith(t))!;
    expect(runFonts(all(byText('五、存在的主要问题及改进情况'), 'r')[0])).toBe('黑体');
    expect(runFonts(all(byText('（一）存在的问题'), 'r')[0])).toBe('楷体_GB2312');
    const third = all(byText('1.解读不足。'), 'r');
    expect(runFonts(third[0])).toBe('仿宋_GB2312');
    expect(text(third[0])).toBe('1.解读不足。');
    expect(runFonts(all(byText('正文段落'), 'r')[0])).toBeNull(); // the default: 仿宋_GB2312
  });

  it('sets exact line spacing for 22 lines and a two-character first-line indent on body text', async () => {
    const { document } = await readDocx(await toDocx(report));
    const body = all(document, 'p').find((p) => text(p).startsWith('本报告根据'))!;
    const spacing = first(body, 'spacing');
    expect(attr(spacing, 'lineRule')).toBe('exact');
    const pitchPt = Number(attr(spacing, 'line')) / 20;
    expect(Math.floor((225 / 25.4) * 72 / pitchPt)).toBe(22);
    expect(attr(first(body, 'ind'), 'firstLine')).toBe('640');
  });

  it('sets characters 0.25 pt closer so that 28 3号 characters fill the 156 mm line', async () => {
    const { styles } = await readDocx(await toDocx(report));
    const spacing = Number(attr(first(first(styles, 'rPrDefault')!, 'spacing'), 'val')) / 20;
    expect(Math.floor(((156 / 25.4) * 72) / (16 + spacing))).toBe(28);
  });

  it('numbers pages "— N —" in 4号宋体, odd pages right and even pages left', async () => {
    const { footers, settings, document } = await readDocx(await toDocx(report));
    expect(first(settings, 'evenAndOddHeaders')).toBeDefined();
    const refs = all(document, 'footerReference').map((r) => attr(r, 'type'));
    expect(refs.sort()).toEqual(['default', 'even']);
    const sides = footers.map((f) => attr(first(f, 'jc'), 'val')).sort();
    expect(sides).toEqual(['left', 'right']);
    for (const footer of footers) {
      expect(all(footer, 'instrText').map((i) => i.textContent?.trim())).toContain('PAGE');
      expect(text(first(footer, 'p')!)).toMatch(/^— .*—$/);
      expect(runFonts(first(footer, 'r')!)).toBe('宋体');
      expect(attr(first(footer, 'sz'), 'val')).toBe('28');
    }
  });

  it('prints tables in 五号 with numbers centred and labels left', async () => {
    const { document } = await readDocx(await toDocx(report));
    const apply = all(document, 'tbl')[1];
    const cell = (t: string) => all(apply, 'tc').find((tc) => text(tc) === t)!;
    expect(attr(first(cell('121'), 'jc'), 'val')).toBe('center');
    expect(attr(first(cell('（七）总计'), 'jc'), 'val')).toBe('left');
    expect(attr(first(cell('121'), 'sz'), 'val')).toBe('21');
  });
});

describe('fonts that survive other PCs (spec §10)', () => {
  const report = loadFixture('sample-2024');
  const fonts = async (r: Report) => {
    const { fontTable } = await readDocx(await toDocx(r));
    return new Map(all(fontTable, 'font').map((f) => [attr(f, 'name'), { alt: attr(first(f, 'altName'), 'val'), charset: attr(first(f, 'charset'), 'val') }]));
  };

  it('lists every East Asian font with its fallbacks in the font table, as GB2312 fonts', async () => {
    const table = await fonts(report);
    expect([...table.keys()].sort()).toEqual(['FangSong', 'KaiTi', 'STZhongsong', 'SimHei', 'SimSun', '仿宋', '仿宋_GB2312', '华文中宋', '宋体', '方正小标宋简体', '楷体', '楷体_GB2312', '黑体'].sort());
    expect(table.get('仿宋_GB2312')!.alt).toBe('仿宋');
    expect(table.get('仿宋')!.alt).toBe('FangSong');
    expect(table.get('方正小标宋简体')!.alt).toBe('华文中宋');
    expect(table.get('华文中宋')!.alt).toBe('STZhongsong');
    expect(table.get('楷体_GB2312')!.alt).toBe('楷体');
    expect(table.get('楷体')!.alt).toBe('KaiTi');
    expect(table.get('黑体')!.alt).toBe('SimHei');
    for (const f of table.values()) expect(f.charset).toBe('86');
  });

  it('names 仿宋 and 楷体 instead of the GB2312 fonts when the clerk chooses common fonts', async () => {
    const common: Report = { ...report, exportOptions: { fonts: 'common' }, text: { ...report.text, problems: '（一）存在的问题\n正文。' } };
    const { document, styles } = await readDocx(await toDocx(common));
    expect(runFonts(first(styles, 'rPrDefault')!)).toBe('仿宋');
    const heading = all(document, 'p').find((p) => text(p) === '（一）存在的问题')!;
    expect(runFonts(all(heading, 'r')[0])).toBe('楷体');
    expect(all(document, 'rFonts').map((f) => attr(f, 'eastAsia'))).not.toContain('仿宋_GB2312');
    expect((await fonts(common)).get('仿宋')!.alt).toBe('FangSong');
  });
});

describe('pagination settings', () => {
  const report = loadFixture('tianshui-2020');

  it('breaks the title after the organisation, as published reports do', async () => {
    const { document } = await readDocx(await toDocx(report));
    const title = all(document, 'p')[0];
    expect(all(title, 'r').map((r) => [text(r), first(r, 'br') !== undefined])).toEqual([
      ['天水市人民政府', false],
      ['2020年政府信息公开工作年度报告', true],
    ]);
  });

  it('keeps only headings with what follows: list items and run-in headings are not kept', async () => {
    const list = '（一）主动公开情况\n主动公开以下信息：\n1.行政法规、规章和规范性文件；\n2.机关职能、机构设置；\n3.加强组织领导。及时召开会议。';
    const { document } = await readDocx(await toDocx({ ...report, text: { ...report.text, overview: list } }));
    const kept = (start: string) => first(all(document, 'p').find((p) => text(p).startsWith(start))!, 'keepNext') !== undefined;
    expect([kept('一、总体情况'), kept('（一）主动公开情况'), kept('主动公开以下信息'), kept('1.行政法规'), kept('2.机关职能'), kept('3.加强组织领导')]).toEqual([true, true, false, false, false, false]);
  });

  it('prints 本年增/减 with "+" and amounts with up to 4 decimals', async () => {
    const { document } = await readDocx(await toDocx({ ...report, cells: { ...report.cells, 'active.PROC.AMOUNT': 157325.123456 } }));
    const cells = all(all(document, 'tbl')[0], 'tc').map(text);
    expect(cells).toContain('+46');
    expect(cells).toContain('157325.1235万元');
  });
});

describe('part 六 in the 2021 edition', () => {
  const sample = loadFixture('sample-2024');
  const partSix = async (report: Report) => {
    const { document } = await readDocx(await toDocx(report));
    const paragraphs = all(document, 'p').map(text);
    const after = paragraphs.slice(paragraphs.indexOf('六、其他需要报告的事项') + 1);
    // Up to the empty line above the closing block.
    return after.slice(0, after.indexOf(''));
  };

  it('states the 信息处理费 figures from the fee fields when the narrative does not', async () => {
    expect(await partSix({ ...sample, text: { ...sample.text, other: '' } })).toEqual([
      '本年度发出信息处理费收费通知2件，总金额1200元，实际收取信息处理费0元。',
    ]);
    expect(await partSix({ ...sample, text: { ...sample.text, other: '' }, fees: { noticeCount: 0, noticeAmountYuan: null, collectedYuan: null } })).toEqual([
      '本年度未发出信息处理费收费通知，未收取信息处理费。',
    ]);
  });

  it('keeps the narrative alone when it already states the fees, and invents nothing: an empty part 六 prints empty', async () => {
    expect(await partSix(sample)).toEqual(['本年度发出信息处理费收费通知2件，总金额1200元，实际收取0元。']);
    const unknown = { ...sample, text: { ...sample.text, other: '' }, fees: { noticeCount: null, noticeAmountYuan: null, collectedYuan: null } };
    expect(await partSix(unknown)).toEqual([]);
    const blank = blankReport('某县教育局', 2024);
    const { document } = await readDocx(await toDocx(blank));
    expect(all(document, 'p').map(text).filter((t) => /无。/.test(t))).toEqual([]);
  });
});

describe('the closing block (GB/T 9704 §7.3.5.2)', () => {
  const sample = loadFixture('sample-2024');
  /** The paragraphs after the last part's text: the empty line, the signature, the date. */
  const closing = async (report: Report) => {
    const { document } = await readDocx(await toDocx(report));
    const paragraphs = all(document, 'p');
    const blank = paragraphs.map(text).lastIndexOf('');
    return { before: paragraphs[blank - 1], gap: paragraphs[blank], lines: paragraphs.slice(blank + 1) };
  };
  /** Widths in 3号 characters on the 28-character line (15.75 pt each); a figure is half a 16 pt character, less the 0.25 pt. */
  const CHARACTER = 15.75;
  const rightIndentChars = (p: Parameters<typeof first>[0]) => Number(attr(first(p, 'ind'), 'right')) / 20 / CHARACTER;
  const widthChars = (hanzi: number, figures: number) => (hanzi * CHARACTER + figures * 7.75) / CHARACTER;

  it('signs with the organisation and dates with 发布日期 in Arabic numerals, one blank line below the text', async () => {
    const { before, gap, lines } = await closing({ ...sample, publishDate: '2025-01-07' });
    expect(lines.map(text)).toEqual(['示例市示例区人民政府', '2025年1月7日']);
    expect(text(gap)).toBe('');
    // The text's last lines, the empty line and the signature stay together: never a signature alone on a page.
    expect([before, gap, lines[0]].map((p) => first(p, 'keepNext') !== undefined)).toEqual([true, true, true]);
  });

  it('sets the signature flush right two characters in, the date under it two characters further right', async () => {
    const { lines } = await closing({ ...sample, closing: { signature: '示例市示例区人民政府办公室', date: '2025-01-20' } });
    const [signature, date] = lines;
    expect(lines.map((p) => attr(first(p, 'jc'), 'val'))).toEqual(['right', 'right']);
    expect(lines.map((p) => attr(first(p, 'ind'), 'firstLine'))).toEqual([null, null]);
    expect(rightIndentChars(signature)).toBeCloseTo(2, 1);
    // 13 characters signed, "2025年1月20日" as wide as 3 + 7 half-width figures: the date's start two characters in.
    expect(13 + rightIndentChars(signature) - (widthChars(3, 7) + rightIndentChars(date))).toBeCloseTo(2, 1);
  });

  it('moves the signature left when the date is the longer, so that the date keeps two characters to the edge', async () => {
    const { lines } = await closing({ ...sample, closing: { signature: '某局', date: '2024-12-31' } });
    const [signature, date] = lines;
    expect(rightIndentChars(date)).toBeCloseTo(2, 1);
    // The date "2024年12月31日" starts two characters right of the signature's start.
    expect(2 + rightIndentChars(signature) - (widthChars(3, 8) + rightIndentChars(date))).toBeCloseTo(2, 1);
  });

  it('prints the clerk\'s signature and date, and no date line while neither date is set', async () => {
    expect((await closing({ ...sample, closing: { signature: '示例区政务公开办公室', date: null } })).lines.map(text)).toEqual(['示例区政务公开办公室']);
    expect((await closing({ ...sample, publishDate: '2025-01-07', closing: { signature: null, date: '2025-01-20' } })).lines.map(text)).toEqual(['示例市示例区人民政府', '2025年1月20日']);
  });
});
