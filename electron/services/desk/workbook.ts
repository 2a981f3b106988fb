// The desk as an .xlsx workbook (exceljs: it writes frozen panes, filters and print settings;
// SheetJS CE does not write styles): 单位一览 — one row per unit, every column of the desk, last
// year's figures in columns of their own, header frozen and filtered; 表三表四 — every unit's
// figures of tables 三 and 四 cell by cell; 说明 — the summary and what could not be read. And the
// same table laid out for paper (A4 landscape), which the command line prints through LibreOffice.

import ExcelJS from 'exceljs';
import { DESK_COLUMNS, deskTitle, summaryLine, type DeskColumn, type DeskView } from '../../../shared/desk';
import { EDITIONS, cellIndex } from '../../../shared/formats';
import { TABLE_NAMES } from '../../../shared/workflow';

type Cell = string | number | null;
interface Out {
  label: string;
  width: number;
  ratio: boolean;
  value(row: DeskView['rows'][number]): Cell;
}

const WIDTHS: Record<string, number> = { name: 26, file: 28, problems: 60, notes: 40, flags: 22, similarUnit: 22, contact: 20, followUp: 18, timing: 10 };

/** A desk column as workbook columns: its own, and last year's beside a figure. */
function outs(column: DeskColumn): Out[] {
  const own: Out = { label: column.label, width: WIDTHS[column.id] ?? (column.kind === 'date' ? 12 : 9), ratio: column.kind === 'ratio', value: (r) => column.value(r) };
  return column.prior ? [own, { label: `上年${column.label}`, width: 9, ratio: false, value: (r) => column.prior!(r) }] : [own];
}

function table(book: ExcelJS.Workbook, name: string, columns: readonly Out[], rows: readonly DeskView['rows'][number][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.label, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  columns.forEach((c, i) => {
    if (c.ratio) sheet.getColumn(i + 1).numFmt = '0%';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export async function deskWorkbook(view: DeskView): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '年报编辑器';
  const list = table(book, '单位一览', DESK_COLUMNS.flatMap(outs), view.rows);
  list.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 99, printTitlesRow: '1:1' };

  const index = cellIndex(EDITIONS[view.edition]);
  const cells = [...index.tableCells.apply, ...index.tableCells.review];
  const figures: Out[] = [
    { label: '单位', width: 26, ratio: false, value: (r) => r.name },
    { label: '草稿文件', width: 28, ratio: false, value: (r) => r.file },
    ...cells.map((c) => ({ label: `${TABLE_NAMES[c.table]} ${c.rowLabel} / ${c.columnLabel}`, width: 12, ratio: false, value: (r: DeskView['rows'][number]) => (r.missing ? null : (r.tables?.[c.key] ?? null)) })),
  ];
  const tables = table(book, '表三表四', figures, view.rows);
  tables.getRow(1).height = 90;

  const about = book.addWorksheet('说明');
  about.getColumn(1).width = 110;
  const lines = [
    deskTitle(view),
    `统计日期：${view.today}`,
    summaryLine(view.summary, view.unreadable.length),
    `单位名册：${view.roster.source ?? '由文件夹中的草稿生成'}（${view.roster.units} 个单位）`,
    `上年报告：${view.prior ?? '本文件夹中的上年度草稿及各草稿记住的上年报告'}`,
    ...view.roster.problems.map((p) => `名册：${p}`),
    ...view.unreadable.map((u) => `无法读取：${u.file}：${u.reason}`),
    ...view.notes,
  ];
  lines.forEach((line, i) => (about.getCell(i + 1, 1).value = line));
  about.getCell(1, 1).font = { bold: true, size: 14 };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A line's height in points at 9 pt. */
const LINE_HEIGHT = 11.5;
/** Column-width units text takes at 9 pt: a Chinese character about 1.7, a digit or letter about 0.9. */
const textWidth = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 1.7 : 0.9), 0);

/** Narrow enough that the table fits the page's width at a readable size (headers wrap). */
const PRINT_WIDTHS: Record<string, number> = { name: 20, type: 5, receipt: 6.5, errors: 4.5, warnings: 4.5, openRemarks: 6, stage: 5, followUp: 10, publishDate: 10, deadline: 10, timing: 8, repetition: 6, similarUnit: 17, similarity: 5, flags: 14 };

/** The printed table's columns (shared/desk's `print`), this year's figure with last year's in brackets. */
export async function deskPrintWorkbook(view: DeskView): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('单位一览');
  const columns = DESK_COLUMNS.filter((c) => c.print);
  const head = ['序号', ...columns.map((c) => (c.prior ? `${c.label}（上年）` : c.label))];
  sheet.mergeCells(1, 1, 1, head.length);
  sheet.getCell(1, 1).value = deskTitle(view);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, head.length);
  sheet.getCell(2, 1).value = `统计日期：${view.today}\u3000${summaryLine(view.summary, view.unreadable.length)}`;
  sheet.getRow(3).values = head;
  sheet.getRow(3).font = { bold: true };
  view.rows.forEach((row, i) => {
    const values = columns.map((c) => {
      const v = c.value(row);
      const text = v === null ? '—' : c.kind === 'ratio' ? `${Math.round((v as number) * 100)}%` : String(v);
      return c.prior ? `${text}（${c.prior(row) ?? '—'}）` : text;
    });
    sheet.getRow(4 + i).values = [i + 1, ...values];
  });
  sheet.getColumn(1).width = 4;
  columns.forEach((c, i) => (sheet.getColumn(i + 2).width = PRINT_WIDTHS[c.id] ?? 9));
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  const widths = head.map((_, i) => sheet.getColumn(i + 1).width ?? 9);
  for (let r = 3; r < 4 + view.rows.length; r++) {
    let lines = 1;
    for (let c = 1; c <= head.length; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = border;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.font = { size: 9, bold: r === 3 };
      lines = Math.max(lines, Math.ceil(textWidth(String(cell.value ?? '')) / widths[c - 1]));
    }
    // Calc does not grow a row for wrapped text it did not lay out itself: each row says how tall.
    sheet.getRow(r).height = LINE_HEIGHT * lines + 2;
  }
  // As many pages tall as it takes (LibreOffice reads a height of 0 as one page): only the width is fitted.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 99, printTitlesRow: '3:3', margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
