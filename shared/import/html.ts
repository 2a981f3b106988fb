// A saved portal page (or our own HTML export) as tokens: block elements are paragraphs, each
// td/th a cell carrying its row. Word-generated tables (span/font soup, <o:p>, rowspan/colspan)
// come out as one token per printed cell in reading order; a cell holding a whole table (page
// layout) is not a cell but a container. One forward scan, no tree: linear in the page's size
// whatever it holds (unclosed comments, tags nested 100,000 deep), where tree parsers are not.

import type { SourcePlace } from '../report';
import type { Token } from './tokens';

/** Elements whose content a reader never sees as the report's text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'caption', 'iframe', 'object', 'select', 'button', 'title', 'textarea', 'head']);
/** Their content is raw text: only the matching end tag ends them. */
const RAW = new Set(['script', 'style', 'noscript', 'textarea', 'title', 'xmp']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'header', 'footer', 'main', 'figure', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'dt', 'dd', 'br', 'hr', 'nav', 'aside', 'address', 'center', 'form', 'fieldset', 'body', 'html']);

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–',
  hellip: '…', middot: '·', bull: '•', times: '×', divide: '÷', plusmn: '±', deg: '°', yen: '¥', copy: '©', reg: '®', emsp: '\u2003',
  ensp: '\u2002', thinsp: '\u2009', laquo: '«', raquo: '»', permil: '‰', sect: '§', zwj: '\u200d', zwnj: '\u200c', shy: '',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z]{2,8});?/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Drops `<!-- … -->` in one pass; an unclosed comment runs to the end, as in a browser. */
function withoutComments(html: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<!--', at);
    if (open === -1) return out + html.slice(at);
    out += html.slice(at, open);
    const close = html.indexOf('-->', open + 4);
    if (close === -1) return out;
    at = close + 3;
  }
}

export function htmlTokens(source: string): Token[] {
  const html = withoutComments(source);
  const lower = html.toLowerCase();
  const out: Token[] = [];
  let inline = '';
  let cell: { text: string; row: number; at: SourcePlace } | null = null;
  let row: number | undefined;
  let rows = 0;
  let paragraphs = 0;
  // Tables in document order, nested ones too: where a cell stood (Report.provenance).
  const tables: { n: number; rows: number; cells: number }[] = [];
  let tableCount = 0;
  let skipping: { name: string; depth: number } | null = null;

  const flush = () => {
    const t = decodeEntities(inline).replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t, block: true, at: { kind: 'paragraph', paragraph: ++paragraphs, column: 0 } });
    inline = '';
  };
  const closeCell = (asCell = true) => {
    if (!cell) return;
    const t = decodeEntities(cell.text).replace(/\s+/g, ' ').trim();
    if (asCell) out.push({ text: t, cell: true, row: cell.row, at: cell.at });
    else if (t) out.push({ text: t, block: true, at: { kind: 'paragraph', paragraph: ++paragraphs, column: 0 } });
    cell = null;
  };
  const text = (t: string) => {
    if (cell) cell.text += t;
    else inline += t;
  };
  const cellPlace = (): SourcePlace => {
    const table = tables[tables.length - 1];
    if (!table) return { kind: 'table', table: 0, row: 0, cell: 0 };
    return { kind: 'table', table: table.n, row: table.rows, cell: ++table.cells };
  };

  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      if (!skipping) text(html.slice(at));
      break;
    }
    if (!skipping && lt > at) text(html.slice(at, lt));
    const tag = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(html.slice(lt, lt + 40));
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        // <!doctype …>, <![CDATA[…]]>, <?xml …?>: not text.
        const end = html.indexOf('>', lt);
        at = end === -1 ? html.length : end + 1;
      } else {
        if (!skipping) text('<');
        at = lt + 1;
      }
      continue;
    }
    const end = tagEnd(html, lt + tag[0].length);
    if (end === -1) break; // an unclosed tag: the rest is not text
    at = end + 1;
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();

    if (skipping) {
      // A head left open ends where the body starts.
      if (name === skipping.name) skipping.depth += closing ? -1 : html[end - 1] === '/' ? 0 : 1;
      if (skipping.depth === 0 || (skipping.name === 'head' && name === 'body')) skipping = null;
      continue;
    }
    if (!closing && SKIP.has(name)) {
      if (RAW.has(name)) {
        const close = lower.indexOf(`</${name}`, at);
        const stop = close === -1 ? -1 : html.indexOf('>', close);
        at = stop === -1 ? html.length : stop + 1;
      } else if (html[end - 1] !== '/') skipping = { name, depth: 1 };
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (closing) closeCell();
      else {
        flush();
        closeCell();
        cell = { text: '', row: row ?? ++rows, at: cellPlace() };
      }
    } else if (name === 'tr') {
      closeCell();
      flush();
      row = closing ? undefined : ++rows;
      const table = tables[tables.length - 1];
      if (!closing && table) {
        table.rows++;
        table.cells = 0;
      }
    } else if (name === 'table') {
      // A table inside a cell: that cell was page layout, its text is paragraphs.
      if (!closing && cell) closeCell(false);
      else closeCell();
      flush();
      row = undefined;
      if (!closing) tables.push({ n: ++tableCount, rows: 0, cells: 0 });
      else tables.pop();
    } else if (BLOCK.has(name)) {
      if (cell) cell.text += ' ';
      else flush();
    }
  }
  closeCell();
  flush();
  return out;
}

/** The `>` that ends a tag, past quoted attribute values; -1 when the page ends first. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}
