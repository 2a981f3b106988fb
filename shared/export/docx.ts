// The report as a Word document laid out per GB/T 9704-2012 (spec §10): A4, margins 37/35/28/26
// mm, 3号仿宋 body on a 22-line × 28-character grid, 2号小标宋 title broken at units of meaning,
// heading fonts by level, the closing block (署名, 成文日期), "— 1 —" page numbers outside on odd
// and even pages, the statutory tables (docxTable.ts), and a font table naming every font's
// fallbacks (docxFonts.ts).

import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
  type Table,
} from 'docx';
import type { Report } from '../report';
import { closingPlace, type ClosingBlock } from './closing';
import { documentModel, type PartModel } from './document';
import { fontTableXml } from './docxFonts';
import { docxTable } from './docxTable';
import { HEADING_FONT, fontNames, type FontRole } from './fonts';
import type { TableLayout } from './layout';
import type { Paragraph as NarrativeParagraph } from './narrative';
import { CHARACTER_SPACING_PT, FIRST_LINE_INDENT_PT, LINE_PITCH_PT, MARGINS_MM, PAGE_NUMBER_GAP_MM, PAGE_NUMBER_LINE_PT, SIZES_PT, TYPE_AREA_MM, mm, pt } from './page';
import { titleLines } from './title';
import { FINGERPRINT_PROPERTY, exportFingerprint } from './fingerprint';

const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);
/** Exact line spacing on every paragraph (no document grid: LibreOffice snaps larger lines to two grid lines). */
const exact = { line: twips(LINE_PITCH_PT), lineRule: LineRuleType.EXACT };
/** How many 2号 characters a title line holds: 20 on the 156 mm type area. */
export const TITLE_LINE_CHARACTERS = Math.floor(pt(TYPE_AREA_MM.width) / SIZES_PT.title);
/**
 * The footer's distance from the page's bottom edge to its line's bottom: the line's middle, where
 * its dash is, 7 mm below the type area (35 mm up).
 */
const FOOTER_MM = MARGINS_MM.bottom - PAGE_NUMBER_GAP_MM - mm(PAGE_NUMBER_LINE_PT) / 2;

type Fonts = Record<FontRole, string>;
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });

export async function toDocx(report: Report): Promise<Uint8Array> {
  const model = documentModel(report);
  const fonts = fontNames(model.options);
  const lines = titleLines(model.title, model.organization, TITLE_LINE_CHARACTERS);
  const body: BodyItem[] = [...model.preamble.map((p) => ({ p, afterTable: false })), ...model.parts.flatMap(partItems)];
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact,
      keepNext: true,
      children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, font: font(fonts.title), size: halfPoints(SIZES_PT.title) })),
    }),
    new Paragraph({ spacing: exact, children: [] }),
    // The text's last lines stay with the closing block: a signature never stands on a page alone.
    ...body.map((item, i) => ('table' in item ? docxTable(item.table) : narrativeParagraph(item.p, fonts, item.afterTable, model.closing !== null && i === body.length - 1))),
    ...(model.closing ? closingParagraphs(model.closing) : []),
  ];
  const doc = new Document({
    creator: model.organization,
    title: model.title,
    // Which version this file was made from (issue 23's verify); nothing of it is printed.
    customProperties: [{ name: FINGERPRINT_PROPERTY, value: exportFingerprint(report) }],
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(fonts.body), size: halfPoints(SIZES_PT.body), characterSpacing: twips(CHARACTER_SPACING_PT) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            margin: {
              top: convertMillimetersToTwip(MARGINS_MM.top),
              bottom: convertMillimetersToTwip(MARGINS_MM.bottom),
              left: convertMillimetersToTwip(MARGINS_MM.left),
              right: convertMillimetersToTwip(MARGINS_MM.right),
              footer: convertMillimetersToTwip(FOOTER_MM),
            },
          },
        },
        footers: { default: pageNumberFooter('odd', fonts), even: pageNumberFooter('even', fonts) },
        children,
      },
    ],
  });
  // Word and WPS substitute a missing font by the font table: name the fallbacks there.
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml(Object.values(fonts)) };
  return new Uint8Array(await Packer.toArrayBuffer(doc, false, [fontTable]));
}

/** GB/T 9704 §7.5: 4号半角宋体 "— 1 —", odd pages right, even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even', fonts: Fonts): Footer {
  const odd = side === 'odd';
  const oneCharacter = twips(SIZES_PT.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: oneCharacter } : { left: oneCharacter },
        // Exact: the dash's height above the footer's edge is then the same in every font.
        spacing: { line: twips(PAGE_NUMBER_LINE_PT), lineRule: LineRuleType.EXACT },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(fonts.pageNumber), size: halfPoints(SIZES_PT.pageNumber), characterSpacing: 0 }),
        ],
      }),
    ],
  });
}

/** The body in order: paragraphs (knowing whether a table stands before them) and tables. */
type BodyItem = { p: NarrativeParagraph; afterTable: boolean } | { table: TableLayout };

function partItems(part: PartModel, i: number, parts: PartModel[]): BodyItem[] {
  const afterTable = i > 0 && parts[i - 1].table !== undefined;
  return [
    { p: { level: 1, lead: part.heading, rest: '', heading: true }, afterTable },
    ...part.paragraphs.map((p) => ({ p, afterTable: false })),
    ...(part.table ? [{ table: part.table }] : []),
  ];
}

/**
 * A body paragraph. The line left empty after a table is the next paragraph's space before
 * rather than an empty paragraph of its own: Word and LibreOffice drop it at the top of a page,
 * where an empty paragraph would print a blank first line.
 */
function narrativeParagraph(p: NarrativeParagraph, fonts: Fonts, afterTable = false, keepNext = false): Paragraph {
  const runs: TextRun[] = [];
  if (p.lead) runs.push(new TextRun({ text: p.lead, font: font(fonts[HEADING_FONT[p.level as 1 | 2 | 3 | 4]]) }));
  if (p.rest) runs.push(new TextRun({ text: p.rest }));
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(FIRST_LINE_INDENT_PT) },
    spacing: afterTable ? { ...exact, before: twips(LINE_PITCH_PT) } : exact,
    // Only a heading on a line of its own stays with what follows: list items never chain.
    keepNext: p.heading || keepNext || undefined,
    widowControl: true,
    children: runs,
  });
}

/** 署名 and 成文日期 flush right at the indents closing.ts gives: never past two characters from the edge. */
function closingParagraphs(block: ClosingBlock): Paragraph[] {
  const place = closingPlace(block);
  const line = (text: string, right: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: twips(right) },
      spacing: exact,
      keepNext: keepNext || undefined,
      // No extra space between 汉字 and figures: the lines are as wide as closing.ts reckons them.
      autoSpaceEastAsianText: false,
      children: [new TextRun({ text })],
    });
  return [
    new Paragraph({ spacing: exact, keepNext: true, children: [] }),
    line(block.signature, place.signatureRight, block.date !== null),
    ...(block.date ? [line(block.date, place.dateRight, false)] : []),
  ];
}
