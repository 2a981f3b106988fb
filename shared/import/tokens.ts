// Published reports as one stream of tokens: paragraphs and table cells in reading order, the
// way a browser flattens a page. A blank table cell is a token of its own (text ''). Every
// format (text, markdown, HTML, Word, PDF, .doc) comes down to this stream, so recognition is
// written once. Every tokeniser here is a single pass over its input (linear time).

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
}

/**
 * Plain text, as scraped, and markdown from PDF converters. Pages come "double-spaced" (an
 * empty line between paragraphs, and one more for each blank table cell) or single-spaced
 * (every line a paragraph, an empty line a blank cell). Lines "80 |", rows "| a | b |" and rows
 * "a | b |" are cells too; markdown separator rows ("|---|---|") are dropped.
 */
export function textTokens(text: string): Token[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let gaps = 0;
  let contentLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const blank = lines[i].trim() === '';
    if (!blank) contentLines++;
    else if (i > 0 && lines[i - 1].trim() !== '') gaps++;
  }
  const doubleSpaced = contentLines > 0 && gaps >= contentLines * 0.6;
  const out: Token[] = [];
  let rows = 0;
  let paragraph: string[] = [];
  let empties = 0;
  const flush = () => {
    if (paragraph.length > 0) for (const t of lineTokens(paragraph.join(''), () => ++rows)) out.push(t);
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      // No table row has this many blank cells: a longer run of empty lines is only space.
      if (empties > MAX_BLANK_RUN) continue;
      if (!doubleSpaced) {
        empties++;
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
  let first = 0;
  while (first < out.length && out[first].text === '') first++;
  return first === 0 ? out : out.slice(first);
}

const MAX_BLANK_RUN = 32;

/** Only short table labels wrap inside a cell; a page's own lines are paragraphs of their own. */
const WRAP = 10;
function isWrapOf(paragraph: string[], line: string): boolean {
  const previous = paragraph.join('');
  const next = line.trim();
  return previous.length <= WRAP && next.length <= WRAP && !/^[•·*\-|#]/.test(next) && !/\d$/.test(previous);
}

const SEPARATOR_ROW = /^\|(\s*:?-{2,}:?\s*\|)+$/;

function lineTokens(line: string, nextRow: () => number): Token[] {
  if (line.startsWith('|') && line.endsWith('|') && line.length > 1) {
    if (SEPARATOR_ROW.test(line)) return [];
    const row = nextRow();
    return line.slice(1, -1).split('|').map((c) => ({ text: c.trim(), cell: true, row }));
  }
  // The same converters print a whole row as "规章 | 0 | 0 | 0 |": cells closed by a bar, with
  // no bar before the first. Read as one cell, the row's label and figures were lost together.
  if (/\s\|$/.test(line) && line.slice(0, -1).includes('|')) {
    const row = nextRow();
    return line.slice(0, -1).split('|').map((c) => ({ text: c.trim(), cell: true, row }));
  }
  if (/\s\|$/.test(line) || line === '|') return [{ text: line.slice(0, -1).trim(), cell: true }];
  // Markdown headings from converters ("## 表二：…") are text without the marks.
  const heading = /^#{1,6}\s+/.exec(line);
  return [{ text: heading ? line.slice(heading[0].length) : line }];
}
