// Exports: one document and table-layout model, printed as Word (GB/T 9704) and HTML.
export { documentModel, feeStatement } from './document';
export type { DocumentModel, PartModel } from './document';
export { tableLayout, tableLayouts, placeCells, formatValue, headerScope } from './layout';
export type { LayoutCell, LayoutRole, TableLayout, PlacedCell } from './layout';
export { paragraphs, headingLevel } from './narrative';
export type { Paragraph, HeadingLevel } from './narrative';
export { toDocx } from './docx';
export { toHtml, escapeHtml } from './html';
export type { HtmlOptions } from './html';
