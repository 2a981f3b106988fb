// The report as portal-ready HTML: a standalone HTML5 document (inline CSS, no scripts, no
// external resources, print CSS for A4) or a fragment with inline styles only, for pasting into
// a CMS editor. The fragment reads correctly whatever the editor keeps: every style is a plain
// property a CSS whitelist passes or drops without harm (no hiding, no positioning), tables carry
// their lines as attributes too (htmlTable.ts), and nothing relies on a class, an id or a tag
// outside the common whitelists (<wbr>). Tables come from the same layout model as the Word
// export. Every user string is escaped.

import type { ClosingBlock } from './closing';
import { documentModel, type DocumentModel } from './document';
import { HEADING_FONT, cssFontFamily, type FontRole } from './fonts';
import { KEEP_ALL, MIN_WIDTH_EM, STICKY_BORDERS_CSS, TABLE_STYLES, columnPercents, escapeHtml, headingId, joinWords, phoneApplyCss, stickyLabelCss, tableHtml } from './htmlTable';
import type { Paragraph } from './narrative';
import { titleSegments } from './title';
import { FINGERPRINT_META, exportFingerprint } from './fingerprint';

export { escapeHtml } from './htmlTable';

export interface HtmlOptions {
  /** A <div> with inline styles only, for a CMS editor; otherwise a whole document. */
  fragment?: boolean;
}

/**
 * One style per element kind; the standalone document puts them in <style>, the fragment inline.
 * Long unbroken strings (web addresses) wrap in text, never widening the page; header words
 * wrap only between words, never inside one; headings leave no character alone on their last line.
 */
function styles(fonts: (role: FontRole) => string) {
  return {
    root: `font-family: ${fonts('body')}; font-size: 18px; line-height: 1.8; color: #1a1a1a; background: #fff; max-width: 50em; margin: 0 auto; padding: 1em;`,
    h1: `font-family: ${fonts('title')}; font-size: 28px; font-weight: normal; text-align: center; line-height: 1.5; margin: 0.5em 0 1em; overflow-wrap: anywhere; text-wrap: balance;`,
    level1: `font-family: ${fonts(HEADING_FONT[1])}; font-size: 20px; font-weight: normal; margin: 1.2em 0 0.4em; overflow-wrap: anywhere; text-wrap: pretty;`,
    level2: `font-family: ${fonts(HEADING_FONT[2])}; font-size: 18px; font-weight: normal; margin: 0.8em 0 0.3em; text-indent: 2em; overflow-wrap: anywhere; text-wrap: pretty;`,
    level3: `font-family: ${fonts(HEADING_FONT[3])}; font-size: 18px; font-weight: normal; margin: 0.6em 0 0.3em; text-indent: 2em; overflow-wrap: anywhere; text-wrap: pretty;`,
    p: 'text-indent: 2em; margin: 0 0 0.4em; text-align: justify; overflow-wrap: anywhere;',
    /** A run-in "（一）…。" phrase: 楷体 as in Word; "1.…。" needs nothing, being 仿宋 like the body. */
    lead: `font-family: ${fonts(HEADING_FONT[2])};`,
    closing: 'text-align: right; margin: 1.8em 2em 0 0;',
    signed: 'display: inline-block; max-width: 100%; text-align: left; overflow-wrap: anywhere;',
    signature: 'margin: 0; text-indent: 0;',
    date: 'margin: 0; text-indent: 0; padding-left: 2em;',
    ...TABLE_STYLES,
  };
}
type Styles = ReturnType<typeof styles>;

const PRINT_CSS = `@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  main { max-width: none; padding: 0; font-size: 16pt; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .closing { break-inside: avoid; }
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
  const tables = model.parts.flatMap((part) => (part.table ? [part.table] : []));
  const css = [
    `main { ${look.root} }`,
    `h1 { ${look.h1} ${KEEP_ALL} }`,
    `.level-1 { ${look.level1} }`,
    `.level-2 { ${look.level2} }`,
    `.level-3 { ${look.level3} }`,
    `p { ${look.p} }`,
    `.lead { ${look.lead} }`,
    `.closing { ${look.closing} }`,
    `.signed { ${look.signed} }`,
    `.closing p { ${look.signature} }`,
    `.closing .date { ${look.date} }`,
    `.table-wrap { ${look.wrap} }`,
    `table { ${look.table} }`,
    ...tables.map((t) => `.table-${t.table} { min-width: ${MIN_WIDTH_EM[t.table]}em; }`),
    ...tables.flatMap((t) => columnPercents(t).map((w, i) => `.table-${t.table} col:nth-child(${i + 1}) { width: ${w}; }`)),
    `th, td { ${look.cell} }`,
    `.header { ${look.header} ${KEEP_ALL} }`,
    `.label { ${look.label} }`,
    `.group { ${look.group} ${KEEP_ALL} }`,
    ...STICKY_BORDERS_CSS,
    ...tables.flatMap(stickyLabelCss),
    ...tables.flatMap(phoneApplyCss),
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
  const inline: Styler = (kind, _className, extraCss) => {
    const css = [look[kind], extraCss].filter(Boolean).join(' ');
    return css ? ` style="${css}"` : '';
  };
  // A <meta> cannot stand in a fragment: the fingerprint rides on its root (an editor may drop it).
  return `<div lang="zh-CN"${inline('root')} data-${FINGERPRINT_META}="${fp}">\n${body(model, inline, true)}\n</div>\n`;
}

function body(model: DocumentModel, style: Styler, isFragment: boolean): string {
  // Heading levels never skip (h1 → h3): a "（一）" in the preamble, right under the title, is an h2.
  let last = 1;
  const heading = (level: 1 | 2 | 3 | 4, html: string, id?: string) => {
    const h = Math.min(level + 1, last + 1);
    last = h;
    const kind = level === 1 ? 'level1' : level === 2 ? 'level2' : 'level3';
    return `<h${h}${id ? ` id="${id}"` : ''}${style(kind, `level-${Math.min(level, 3)}`)}>${html}</h${h}>`;
  };
  const paragraph = (p: Paragraph): string => {
    if (p.heading) return heading(p.level as 1 | 2 | 3 | 4, escapeHtml(p.lead));
    // A <span>, not <strong>: an editor that strips styles would print the phrase bold, as no export does.
    const lead = !p.lead ? '' : HEADING_FONT[p.level as 1 | 2 | 3 | 4] === 'body' ? escapeHtml(p.lead) : `<span${style('lead', 'lead')}>${escapeHtml(p.lead)}</span>`;
    return `<p${style('p')}>${lead}${escapeHtml(p.rest)}</p>`;
  };
  const out = [`<h1${style('h1')}>${joinWords(titleSegments(model.title), isFragment)}</h1>`, ...model.preamble.map(paragraph)];
  for (const part of model.parts) {
    out.push(heading(1, escapeHtml(part.heading), part.table ? headingId(part.table.table) : undefined));
    out.push(...part.paragraphs.map(paragraph));
    if (part.table) out.push(tableHtml(part.table, style, isFragment));
  }
  if (model.closing) out.push(closing(model.closing, style));
  return out.join('\n');
}

/**
 * 署名 and 成文日期 (closing.ts): a right-aligned box two characters from the edge, the date two
 * characters in under the signature; the longer line decides the box, as §7.3.5.2 asks. With
 * styles stripped it reads as two plain lines.
 */
function closing(block: ClosingBlock, style: Styler): string {
  const date = block.date ? `\n<p${style('date', 'date')}>${escapeHtml(block.date)}</p>` : '';
  return `<div${style('closing', 'closing')}><div${style('signed', 'signed')}>\n<p${style('signature')}>${escapeHtml(block.signature)}</p>${date}\n</div></div>`;
}
