// The print layout (GB/T 9704 on A4): the same pages for the PDF, 打印 and the preview.

import type { Report } from '../../report';
import { documentModel } from '../document';
import { flow } from './flow';
import type { PrintDocument } from './model';
import { paginate } from './paginate';
import { printDocumentHtml } from './html';

export type { PrintDocument, PrintPage, PrintItem, PrintLine, PrintBox, Run } from './model';
export { itemStyle, runStyle, PAGE_STYLE } from './style';
export type { Css } from './style';

export function printLayout(report: Report): PrintDocument {
  const model = documentModel(report);
  return { title: model.title, options: model.options, pages: paginate(flow(model)) };
}

/** The print layout as one HTML document, for Chromium to print to PDF or paper. */
export function toPrintHtml(report: Report): string {
  return printDocumentHtml(printLayout(report));
}
