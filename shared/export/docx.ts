// The report as a Word document laid out per GB/T 9704-2012 (spec §10): A4, margins 37/35/28/26
// mm, 3号仿宋 body on a 22-line × 28-character grid, 2号小标宋 title, heading fonts by level,
// "— 1 —" page numbers outside on odd and even pages, and the statutory tables with their merges.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { TableId } from '../formats';
import type { Report } from '../report';
import { documentModel, type PartModel } from './document';
import { placeCells, type LayoutCell, type PlacedCell, type TableLayout } from './layout';
import type { Paragraph as NarrativeParagraph } from './narrative';

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  level1: '黑体',
  level2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/**
 * 225 mm type area / 22 lines ≈ 28.95 pt, in twentieths of a point, as exact line spacing on
 * every body paragraph (no document grid: LibreOffice snaps larger lines to two grid lines).
 */
export const LINE_PITCH = 579;
/**
 * 156 mm / 28 characters = 15.79 pt per character: 3号 (16 pt) glyphs set 0.25 pt closer
 * (twentieths of a point). A character grid would do it in Word, but LibreOffice lays such a
 * grid out differently; character spacing reads the same everywhere.
 */
export const CHARACTER_SPACING = -5;
/** Table text: 五号 on an exact 15 pt line, off the body's 22-line grid. */
const TABLE_LINE = 300;
/** Two characters of 3号 for the first-line indent; one of 4号 for the page number. */
const INDENT_2_CHARS = 640;
const INDENT_1_CHAR_4HAO = 280;
/** The page number's dash sits 7 mm below the type area (35 mm up): its line ends ≈ 23 mm up. */
const FOOTER_MM = 23;
const TYPE_AREA_WIDTH_MM = 156;

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };

export async function toDocx(report: Report): Promise<Uint8Array> {
  const model = documentModel(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact,
      children: [new TextRun({ text: model.title, font: font(FONTS.title), size: SIZES.title })],
    }),
    new Paragraph({ spacing: exact, children: [] }),
    ...model.preamble.map(narrativeParagraph),
    ...model.parts.flatMap(part),
  ];
  const doc = new Document({
    creator: model.organization,
    title: model.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body, characterSpacing: CHARACTER_SPACING } } } },
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
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** GB/T 9704 §7.5: 4号半角宋体 "— 1 —", odd pages right, even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: INDENT_1_CHAR_4HAO } : { left: INDENT_1_CHAR_4HAO },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber), size: SIZES.pageNumber })],
      }),
    ],
  });
}

function part(p: PartModel): (Paragraph | Table)[] {
  const heading = narrativeParagraph({ level: 1, lead: p.heading, rest: '' });
  return [heading, ...p.paragraphs.map(narrativeParagraph), ...(p.table ? [table(p.table), new Paragraph({ spacing: exact, children: [] })] : [])];
}

const LEAD_FONT: Record<number, string> = { 1: FONTS.level1, 2: FONTS.level2, 3: FONTS.body, 4: FONTS.body };

function narrativeParagraph(p: NarrativeParagraph): Paragraph {
  const runs: TextRun[] = [];
  if (p.lead) runs.push(new TextRun({ text: p.lead, font: font(LEAD_FONT[p.level]) }));
  if (p.rest) runs.push(new TextRun({ text: p.rest }));
  // A heading standing alone on its line stays on the page of what it introduces.
  const keepNext = p.level > 0 && p.rest === '';
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_2_CHARS }, spacing: exact, keepNext: keepNext || undefined, children: runs });
}

// Column widths in mm, adding up to the 156 mm type area.
const COLUMN_WIDTHS_MM: Record<TableId, (width: number) => number[]> = {
  active: () => [42, 38, 38, 38],
  apply: (width) => [12, 13, 43, ...Array<number>(width - 3).fill((TYPE_AREA_WIDTH_MM - 68) / (width - 3))],
  review: (width) => Array<number>(width).fill(TYPE_AREA_WIDTH_MM / width),
};

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function table(layout: TableLayout): Table {
  const widths = COLUMN_WIDTHS_MM[layout.table](layout.width).map(convertMillimetersToTwip);
  const rows = placeCells([...layout.head, ...layout.bodies.flat()]).map((cells, i) => tableRow(cells, widths, i < layout.head.length));
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
  });
}

/** Header rows, and table 二's block caption and header rows, stay with the row below them. */
function keepsWithNext(cells: PlacedCell[]): boolean {
  return cells.every(({ cell }) => cell.role !== 'value');
}

function tableRow(cells: PlacedCell[], widths: number[], isHeader: boolean): TableRow {
  const children = cells.map(({ cell, column }) => tableCell(cell, widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0)));
  return new TableRow({ children, tableHeader: isHeader || undefined, cantSplit: true, keepNext: keepsWithNext(cells) || undefined });
}

function tableCell(cell: LayoutCell, width: number): TableCell {
  const left = cell.role === 'rowLabel' || cell.role === 'rowGroup' || cell.role === 'corner';
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57 },
    children: [
      new Paragraph({
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: cell.text, size: SIZES.table, bold: cell.role === 'blockCaption' || undefined })],
      }),
    ],
  });
}
