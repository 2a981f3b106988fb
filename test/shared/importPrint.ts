// Prints a report as published pages come: one cell per line, pipe rows, runs of text with the
// figures run together, header words split over lines, the title year first or missing — for
// the import's property tests. The table layout is the exports' own (shared/export/layout).

import { PARTS } from '../../shared/formats';
import { tableLayout, type LayoutCell } from '../../shared/export/layout';
import { standardTitle, type Report } from '../../shared/report';

export type PrintStyle = 'lines' | 'pipes' | 'runs' | 'splitHeaders' | 'yearFirst' | 'noTitle';

const isHeader = (c: LayoutCell) => !c.cell && c.role !== 'rowLabel';

function tableText(report: Report, table: 'active' | 'apply' | 'review', style: PrintStyle): string {
  const layout = tableLayout(report, table);
  const rows = [...layout.head, ...layout.bodies.flat()];
  switch (style) {
    case 'pipes':
      return rows.map((r) => `| ${r.map((c) => c.text).join(' | ')} |`).join('\n');
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

export function printReport(report: Report, style: PrintStyle): string {
  const title =
    style === 'yearFirst'
      ? `${report.year}年${report.organization}政府信息公开工作年度报告`
      : style === 'noTitle'
        ? `发文机关：${report.organization}`
        : standardTitle(report.organization, report.year);
  const period = `本报告所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止。`;
  const parts = [title, [report.text.preamble, period].filter(Boolean).join(style === 'splitHeaders' ? '\n' : '\n\n')];
  for (const part of PARTS) {
    parts.push(part.heading);
    if (report.text[part.text]) parts.push(style === 'splitHeaders' ? report.text[part.text] : report.text[part.text].split('\n').join('\n\n'));
    if (part.table) parts.push(tableText(report, part.table, style));
  }
  return parts.join(style === 'splitHeaders' ? '\n' : '\n\n');
}
