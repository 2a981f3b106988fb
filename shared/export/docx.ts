// The report as a Word document laid out per GB/T 9704-2012 (spec §10): A4, margins 37/35/28/26
// mm, 3号仿宋 body on a 22-line × 28-character grid, 2号小标宋 title broken at units of meaning,
// heading fonts by level, "— 1 —" page numbers outside on odd and even pages, the statutory
// tables (docxTable.ts), and a font table naming every font's fallbacks (docxFonts.ts).

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
import { documentModel, type PartModel } from './document';
import { fontTableXml } from './docxFonts';
import { docxTable } from './docxTable';
import { fontNames, type FontRole } from './fonts';
import type { Paragraph as NarrativeParagraph } from './narrative';
import { CHARACTER_SPACING_PT, FIRST_LINE_INDENT_PT, LINE_PITCH_PT, MARGINS_MM, PAGE_NUMBER_GAP_MM, SIZES_PT, TYPE_AREA_MM, pt } from './page';
import { titleLines } from './title';
import { FINGERPRINT_PROPERTY, exportFingerprint } from './fingerprint';

const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);
/** Exact line spacing on every paragraph (no document grid: LibreOffice snaps larger lines to two grid lines). */
const exact = { line: twips(LINE_PITCH_PT), lineRule: LineRuleType.EXACT };
/** How many 2号 characters a title line holds: 20 on the 156 mm type area. */
export const TITLE_LINE_CHARACTERS = Math.floor(pt(TYPE_AREA_MM.width) / SIZES_PT.title);
/** The page number's line ends ≈ 23 mm up: its dash 7 mm below the type area (35 mm up). */
const FOOTER_MM = MARGINS_MM.bottom - PAGE_NUMBER_GAP_MM - 5;

type Fonts = Record<FontRole, string>;
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });

export async function toDocx(report: Report): Promise<Uint8Array> {
  const model = documentModel(report);
  const fonts = fontNames(model.options);
  const lines = titleLines(model.title, model.organization, TITLE_LINE_CHARACTERS);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact,
      keepNext: true,
      children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, font: font(fonts.title), size: halfPoints(SIZES_PT.title) })),
    }),
    new Paragraph({ spacing: exact, children: [] }),
    ...model.preamble.map((p) => narrativeParagraph(p, fonts)),
    ...model.parts.flatMap((p) => part(p, fonts)),
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
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(fonts.pageNumber), size: halfPoints(SIZES_PT.pageNumber), characterSpacing: 0 }),
        ],
      }),
    ],
  });
}

function part(p: PartModel, fonts: Fonts): (Paragraph | Table)[] {
  const heading = narrativeParagraph({ level: 1, lead: p.heading, rest: '', heading: true }, fonts);
  const body = p.paragraphs.map((para) => narrativeParagraph(para, fonts));
  return [heading, ...body, ...(p.table ? [docxTable(p.table), new Paragraph({ spacing: exact, children: [] })] : [])];
}

const LEAD_FONT: Record<number, FontRole> = { 1: 'level1', 2: 'level2', 3: 'body', 4: 'body' };

function narrativeParagraph(p: NarrativeParagraph, fonts: Fonts): Paragraph {
  const runs: TextRun[] = [];
  if (p.lead) runs.push(new TextRun({ text: p.lead, font: font(fonts[LEAD_FONT[p.level]]) }));
  if (p.rest) runs.push(new TextRun({ text: p.rest }));
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(FIRST_LINE_INDENT_PT) },
    spacing: exact,
    // Only a heading on a line of its own stays with what follows: list items never chain.
    keepNext: p.heading || undefined,
    widowControl: true,
    children: runs,
  });
}
