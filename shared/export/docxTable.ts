// A statutory table in Word, paginating like a 公文: no row ever splits; header rows repeat on
// every page (w:tblHeader) and stay with the first row below; the rows of a table 二 block and
// of an innermost group of table 三 share a page with their caption or merged label, and a taller
// merged label keeps the rows its lines need (keep.ts). Widths
// are fixed and explicit — grid, table and every cell in DXA — so Word, WPS and LibreOffice lay
// the table out alike; labels carry the line breaks the print layout computes.

import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { keepRanges } from './keep';
import { placeCells, type LayoutCell, type PlacedCell, type TableLayout } from './layout';
import { CELL_PADDING_MM, SIZES_PT, TABLE_LINE_PT, TYPE_AREA_MM, columnWidthsMm } from './page';
import { cellLines } from './tableText';

/** 1 mm in twentieths of a point (DXA). */
const DXA_PER_MM = 1440 / 25.4;
/** The type area's width in DXA: every table is exactly this wide. */
export const TABLE_WIDTH_DXA = Math.round(TYPE_AREA_MM.width * DXA_PER_MM);
const PADDING_DXA = Math.round(CELL_PADDING_MM * DXA_PER_MM);

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** Integer DXA widths that add up to the table width exactly (the rounding goes to the last column). */
function columnWidthsDxa(layout: TableLayout): number[] {
  const widths = columnWidthsMm(layout).map((w) => Math.round(w * DXA_PER_MM));
  widths[widths.length - 1] += TABLE_WIDTH_DXA - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function docxTable(layout: TableLayout): Table {
  const widths = columnWidthsDxa(layout);
  const widthsMm = columnWidthsMm(layout);
  const rows = [...layout.head, ...layout.bodies.flat()];
  const headRows = layout.head.length;
  const keepNext = new Set<number>();
  for (let r = 0; r < headRows; r++) keepNext.add(r);
  for (const { from, to } of keepRanges(layout)) for (let r = from; r < to; r++) keepNext.add(headRows + r);
  return new Table({
    rows: placeCells(rows).map(
      (cells, r) =>
        new TableRow({
          children: cells.map((placed) => tableCell(placed, widths, widthsMm)),
          tableHeader: r < headRows || undefined,
          cantSplit: true,
          keepNext: keepNext.has(r) || undefined,
        }),
    ),
    columnWidths: widths,
    width: { size: TABLE_WIDTH_DXA, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function tableCell({ cell, column }: PlacedCell, widths: number[], widthsMm: number[]): TableCell {
  const left = cell.role === 'rowLabel' || cell.role === 'rowGroup' || cell.role === 'corner';
  const lines = cell.role === 'value' ? [cell.text] : cellLines(cell, sum(widthsMm.slice(column, column + cell.colSpan)));
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    width: { size: sum(widths.slice(column, column + cell.colSpan)), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: PADDING_DXA, right: PADDING_DXA },
    children: [
      new Paragraph({
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: TABLE_LINE_PT * 20, lineRule: LineRuleType.EXACT },
        children: lines.map(
          (text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, size: SIZES_PT.table * 2, characterSpacing: 0, bold: isBold(cell) || undefined }),
        ),
      }),
    ],
  });
}

const isBold = (cell: LayoutCell) => cell.role === 'blockCaption';
