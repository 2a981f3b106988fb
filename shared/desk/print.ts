// The desk as a printed table for the office's leaders: A4 landscape, the header repeated on every
// page, a row never split, this year's figures with last year's beside them. Plain HTML for
// Chromium's print (the app's Printer); every value escaped.

import { DESK_COLUMNS, shown } from './columns';
import { summaryLine } from './standing';
import type { DeskView } from './types';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function deskTitle(view: Pick<DeskView, 'folder' | 'year'>): string {
  return `${view.year} 年度政府信息公开工作年度报告报送情况（${view.folder}）`;
}

const STYLE = `
@page { size: A4 landscape; margin: 12mm 10mm 14mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 8pt; } }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", sans-serif; font-size: 7.5pt; margin: 0; color: #000; }
h1 { font-size: 14pt; margin: 0 0 2mm; text-align: center; }
p { margin: 0 0 3mm; text-align: center; }
table { border-collapse: collapse; width: 100%; table-layout: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #444; padding: 0.8mm 1mm; vertical-align: top; white-space: nowrap; }
th { background: #e8e8e8; font-weight: bold; white-space: normal; }
td.n { text-align: right; }
/* Only names and the problems wrap: dates, figures and short words stay whole. */
td.wrap { white-space: normal; }
td.unit { min-width: 28mm; }
td.flags { min-width: 16mm; }
td.sim { min-width: 24mm; }
.prior { color: #555; }
tr.bad td.flags { font-weight: bold; }
`;

export function deskPrintHtml(view: DeskView): string {
  const columns = DESK_COLUMNS.filter((c) => c.print);
  const head = ['序号', ...columns.map((c) => (c.prior ? `${c.label}（上年）` : c.label))].map((h) => `<th>${escape(h)}</th>`).join('');
  const body = view.rows
    .map((row, i) => {
      const cells = columns.map((c) => {
        const v = c.value(row);
        const numeric = c.kind === 'number' || c.kind === 'ratio';
        const cls = c.id === 'name' ? ' class="unit wrap"' : c.id === 'flags' ? ' class="flags wrap"' : c.id === 'similarUnit' ? ' class="sim wrap"' : numeric ? ' class="n"' : '';
        const prior = c.prior ? `<span class="prior">（${escape(c.prior(row) === null ? '—' : String(c.prior(row)))}）</span>` : '';
        return `<td${cls}>${escape(shown(c, v))}${prior}</td>`;
      });
      return `<tr${row.goodStanding ? '' : ' class="bad"'}><td class="n">${i + 1}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  const line = `统计日期：${view.today}\u3000${summaryLine(view.summary, view.unreadable.length)}`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(deskTitle(view))}</title><style>${STYLE}</style></head>
<body><h1>${escape(deskTitle(view))}</h1><p>${escape(line)}</p>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>
`;
}
