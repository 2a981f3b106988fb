// A saved portal page (or our own HTML export) as tokens: block elements are paragraphs, each
// td/th a cell carrying its row. Word-generated tables (span/font soup, <o:p>, rowspan/colspan)
// come out as one token per printed cell in reading order. Linear time: comments are removed
// by one scan before parsing, and the tree is walked without recursion (deep nesting is safe).

import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { Token } from './tokens';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'BLOCKQUOTE', 'PRE', 'TITLE', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'DT', 'DD']);
/** Not part of what a reader sees; CAPTION repeats the part heading. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'CAPTION', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);

/** Drops `<!-- … -->` in one pass; an unclosed comment runs to the end, as in a browser. */
export function withoutComments(html: string): string {
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

export function htmlTokens(html: string): Token[] {
  const root = parse(withoutComments(html), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const out: Token[] = [];
  let inline = '';
  let rows = 0;
  let row: number | undefined;
  const flush = () => {
    const t = inline.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t });
    inline = '';
  };
  // An explicit stack: 'exit' entries close block elements after their children.
  const stack: (Node | { exit: string })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('exit' in item) {
      flush();
      if (item.exit === 'TR') row = undefined;
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      inline += node.text;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as HTMLElement;
    const tag = el.tagName;
    if (SKIP.has(tag)) continue;
    if (tag === 'TD' || tag === 'TH') {
      flush();
      out.push({ text: textOf(el), cell: true, row: row ?? ++rows });
      continue;
    }
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (tag === 'TR') row = ++rows;
    if (BLOCK.has(tag)) {
      flush();
      stack.push({ exit: tag });
    }
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]);
  }
  flush();
  return out;
}

/** A cell's text, without recursion: paragraphs and line breaks inside it become spaces. */
function textOf(cell: HTMLElement): string {
  let text = '';
  const stack: Node[] = [...cell.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += node.text;
    else if (node.nodeType === 1) {
      const el = node as HTMLElement;
      if (SKIP.has(el.tagName)) continue;
      if (el.tagName === 'BR' || el.tagName === 'P' || el.tagName === 'DIV') text += ' ';
      for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}
