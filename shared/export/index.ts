// Exports: one document and table-layout model, printed as Word (GB/T 9704), HTML, and the
// print layout for PDF and paper (./print).
export { documentModel, feeStatement } from './document';
export type { DocumentModel, PartModel } from './document';
export { tableLayout, tableLayouts, placeCells, formatValue, formatAmount, headerScope } from './layout';
export type { LayoutCell, LayoutRole, TableLayout, PlacedCell, RowRange } from './layout';
export { paragraphs, headingLevel, looksLikeHeading } from './narrative';
export type { Paragraph, HeadingLevel } from './narrative';
export { toDocx } from './docx';
export { toHtml, escapeHtml } from './html';
export type { HtmlOptions } from './html';
export { toPlainText } from './plaintext';
export { titleLines, titleSegments } from './title';
export { fontNames, cssFontFamily, FONT_FALLBACKS } from './fonts';
export type { FontRole } from './fonts';
// The print layout (PDF, 打印, 预览) lives in ./print; the renderer imports it from there
// directly, so that the Word library never reaches the page's bundle.
