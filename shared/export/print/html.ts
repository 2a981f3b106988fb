// The print layout as a standalone HTML document for Chromium to print (Electron's
// printToPDF and print, and the tests' page.pdf): each page an A4 box with @page margins of
// zero, every item absolutely placed with the same styles the preview uses. No scripts, no
// external resources; every user string escaped.

import { escapeHtml } from '../html';
import type { ExportOptions } from '../../report';
import type { PrintDocument, PrintItem } from './model';
import { PAGE_STYLE, itemStyle, runStyle, type Css } from './style';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const css = (style: Css) => Object.entries(style).map(([k, v]) => `${kebab(k)}: ${v}`).join('; ');

export function printDocumentHtml(doc: PrintDocument): string {
  const pages = doc.pages.map((page) => `<section class="page" style="${css(PAGE_STYLE)}">\n${page.items.map((item) => itemHtml(item, doc.options)).join('\n')}\n</section>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
</style>
</head>
<body>
${pages.join('\n')}
</body>
</html>
`;
}

function itemHtml(item: PrintItem, options: ExportOptions): string {
  if (item.kind === 'box') return `<div style="${css(itemStyle(item))}"></div>`;
  const [only, ...more] = item.runs;
  if (more.length === 0) return `<div style="${css({ ...itemStyle(item), ...runStyle(only, options) })}">${escapeHtml(only.text)}</div>`;
  const spans = item.runs.map((run) => `<span style="${css(runStyle(run, options))}">${escapeHtml(run.text)}</span>`).join('');
  return `<div style="${css({ ...itemStyle(item), ...runStyle({ text: '', font: 'body' }, options) })}">${spans}</div>`;
}
