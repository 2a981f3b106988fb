// 导出台账模板: an .xlsx whose columns are the ledger's fields and whose category columns offer
// the statute's categories as drop-down lists (data validation), so that next year's ledger is
// counted with no mapping at all. The lists stand on a sheet of their own (选项): an inline list
// may not exceed 255 characters, and table 三's outcome rows are longer than that.

import ExcelJS from 'exceljs';
import { templateSheets } from '../../../shared/ledger';
import { columnLetter } from '../../../shared/sheet';

/** Rows the drop-downs and date formats cover: a city's year of applications and more. */
const TEMPLATE_ROWS = 5000;
const FIRST_ROW = 4;

/** The template's file name, as the app suggests it and the command line names it in a folder. */
export const templateFileName = (year: number) => `${year}年政府信息公开申请登记台账（模板）.xlsx`;

export async function ledgerTemplate(year: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '年报编辑器';
  // Filled once the ledger sheets stand: the lists' sheet comes last in the tabs.
  const lists: (readonly string[])[] = [];
  for (const def of templateSheets(year)) {
    const sheet = book.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: FIRST_ROW - 1 }] });
    sheet.mergeCells(1, 1, 1, def.columns.length);
    const title = sheet.getCell(1, 1);
    title.value = def.title;
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center' };
    sheet.getCell(2, 1).value = '每件申请（案件）填一行；带下拉箭头的列请从列表中选择，日期写作 2025-01-06。本表可直接用年报编辑器“从台账统计”读取。';
    sheet.getRow(FIRST_ROW - 1).values = def.columns.map((c) => c.heading);
    sheet.getRow(FIRST_ROW - 1).font = { bold: true };
    def.columns.forEach((column, i) => {
      sheet.getColumn(i + 1).width = column.width;
      const letter = columnLetter(i);
      if (column.note) sheet.getCell(FIRST_ROW - 1, i + 1).note = column.note;
      if (column.date) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
      if (!column.choices) return;
      const listLetter = columnLetter(lists.push(column.choices) - 1);
      const range = `选项!$${listLetter}$1:$${listLetter}$${column.choices.length}`;
      for (let r = FIRST_ROW; r < FIRST_ROW + TEMPLATE_ROWS; r++) {
        sheet.getCell(`${letter}${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [range],
          showErrorMessage: true,
          errorTitle: '请从列表中选择',
          error: `“${column.heading}”请从下拉列表中选择`,
        };
      }
    });
  }
  const sheet = book.addWorksheet('选项', { state: 'hidden' });
  lists.forEach((choices, c) => choices.forEach((choice, r) => (sheet.getCell(r + 1, c + 1).value = choice)));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
