// The 检查报告 page in the print layout's model (shared/export/print): placed lines and cell boxes
// on one A4 page, printed to PDF by the app's printer (Chromium) and drawn by the editor's
// 发布前检查 view with the same styles, so what the clerk sees is what prints.

import { pt } from '../export/page';
import { printDocumentHtml } from '../export/print/html';
import type { PrintDocument, PrintItem, PrintLine, Run } from '../export/print/model';
import type { ExportOptions } from '../report';
import { CHECKLIST_PAGE, STATUS_MARKS, type ChecklistPage } from './model';

const mm = (points: number) => points / pt(1);

export function checklistLayout(page: ChecklistPage, options: ExportOptions): PrintDocument {
  const P = CHECKLIST_PAGE;
  const items: PrintItem[] = [];
  const left = P.margin;
  let y = P.margin;
  const line = (text: string, size: number, pitch: number, x: number, width: number, align: PrintLine['align'], font: Run['font'] = 'body', bold = false) => {
    items.push({ kind: 'line', x, y, width, height: mm(pitch), runs: [{ text, font, ...(bold ? { bold } : {}) }], size, spacing: 0, align });
  };

  line(page.heading, P.sizes.heading, P.lines.heading, left, P.width, 'center', 'level1');
  y += mm(P.lines.heading);
  line(page.subject, P.sizes.subject, P.lines.subject, left, P.width, 'center');
  y += mm(P.lines.subject) + P.gaps.heading;
  for (const text of page.meta) {
    line(text, P.sizes.meta, P.lines.meta, left, P.width, 'left');
    y += mm(P.lines.meta);
  }
  y += P.gaps.meta;

  const xs = P.columns.map((_, i) => left + P.columns.slice(0, i).reduce((a, b) => a + b, 0));
  const row = (cells: string[][], aligns: PrintLine['align'][], bold = false) => {
    const height = Math.max(...cells.map((c) => c.length)) * mm(P.lines.table) + 2 * P.padding.y;
    cells.forEach((lines, c) => {
      items.push({ kind: 'box', x: xs[c], y, width: P.columns[c], height });
      // Short cells sit in the middle of the row, the findings from its top.
      const top = c === 3 ? y + P.padding.y : y + (height - lines.length * mm(P.lines.table)) / 2;
      lines.forEach((text, k) => {
        items.push({
          kind: 'line',
          x: xs[c] + P.padding.x,
          y: top + k * mm(P.lines.table),
          width: P.columns[c] - 2 * P.padding.x,
          height: mm(P.lines.table),
          runs: [{ text, font: 'body', ...(bold ? { bold } : {}) }],
          size: P.sizes.table,
          spacing: 0,
          align: aligns[c],
        });
      });
    });
    y += height;
  };
  row(page.header.map((h) => [h]), ['center', 'center', 'center', 'center'], true);
  for (const r of page.rows) row([[String(r.number)], r.title, [STATUS_MARKS[r.status]], r.lines], ['center', 'left', 'center', 'left'], false);
  y += P.gaps.table;

  for (const text of page.legend) {
    line(text, P.sizes.meta, P.lines.meta, left, P.width, 'left');
    y += mm(P.lines.meta);
  }
  y += mm(P.lines.meta);
  line(page.signature, P.sizes.meta, P.lines.meta, left, P.width, 'left');
  return { title: `${page.subject}发布前检查报告`, options, pages: [{ number: 1, items }] };
}

/** The page as HTML for Chromium to print (the same document the report's own PDF comes from). */
export function checklistHtml(page: ChecklistPage, options: ExportOptions): string {
  return printDocumentHtml(checklistLayout(page, options));
}
