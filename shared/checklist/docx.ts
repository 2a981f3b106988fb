// The 检查报告 page as a Word document (docx, as shared/export/docx.ts makes the report): A4 with
// the page's margins, the lines the model broke (explicit breaks, so Word, WPS and LibreOffice show
// the same lines as the PDF), a fixed-width table that never splits a row, and the font table's
// fallbacks. Kept apart from the renderer's bundle: only main and the command line import it.

import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
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
import { fontTableXml } from '../export/docxFonts';
import { fontNames } from '../export/fonts';
import { pt } from '../export/page';
import type { ExportOptions } from '../report';
import { CHECKLIST_PAGE, STATUS_MARKS, type ChecklistPage } from './model';

const P = CHECKLIST_PAGE;
const twips = (points: number) => Math.round(points * 20);
const dxa = (millimetres: number) => Math.round(convertMillimetersToTwip(millimetres));
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const exact = (points: number) => ({ line: twips(points), lineRule: LineRuleType.EXACT });
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function lines(texts: readonly string[], size: number, name: string, bold = false): TextRun[] {
  return texts.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, size: size * 2, font: font(name), bold: bold || undefined }));
}

export async function checklistDocx(page: ChecklistPage, options: ExportOptions): Promise<Uint8Array> {
  const fonts = fontNames(options);
  const paragraph = (texts: readonly string[], size: number, pitch: number, align: (typeof AlignmentType)[keyof typeof AlignmentType], name = fonts.body, after = 0) =>
    new Paragraph({ alignment: align, spacing: { ...exact(pitch), after: twips(after) }, children: lines(texts, size, name) });
  const widths = P.columns.map(dxa);
  widths[widths.length - 1] += dxa(P.width) - widths.reduce((a, b) => a + b, 0);
  const cell = (texts: readonly string[], column: number, align: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      verticalAlign: column === 3 ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
      margins: { left: dxa(P.padding.x), right: dxa(P.padding.x), top: dxa(P.padding.y), bottom: dxa(P.padding.y) },
      children: [new Paragraph({ alignment: align, spacing: exact(P.lines.table), children: lines(texts, P.sizes.table, fonts.body, bold) })],
    });
  const row = (cells: TableCell[], header = false) => new TableRow({ children: cells, cantSplit: true, tableHeader: header || undefined });
  const table = new Table({
    rows: [
      row(page.header.map((h, c) => cell([h], c, AlignmentType.CENTER, true)), true),
      ...page.rows.map((r) =>
        row([
          cell([String(r.number)], 0, AlignmentType.CENTER),
          cell(r.title, 1, AlignmentType.LEFT),
          cell([STATUS_MARKS[r.status]], 2, AlignmentType.CENTER),
          cell(r.lines, 3, AlignmentType.LEFT),
        ]),
      ),
    ],
    columnWidths: widths,
    width: { size: dxa(P.width), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  });
  const doc = new Document({
    creator: '年报编辑器',
    title: `${page.subject}发布前检查报告`,
    styles: { default: { document: { run: { font: font(fonts.body), size: P.sizes.meta * 2 } } } },
    sections: [
      {
        properties: { page: { margin: { top: dxa(P.margin), bottom: dxa(P.margin), left: dxa(P.margin), right: dxa(P.margin) } } },
        children: [
          paragraph([page.heading], P.sizes.heading, P.lines.heading, AlignmentType.CENTER, fonts.level1),
          paragraph([page.subject], P.sizes.subject, P.lines.subject, AlignmentType.CENTER, fonts.body, pt(P.gaps.heading)),
          paragraph(page.meta, P.sizes.meta, P.lines.meta, AlignmentType.LEFT, fonts.body, pt(P.gaps.meta)),
          table,
          new Paragraph({ spacing: { ...exact(pt(P.gaps.table)) }, children: [] }),
          paragraph(page.legend, P.sizes.meta, P.lines.meta, AlignmentType.LEFT, fonts.body, P.lines.meta),
          paragraph([page.signature], P.sizes.meta, P.lines.meta, AlignmentType.LEFT),
        ],
      },
    ],
  });
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml([fonts.body, fonts.level1]) };
  return new Uint8Array(await Packer.toArrayBuffer(doc, false, [fontTable]));
}
