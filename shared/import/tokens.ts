// Published reports as one stream of tokens: paragraphs and table cells in reading order, the
// way a browser flattens a page. A blank table cell is a token of its own (text ''). Text, HTML
// and Word files all come down to this stream, so recognition is written once.

import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface Token {
  text: string;
  /** From a table cell (HTML, Word) — text tokens cannot tell. */
  cell?: boolean;
}

/**
 * Plain text, as scraped. Pages come "double-spaced" (an empty line between paragraphs, and one
 * more for each blank table cell, as in all three fixtures) or single-spaced (every line a
 * paragraph, an empty line a blank cell). Lines "80 |" and rows "| a | b |" are cells too.
 */
export function textTokens(text: string): Token[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const gaps = lines.reduce((n, l, i) => (l.trim() === '' && i > 0 && lines[i - 1].trim() !== '' ? n + 1 : n), 0);
  const contentLines = lines.filter((l) => l.trim() !== '').length;
  const doubleSpaced = contentLines > 0 && gaps >= contentLines * 0.6;
  const out: Token[] = [];
  let paragraph: string[] = [];
  let empties = 0;
  const flush = () => {
    if (paragraph.length > 0) out.push(...lineTokens(paragraph.join('')));
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      if (!doubleSpaced) {
        flush();
        out.push({ text: '' });
      } else {
        if (empties === 0) flush();
        else out.push({ text: '' });
        empties++;
      }
      continue;
    }
    if (doubleSpaced && empties === 0 && paragraph.length > 0 && isWrapOf(paragraph, line)) {
      // A header cell wrapped over two lines ("本年新" / "制作数量").
      paragraph.push(line.trim());
      continue;
    }
    flush();
    empties = 0;
    paragraph = [line.trim()];
    if (!doubleSpaced) flush();
  }
  flush();
  while (out.length > 0 && out[0].text === '') out.shift();
  return out;
}

/** Only short table labels wrap inside a cell; a page's own lines are paragraphs of their own. */
const WRAP = 10;
function isWrapOf(paragraph: string[], line: string): boolean {
  const previous = paragraph.join('');
  const next = line.trim();
  return previous.length <= WRAP && next.length <= WRAP && !/^[•·*\-|]/.test(next) && !/\d$/.test(previous);
}

function lineTokens(line: string): Token[] {
  const pipes = /^\|.*\|$/.test(line) ? line.slice(1, -1).split('|') : /\s\|$/.test(line) || line === '|' ? [line.replace(/\|$/, '')] : null;
  if (!pipes) return [{ text: line }];
  return pipes.map((c) => ({ text: c.trim(), cell: true }));
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'BLOCKQUOTE', 'PRE', 'CAPTION', 'TITLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/** A saved portal page or our own export: block elements are paragraphs, each td/th a cell. */
export function htmlTokens(html: string): Token[] {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const out: Token[] = [];
  let inline = '';
  const flush = () => {
    const t = inline.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t });
    inline = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      inline += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'CAPTION') return; // the table's name repeats the part heading
    if (tag === 'TD' || tag === 'TH') {
      flush();
      out.push({ text: el.text.replace(/\s+/g, ' ').trim(), cell: true });
      return;
    }
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag) || tag === 'TABLE' || tag === 'TR';
    if (block) flush();
    el.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A Word file: paragraphs in order, each table cell once (continuations of merges skipped). */
export async function docxTokens(bytes: Uint8Array): Promise<Token[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('Word 文件中没有正文（word/document.xml）');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new Error('Word 文件的正文无法读取');
  const out: Token[] = [];
  const text = (el: Element) => Array.from(el.getElementsByTagNameNS(W, 't')).map((t) => t.textContent ?? '').join('');
  const children = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
  const walk = (el: Element): void => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.localName === 'p') {
        const t = text(c).trim();
        if (t) out.push({ text: t });
      } else if (c.localName === 'tbl') {
        for (const tr of children(c, 'tr')) {
          for (const tc of children(tr, 'tc')) {
            const merge = tc.getElementsByTagNameNS(W, 'vMerge')[0];
            if (merge && merge.getAttributeNS(W, 'val') !== 'restart') continue;
            out.push({ text: children(tc, 'p').map(text).join('').trim(), cell: true });
          }
        }
      } else if (c.localName === 'sdt' || c.localName === 'sdtContent') walk(c);
    }
  };
  walk(body);
  return out;
}
