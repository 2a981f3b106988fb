// Prints a report as published pages come: one cell per line, pipe rows, runs of text with the
// figures run together, header words split over lines, the title year first or missing — for
// the import's property tests. The table layout is the exports' own (shared/export/layout).

import { PARTS } from '../../shared/formats';
import { tableLayout, type LayoutCell } from '../../shared/export/layout';
import { standardTitle, type Report } from '../../shared/report';

export type PrintStyle = 'lines' | 'pipes' | 'bars' | 'closing' | 'tabs' | 'spaces' | 'markdown' | 'runs' | 'splitHeaders' | 'yearFirst' | 'noTitle';

/** The table grammars a page prints tables in (the other styles vary the title). */
export const TABLE_GRAMMARS = ['lines', 'pipes', 'bars', 'closing', 'tabs', 'spaces', 'markdown', 'splitHeaders'] as const satisfies readonly PrintStyle[];

const isHeader = (c: LayoutCell) => !c.cell && c.role !== 'rowLabel';

function tableText(report: Report, table: 'active' | 'apply' | 'review', style: PrintStyle): string {
  const layout = tableLayout(report, table);
  const rows = [...layout.head, ...layout.bodies.flat()];
  switch (style) {
    case 'pipes':
      return rows.map((r) => `| ${r.map((c) => c.text).join(' | ')} |`).join('\n');
    case 'bars':
      // Bars between cells, none at the ends (converters, copies from a page).
      return rows.map((r) => r.map((c) => c.text).join(' | ')).join('\n');
    case 'closing':
      // Each cell closed by a bar ("规章 | 0 | 0 | 0 |").
      return rows.map((r) => `${r.map((c) => c.text).join(' | ')} |`).join('\n');
    case 'tabs':
      // A browser's copy of the table.
      return rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');
    case 'spaces':
      // Fixed-width text of a PDF: runs of spaces between cells.
      return rows.map((r) => r.map((c) => c.text).join('    ')).join('\n');
    case 'markdown':
      return rows.map((r, i) => `| ${r.map((c) => c.text).join(' | ')} |${i === 0 ? `\n|${r.map(() => '---|').join('')}` : ''}`).join('\n');
    case 'runs':
      // Everything of the table on one line, nothing between labels and figures (spec: pingtan).
      return rows.flat().map((c) => c.text).join('');
    case 'splitHeaders':
      // One line per cell and header words one character per line, as narrow printed columns
      // come out of a copy from a PDF.
      return rows
        .flat()
        .map((c) => (isHeader(c) ? [...c.text].join('\n') : c.text))
        .join('\n');
    default:
      return rows
        .flat()
        .map((c) => (c.text === '' ? '\n' : c.text))
        .join('\n\n');
  }
}

/** What a page does to the narrative's lines (hard breaks inside sentences: importProperty). */
export type Breaker = (line: string) => string[];

export function printReport(report: Report, style: PrintStyle, breaker: Breaker = (l) => [l]): string {
  // A double-spaced page (one cell or line, then an empty line) breaks its lines the same way.
  const doubled = style !== 'splitHeaders';
  const narrative = (text: string) => text.split('\n').flatMap(breaker).join(doubled ? '\n\n' : '\n');
  const title =
    style === 'yearFirst'
      ? `${report.year}年${report.organization}政府信息公开工作年度报告`
      : style === 'noTitle'
        ? `发文机关：${report.organization}`
        : standardTitle(report.organization, report.year);
  const period = `本报告所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止。`;
  const parts = [title, [report.text.preamble, period].filter(Boolean).map(narrative).join(style === 'splitHeaders' ? '\n' : '\n\n')];
  for (const part of PARTS) {
    parts.push(part.heading);
    if (report.text[part.text]) parts.push(narrative(report.text[part.text]));
    if (part.table) parts.push(tableText(report, part.table, style));
  }
  return parts.join(style === 'splitHeaders' ? '\n' : '\n\n');
}
