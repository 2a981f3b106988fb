// The report as portal-ready HTML: a standalone HTML5 document (inline CSS, no scripts, no
// external resources, print CSS for A4) or a fragment with inline styles only, for pasting into
// a CMS editor: every cell carries its own border and padding, columns their widths in %, and
// nothing relies on a class or an id surviving the editor. Tables come from the same layout
// model as the Word export. Every user string is escaped.

import { documentModel, type DocumentModel } from './document';
import type { TableId } from '../formats';
import { cssFontFamily } from './fonts';
import { headerScope, type LayoutCell, type TableLayout } from './layout';
import type { Paragraph } from './narrative';
import { columnWidthsMm } from './page';
import { titleSegments } from './title';
import { labelWords } from './words';
import { FINGERPRINT_META, exportFingerprint } from './fingerprint';

export interface HtmlOptions {
  /** A <div> with inline styles only, for a CMS editor; otherwise a whole document. */
  fragment?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * One style per element kind; the standalone document puts them in <style>, the fragment inline.
 * Long unbroken strings (web addresses) wrap in text, never widening the page; header words
 * wrap only between words (<wbr>), never inside one.
 */
function styles(fonts: (role: 'title' | 'body' | 'level1' | 'level2') => string) {
  return {
    root: `font-family: ${fonts('body')}; font-size: 18px; line-height: 1.8; color: #1a1a1a; background: #fff; max-width: 50em; margin: 0 auto; padding: 1em;`,
    h1: `font-family: ${fonts('title')}; font-size: 28px; font-weight: normal; text-align: center; line-height: 1.5; margin: 0.5em 0 1em; word-break: keep-all; overflow-wrap: anywhere;`,
    level1: `font-family: ${fonts('level1')}; font-size: 20px; font-weight: normal; margin: 1.2em 0 0.4em; overflow-wrap: anywhere;`,
    level2: `font-family: ${fonts('level2')}; font-size: 18px; font-weight: normal; margin: 0.8em 0 0.3em; text-indent: 2em; overflow-wrap: anywhere;`,
    level3: 'font-size: 18px; font-weight: normal; margin: 0.6em 0 0.2em; text-indent: 2em; overflow-wrap: anywhere;',
    p: 'text-indent: 2em; margin: 0 0 0.4em; text-align: justify; overflow-wrap: anywhere;',
    lead: `font-family: ${fonts('level2')}; font-weight: normal;`,
    wrap: 'overflow-x: auto; max-width: 100%; margin: 0.6em 0 1.2em; padding: 0;',
    table: 'border-collapse: collapse; width: 100%; font-size: 16px; line-height: 1.5;',
    caption: 'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;',
    cell: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: center; vertical-align: middle; font-weight: normal;',
    header: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: center; vertical-align: middle; font-weight: normal; word-break: keep-all;',
    label: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: left; vertical-align: middle; font-weight: normal;',
    col: '',
    group: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: left; vertical-align: middle; font-weight: normal; word-break: keep-all;',
  };
}
type Styles = ReturnType<typeof styles>;

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
  const look = styles((role) => cssFontFamily(role, model.options));
  const fp = exportFingerprint(report);
  return options.fragment ? fragment(model, look, fp) : standalone(model, look, fp);
}

/** The attributes that give an element its look: a class (document) or inline CSS (fragment). */
type Styler = (kind: keyof Styles, className?: string, extraCss?: string) => string;

function standalone(model: DocumentModel, look: Styles, fp: string): string {
  const classed: Styler = (_kind, className) => (className ? ` class="${className}"` : '');
  const css = [
    `main { ${look.root} }`,
    `h1 { ${look.h1} }`,
    `.level-1 { ${look.level1} }`,
    `.level-2 { ${look.level2} }`,
    `.level-3 { ${look.level3} }`,
    `p { ${look.p} }`,
    `p strong { ${look.lead} }`,
    `.table-wrap { ${look.wrap} }`,
    `table { ${look.table} }`,
    `caption { ${look.caption} }`,
    ...Object.entries(MIN_WIDTH).map(([id, width]) => `.table-${id} { min-width: ${width}; }`),
    ...model.parts.flatMap((part) => (part.table ? columnPercents(part.table).map((w, i) => `.table-${part.table!.table} col:nth-child(${i + 1}) { width: ${w}; }`) : [])),
    `th, td { ${look.cell} }`,
    `.header { ${look.header} }`,
    `.label { ${look.label} }`,
    `.group { ${look.group} }`,
    PRINT_CSS,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="${FINGERPRINT_META}" content="${fp}">
<title>${documentTitle(model.title)}</title>
<style>
${css}
</style>
</head>
<body>
<main>
${body(model, classed, false)}
</main>
</body>
</html>
`;
}

/**
 * A browser tab's title, escaped: one longer than 70 characters (more than a tab or a search
 * result shows) is cut; the page's h1 keeps it whole.
 */
function documentTitle(title: string): string {
  const whole = escapeHtml(title);
  if (whole.length <= 70) return whole;
  // The longest run of whole characters that, escaped, leaves room for "…" (one pass).
  let out = '';
  for (const ch of title) {
    const next = escapeHtml(ch);
    if (out.length + next.length + 1 > 70) break;
    out += next;
  }
  return `${out}…`;
}

function fragment(model: DocumentModel, look: Styles, fp: string): string {
  // Styles inline and no <style> or class that a CMS editor would strip or rename.
  const inline: Styler = (kind, _className, extraCss) => ` style="${[look[kind], extraCss].filter(Boolean).join(' ')}"`;
  // A <meta> cannot stand in a fragment: the fingerprint rides on its root (an editor may drop it).
  return `<div lang="zh-CN"${inline('root')} data-${FINGERPRINT_META}="${fp}">\n${body(model, inline, true)}\n</div>\n`;
}

/** Words joined by <wbr>: the only places a keep-all line may break. */
const words = (pieces: string[]) => pieces.map(escapeHtml).join('<wbr>');

function body(model: DocumentModel, style: Styler, isFragment: boolean): string {
  // Heading levels never skip (h1 → h3): a "（一）" in the preamble, right under the title, is an h2.
  let last = 1;
  const heading = (level: 1 | 2 | 3 | 4, html: string) => {
    const h = Math.min(level + 1, last + 1);
    last = h;
    const kind = level === 1 ? 'level1' : level === 2 ? 'level2' : 'level3';
    return `<h${h}${style(kind, `level-${Math.min(level, 3)}`)}>${html}</h${h}>`;
  };
  const paragraph = (p: Paragraph): string => {
    if (p.heading) return heading(p.level as 1 | 2 | 3 | 4, escapeHtml(p.lead));
    const lead = p.lead ? `<strong${style('lead')}>${escapeHtml(p.lead)}</strong>` : '';
    return `<p${style('p')}>${lead}${escapeHtml(p.rest)}</p>`;
  };
  const out = [`<h1${style('h1')}>${words(titleSegments(model.title))}</h1>`, ...model.preamble.map(paragraph)];
  for (const part of model.parts) {
    out.push(heading(1, escapeHtml(part.heading)));
    out.push(...part.paragraphs.map(paragraph));
    if (part.table) out.push(table(part.table, style, isFragment));
  }
  return out.join('\n');
}

function table(layout: TableLayout, style: Styler, isFragment: boolean): string {
  const captionId = `${layout.table}-caption`;
  const rows = (cells: LayoutCell[][]) => cells.map((r) => `<tr>${r.map((c) => cell(c, style)).join('')}</tr>`).join('\n');
  const head = layout.head.length > 0 ? `<thead>\n${rows(layout.head)}\n</thead>\n` : '';
  const bodies = layout.bodies.map((b) => `<tbody>\n${rows(b)}\n</tbody>`).join('\n');
  const cols = `<colgroup>${columnPercents(layout).map((w) => `<col${style('col', undefined, `width: ${w};`)}>`).join('')}</colgroup>\n`;
  // A portal's column decides the fragment's width; the document's tables scroll below a minimum.
  const minWidth = isFragment ? undefined : `min-width: ${MIN_WIDTH[layout.table]};`;
  // The table scrolls inside its own box on a phone; a scrolling box must be reachable by
  // keyboard (WCAG 2.1.1), hence tabindex, and named, hence the figure labelled by the caption.
  return (
    `<figure aria-labelledby="${captionId}" tabindex="0"${style('wrap', 'table-wrap')}>\n` +
    `<table${style('table', `table-${layout.table}`, minWidth)}>\n<caption id="${captionId}"${style('caption')}>${escapeHtml(layout.title)}</caption>\n${cols}${head}${bodies}\n</table>\n</figure>`
  );
}

/** Column widths in % of the table, in the proportions of the printed form (page.ts). */
function columnPercents(layout: TableLayout): string[] {
  const mm = columnWidthsMm(layout);
  const total = mm.reduce((a, b) => a + b, 0);
  const percents = mm.map((w) => Math.round((w / total) * 10000) / 100);
  // Rounding goes to the last column: the widths add up to exactly 100 %.
  percents[percents.length - 1] = Math.round((100 - percents.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
  return percents.map((p) => `${p}%`);
}

function cell(c: LayoutCell, style: Styler): string {
  const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  if (c.role === 'value') return `<td${span} headers="${c.headers!.join(' ')}"${style('cell')}>${escapeHtml(c.text)}</td>`;
  if (c.role === 'corner') return `<td${span}${style('label', 'label')}>${escapeHtml(c.text)}</td>`;
  const look = c.role === 'rowLabel' ? style('label', 'label') : c.role === 'rowGroup' ? style('group', 'group') : style('header', 'header');
  const text = c.role === 'rowLabel' ? escapeHtml(c.text) : words(labelWords(c.text));
  return `<th id="${c.id}" scope="${headerScope(c)}"${span}${look}>${text}</th>`;
}
