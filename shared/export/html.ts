// The report as portal-ready HTML: a standalone HTML5 document (inline CSS, no scripts, no
// external resources, print CSS for A4) or a fragment with inline styles only, for pasting into
// a CMS editor. Tables come from the same layout model as the Word export. Every user string is
// escaped.

import { documentModel, type DocumentModel } from './document';
import type { TableId } from '../formats';
import { headerScope, type LayoutCell, type TableLayout } from './layout';
import type { Paragraph } from './narrative';

export interface HtmlOptions {
  /** A <div> with inline styles only, for a CMS editor; otherwise a whole document. */
  fragment?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

// Fonts official documents use, then what Windows, macOS and Linux (UOS, Kylin) have.
// Single quotes: these also go into style="…" attributes in the fragment.
const FANGSONG = `'仿宋_GB2312', '仿宋', FangSong, STFangsong, 'Noto Serif CJK SC', serif`;
const HEITI = `'黑体', SimHei, 'Noto Sans CJK SC', sans-serif`;
const KAITI = `'楷体_GB2312', '楷体', KaiTi, STKaiti, serif`;
const TITLE = `'方正小标宋简体', '方正小标宋_GBK', '宋体', SimSun, 'Noto Serif CJK SC', serif`;

/** One style per element kind; the standalone document puts them in <style>, the fragment inline. */
const STYLE = {
  root: `font-family: ${FANGSONG}; font-size: 18px; line-height: 1.8; color: #1a1a1a; background: #fff; max-width: 50em; margin: 0 auto; padding: 1em;`,
  h1: `font-family: ${TITLE}; font-size: 28px; font-weight: normal; text-align: center; line-height: 1.5; margin: 0.5em 0 1em;`,
  h2: `font-family: ${HEITI}; font-size: 20px; font-weight: normal; margin: 1.2em 0 0.4em;`,
  h3: `font-family: ${KAITI}; font-size: 18px; font-weight: normal; margin: 0.8em 0 0.3em; text-indent: 2em;`,
  p: 'text-indent: 2em; margin: 0 0 0.4em; text-align: justify;',
  lead: `font-family: ${KAITI}; font-weight: normal;`,
  wrap: 'overflow-x: auto; max-width: 100%; margin: 0.6em 0 1.2em; padding: 0;',
  table: 'border-collapse: collapse; width: 100%; font-size: 16px; line-height: 1.5;',
  caption: 'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;',
  cell: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: center; vertical-align: middle; font-weight: normal;',
  label: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: left; vertical-align: middle; font-weight: normal;',
} as const;

/** Below these widths a table scrolls inside its box instead of crushing its columns. */
const MIN_WIDTH: Record<TableId, string> = { active: '24em', apply: '42em', review: '46em' };

const PRINT_CSS = `@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  main { max-width: none; padding: 0; font-size: 16pt; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}`;

export function toHtml(report: Parameters<typeof documentModel>[0], options: HtmlOptions = {}): string {
  const model = documentModel(report);
  return options.fragment ? fragment(model) : standalone(model);
}

/** The attributes that give an element its look: a class (document) or inline CSS (fragment). */
type Styler = (kind: keyof typeof STYLE, className?: string, extraCss?: string) => string;

const inline: Styler = (kind, _className, extraCss) => ` style="${STYLE[kind]}${extraCss ? ` ${extraCss}` : ''}"`;
const classed: Styler = (_kind, className) => (className ? ` class="${className}"` : '');

function standalone(model: DocumentModel): string {
  const css = [
    `main { ${STYLE.root} }`,
    `h1 { ${STYLE.h1} }`,
    `h2 { ${STYLE.h2} }`,
    `h3 { ${STYLE.h3} }`,
    `p { ${STYLE.p} }`,
    `p strong { ${STYLE.lead} }`,
    `.table-wrap { ${STYLE.wrap} }`,
    `table { ${STYLE.table} }`,
    `caption { ${STYLE.caption} }`,
    ...Object.entries(MIN_WIDTH).map(([id, width]) => `.table-${id} { min-width: ${width}; }`),
    `th, td { ${STYLE.cell} }`,
    `.label { ${STYLE.label} }`,
    PRINT_CSS,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>
${css}
</style>
</head>
<body>
<main>
${body(model, classed)}
</main>
</body>
</html>
`;
}

function fragment(model: DocumentModel): string {
  // Styles inline and no <style>, class or id that a CMS editor would strip or rename.
  return `<div lang="zh-CN"${inline('root')}>\n${body(model, inline)}\n</div>\n`;
}

function body(model: DocumentModel, style: Styler): string {
  const out = [`<h1${style('h1')}>${escapeHtml(model.title)}</h1>`, ...model.preamble.map((p) => paragraph(p, style))];
  for (const part of model.parts) {
    out.push(`<h2${style('h2')}>${escapeHtml(part.heading)}</h2>`);
    out.push(...part.paragraphs.map((p) => paragraph(p, style)));
    if (part.table) out.push(table(part.table, style));
  }
  return out.join('\n');
}

function paragraph(p: Paragraph, style: Styler): string {
  if (p.level > 0 && p.rest === '') return `<h3${style('h3')}>${escapeHtml(p.lead)}</h3>`;
  const lead = p.lead ? `<strong${style('lead')}>${escapeHtml(p.lead)}</strong>` : '';
  return `<p${style('p')}>${lead}${escapeHtml(p.rest)}</p>`;
}

function table(layout: TableLayout, style: Styler): string {
  const captionId = `${layout.table}-caption`;
  const rows = (cells: LayoutCell[][]) => cells.map((r) => `<tr>${r.map((c) => cell(c, style)).join('')}</tr>`).join('\n');
  const head = layout.head.length > 0 ? `<thead>\n${rows(layout.head)}\n</thead>\n` : '';
  const bodies = layout.bodies.map((b) => `<tbody>\n${rows(b)}\n</tbody>`).join('\n');
  // The table scrolls inside its own box on a phone; a scrolling box must be reachable by
  // keyboard (WCAG 2.1.1), hence tabindex, and named, hence the figure labelled by the caption.
  return (
    `<figure aria-labelledby="${captionId}" tabindex="0"${style('wrap', 'table-wrap')}>\n` +
    `<table${style('table', `table-${layout.table}`, `min-width: ${MIN_WIDTH[layout.table]};`)}>\n<caption id="${captionId}"${style('caption')}>${escapeHtml(layout.title)}</caption>\n${head}${bodies}\n</table>\n</figure>`
  );
}

function cell(c: LayoutCell, style: Styler): string {
  const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  const text = escapeHtml(c.text);
  if (c.role === 'value') return `<td${span} headers="${c.headers!.join(' ')}"${style('cell')}>${text}</td>`;
  if (c.role === 'corner') return `<td${span}${style('label', 'label')}>${text}</td>`;
  const isLabel = c.role === 'rowLabel' || c.role === 'rowGroup';
  const look = isLabel ? style('label', 'label') : style('cell');
  return `<th id="${c.id}" scope="${headerScope(c)}"${span}${look}>${text}</th>`;
}
