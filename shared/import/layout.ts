// A PDF's text layer as tokens, from where each piece of text sits on the page: pieces on one
// baseline form a line; wide gaps split a line into cells (a printed table row); lines that run
// to the right margin continue into the next line as one paragraph. Page numbers ("- 1 -") are
// moved to the end as lines of their own, where the chrome filter drops and lists them.

import type { SourcePlace } from '../report';
import { joined } from './origin';
import type { Token } from './tokens';

/** One piece of text as the PDF draws it: left edge x, baseline y (upwards), width, font size. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The baseline measured from the page's top edge (where a reader looks for it). */
  top?: number;
}

interface Chunk {
  text: string;
  left: number;
  right: number;
  at: SourcePlace;
}

interface Line {
  chunks: Chunk[];
  left: number;
  right: number;
  size: number;
}

const FIGURE = /^[+\-−]?[\d,.]+(?:万元)?$|^[/／—-]$/;
const PAGE_NUMBER = /^[-—–－]?\s*\d{1,4}\s*[-—–－]?$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$/;

const round = (n: number) => Math.round(n * 10) / 10;

/** Pieces on one baseline, left to right; pieces closer than a character's width join. */
function lines(page: readonly PlacedText[], number: number): Line[] {
  const items = page.filter((t) => t.text.trim() !== '' && Number.isFinite(t.x) && Number.isFinite(t.y) && t.size > 0);
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Line[] = [];
  let current: PlacedText[] = [];
  let top = 0;
  const close = () => {
    if (current.length === 0) return;
    current.sort((a, b) => a.x - b.x);
    const chunks: Chunk[] = [];
    const size = current.reduce((m, t) => Math.min(m, t.size), Infinity);
    for (const t of current) {
      const last = chunks[chunks.length - 1];
      const gap = last ? t.x - last.right : Infinity;
      if (last && gap < Math.max(size, t.size) * 1.2) {
        last.text += gap > size * 0.2 ? ` ${t.text.trim()}` : t.text.trim();
        last.right = Math.max(last.right, t.x + t.width);
      } else chunks.push({ text: t.text.trim(), left: t.x, right: t.x + t.width, at: { kind: 'page', page: number, x: round(t.x), y: round(t.top ?? -t.y) } });
    }
    out.push({ chunks, left: chunks[0].left, right: chunks.reduce((m, c) => Math.max(m, c.right), -Infinity), size });
    current = [];
  };
  for (const t of items) {
    if (current.length > 0 && top - t.y > Math.min(t.size, current[0].size) * 0.5) close();
    if (current.length === 0) top = t.y;
    current.push(t);
  }
  close();
  return out;
}

/** A printed table row: three cells or more, or two of which one is a figure. */
function isRow(line: Line): boolean {
  return line.chunks.length >= 3 || (line.chunks.length === 2 && line.chunks.some((c) => FIGURE.test(c.text)));
}

export function placedTokens(pages: readonly (readonly PlacedText[])[]): Token[] {
  const out: Token[] = [];
  let rows = 0;
  let paragraph: Token | null = null;
  let open: Line | null = null;
  // Page numbers go after everything else: they never break a paragraph or a table.
  const furniture: Token[] = [];
  const flush = () => {
    if (paragraph) out.push(paragraph);
    paragraph = null;
    open = null;
  };
  for (const [n, page] of pages.entries()) {
    const all = lines(page, n + 1);
    const text = all.filter((l) => !isRow(l));
    // The text block's edges: where most lines start, and the furthest any line reaches.
    const margin = text.reduce((m, l) => Math.min(m, l.left), Infinity);
    const right = text.reduce((m, l) => Math.max(m, l.right), -Infinity);
    for (const line of all) {
      const whole = line.chunks.map((c) => c.text).join(' ');
      if (PAGE_NUMBER.test(whole)) {
        furniture.push({ text: whole, at: line.chunks[0].at });
        continue;
      }
      if (isRow(line)) {
        flush();
        const row = ++rows;
        for (const c of line.chunks) out.push({ text: c.text, cell: true, row, at: c.at, span: [c.left, c.right] });
        continue;
      }
      // A line of text: its chunks joined by a space, each keeping its place.
      const text = line.chunks.slice(1).reduce<Token>((t, c) => joined(t, { text: c.text, at: c.at }, ' '), { text: line.chunks[0].text, at: line.chunks[0].at });
      const previous: Line | null = open;
      const continues = paragraph !== null && previous !== null && previous.right >= right - previous.size * 1.5 && line.left <= margin + line.size * 0.5;
      if (continues) paragraph = joined(paragraph!, text);
      else {
        flush();
        paragraph = { ...text, block: true };
      }
      open = line;
    }
  }
  flush();
  return [...out, ...furniture];
}
