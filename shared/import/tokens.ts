// Published reports as one stream of tokens: paragraphs and table cells in reading order, the
// way a browser flattens a page. A blank table cell is a token of its own (text ''). Every
// format (text, markdown, HTML, Word, PDF, .doc) comes down to this stream, so recognition is
// written once; every token knows where its text stood in the source (origin.ts). Every
// tokeniser here is a single pass over its input (linear time).

import type { SourcePlace } from '../report';
import { lineShape, rowsOf, type Field, type LineShape } from './grammar';
import { joined, type Break } from './origin';

export interface Token {
  text: string;
  /** From a table cell (HTML, Word, PDF columns, markdown rows) — plain text lines cannot tell. */
  cell?: boolean;
  /** The table row a cell belongs to (a number shared by the cells of one printed row). */
  row?: number;
  /** Cut out of a run of text between two labels: its figures may be printed with no separator. */
  run?: boolean;
  /** Page chrome cut out of a run of text (inline.ts): dropped and listed, never narrative. */
  chrome?: boolean;
  /** Narrative cut out of a run that also holds a table (segment.ts): kept as text of its part. */
  prose?: boolean;
  /**
   * The text starts a paragraph of the source's own making (an HTML block, a Word paragraph, a
   * PDF paragraph): never joined to the text before it as a broken sentence would be.
   */
  block?: boolean;
  /** Where the text's first character stood in the source. */
  at?: SourcePlace;
  /** Where later stretches of the text stood, when it is not one stretch of the source. */
  breaks?: Break[];
  /** The text as the source prints it, where normalising changed characters (繁體): as long as `text`. */
  printedAs?: string;
  /** A PDF cell's left and right edges on its page (points), for columns proven by their header. */
  span?: [number, number];
}

/**
 * Plain text, as scraped, and markdown from PDF converters, read by the grammar (grammar.ts).
 * Pages come "double-spaced" (an empty line between paragraphs, and one more for each blank
 * table cell) or single-spaced (every line a paragraph, an empty line a blank cell).
 */
export function textTokens(text: string): Token[] {
  const lines = text.split(/\r\n|\r|\n/);
  const shapes: LineShape[] = lines.map(lineShape);
  const cells = rowCells(shapes);
  let gaps = 0;
  let contentLines = 0;
  for (let i = 0; i < shapes.length; i++) {
    const blank = shapes[i].kind === 'blank';
    if (!blank) contentLines++;
    else if (i > 0 && shapes[i - 1].kind !== 'blank') gaps++;
  }
  const doubleSpaced = contentLines > 0 && gaps >= contentLines * 0.6;
  const out: Token[] = [];
  let rows = 0;
  let paragraph: Token | null = null;
  let empties = 0;
  const flush = () => {
    if (paragraph) out.push(paragraph);
    paragraph = null;
  };
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i];
    // No table row has this many blank cells: a longer run of empty lines is only space.
    if (shape.kind === 'blank' && empties > MAX_BLANK_RUN) continue;
    const line = i + 1;
    const at = (column: number): SourcePlace => ({ kind: 'text', line, column });
    if (shape.kind === 'blank') {
      if (!doubleSpaced) {
        empties++;
        flush();
        out.push({ text: '', at: at(0) });
      } else {
        if (empties === 0) flush();
        else out.push({ text: '', at: at(0) });
        empties++;
      }
      continue;
    }
    if (shape.kind === 'rule') continue;
    if (shape.kind === 'text' && doubleSpaced && empties === 0 && paragraph !== null && isWrapOf(paragraph, shape.text)) {
      // A header cell wrapped over two lines ("本年新" / "制作数量").
      paragraph = joined(paragraph, { text: shape.text, at: at(shape.column) });
      continue;
    }
    flush();
    empties = 0;
    if (shape.kind === 'text') {
      paragraph = { text: shape.text, at: at(shape.column) };
      if (!doubleSpaced) flush();
    } else if (shape.kind === 'cell') {
      out.push(cellToken(shape.field, at));
    } else {
      const row = ++rows;
      for (const f of cells.get(i)!) out.push({ ...cellToken(f, at), row });
    }
  }
  flush();
  let first = 0;
  while (first < out.length && out[first].text === '') first++;
  return first === 0 ? out : out.slice(first);
}

const cellToken = (f: Field, at: (column: number) => SourcePlace): Token => ({ text: f.text, cell: true, at: at(f.column) });

/** The cells of every row line, read table by table (rows of one separator, blank lines between them allowed). */
function rowCells(shapes: readonly LineShape[]): Map<number, Field[]> {
  const out = new Map<number, Field[]>();
  let block: number[] = [];
  const close = () => {
    const rows = block.map((i) => shapes[i] as Extract<LineShape, { kind: 'row' }>);
    rowsOf(rows).forEach((fields, k) => out.set(block[k], fields));
    block = [];
  };
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    if (s.kind === 'blank' || s.kind === 'rule') continue;
    const previous = block.length > 0 ? (shapes[block[block.length - 1]] as Extract<LineShape, { kind: 'row' }>) : null;
    if (s.kind === 'row' && (previous === null || previous.separator === s.separator)) block.push(i);
    else {
      close();
      if (s.kind === 'row') block.push(i);
    }
  }
  close();
  return out;
}

const MAX_BLANK_RUN = 32;

/** Only short table labels wrap inside a cell; a page's own lines are paragraphs of their own. */
const WRAP = 10;
function isWrapOf(paragraph: Token, line: string): boolean {
  const previous = paragraph.text;
  const next = line.trim();
  return previous.length <= WRAP && next.length <= WRAP && !/^[•·*\-|#]/.test(next) && !/\d$/.test(previous);
}
