// The one table grammar of plain text, whatever printed it (a portal scrape, a PDF converter's
// markdown, a browser's copy, fixed-width PDF text): a line with two or more cell separators — a
// bar, a tab, a run of two or more spaces between short cells — is a row, and so is a label and
// its one figure either side of a bar or a tab; an empty field between separators is a blank
// cell; a line holding one cell closed by a bar ("80 |", or "|" alone for a blank cell) is a cell
// of its own. Whether bars at a row's ends close cells or only frame the row is read from the
// rows around it (rowsOf), never guessed per line. A line with a sentence in it is text.

export interface Field {
  /** The cell's text, trimmed ('' for a blank cell). */
  text: string;
  /** Where the text starts in the line (for a blank cell: just after its separator). */
  column: number;
}

export type Separator = 'bar' | 'tab' | 'spaces';

export type LineShape =
  | { kind: 'blank' }
  /** A table's rule line (markdown "|---|---|", "+----+", box-drawing): printed nothing. */
  | { kind: 'rule' }
  /**
   * A row. `open` / `closed`: a separator stands before the first / after the last field, and
   * `head` / `tail` are the (empty) fields it leaves outside them — cells or not, as the rows
   * of the same table decide (rowsOf).
   */
  | { kind: 'row'; separator: Separator; fields: Field[]; open: boolean; closed: boolean; head: Field; tail: Field }
  /** One cell on a line of its own, closed by a bar. */
  | { kind: 'cell'; field: Field }
  | { kind: 'text'; text: string; column: number };

const BARS = /[|｜│]/;
const RULE = /^[\s|｜│+:：\-—─━┼├┤┬┴┌┐└┘═]*$/;
const SENTENCE_END = /[。！？]/;
/** A cell holding one figure as tables print them: 97, +46, 12.5, 157325万元, "/". */
const FIGURE_CELL = /^([+\-−]?[\d０-９][\d０-９,，.．]*(万元|元)?|[/／—－-])$/;
/** Runs of spaces that separate the columns of fixed-width text. */
const SPACE_RUN = /[ \u00a0\u3000]{2,}/g;

function fieldsBetween(line: string, cuts: { start: number; end: number }[]): Field[] {
  const out: Field[] = [];
  let from = 0;
  for (const cut of [...cuts, { start: line.length, end: line.length }]) {
    const raw = line.slice(from, cut.start);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ text, column: text === '' ? from : from + lead });
    from = cut.end;
  }
  return out;
}

function separated(line: string, separator: Separator, cuts: { start: number; end: number }[]): LineShape {
  const all = fieldsBetween(line, cuts);
  const open = all[0].text === '' && cuts.length > 0 && line.slice(0, cuts[0].start).trim() === '';
  const closed = all[all.length - 1].text === '' && cuts.length > 0;
  const head = all[0];
  const tail = all[all.length - 1];
  const fields = all.slice(open ? 1 : 0, closed ? all.length - 1 : all.length);
  return { kind: 'row', separator, fields, open, closed, head, tail };
}

const BLANK: LineShape = { kind: 'blank' };

/** What one line of plain text is in the grammar. */
export function lineShape(line: string): LineShape {
  // (A page of millions of empty lines is read in linear time, one shared object for them all.)
  if (line === '') return BLANK;
  const trimmed = line.trim();
  if (trimmed === '') return BLANK;
  if (BARS.test(trimmed) || /^\+[-=+]+\+$/.test(trimmed)) {
    if (RULE.test(trimmed) && /[-—─━═]{2,}/.test(trimmed)) return { kind: 'rule' };
    if (/^[|｜│]$/.test(trimmed)) return { kind: 'cell', field: { text: '', column: line.search(BARS) + 1 } };
    const cuts = [...line.matchAll(/[|｜│]/g)].map((m) => ({ start: m.index, end: m.index + 1 }));
    const row = separated(line, 'bar', cuts);
    if (row.kind === 'row' && !row.fields.some((f) => SENTENCE_END.test(f.text))) {
      // One bar: a cell closed by it ("80 |"), or a label and its one figure ("行政许可 | 7"),
      // never a sentence's bar ("通知|公告").
      if (cuts.length === 1) {
        if (row.closed && row.fields.length === 1) return { kind: 'cell', field: row.fields[0] };
        return !row.open && !row.closed && FIGURE_CELL.test(row.fields[1].text) ? row : text(line);
      }
      return row;
    }
    return text(line);
  }
  if (line.includes('\t') && /\S\t|\t\S/.test(line)) {
    const body = line.replace(/[\r ]+$/, '');
    const cuts = [...body.matchAll(/\t/g)].map((m) => ({ start: m.index, end: m.index + 1 }));
    const row = separated(body, 'tab', cuts);
    if (row.kind === 'row' && row.fields.length >= 2 && !row.fields.some((f) => SENTENCE_END.test(f.text))) return row;
  }
  const start = line.length - line.trimStart().length;
  const body = line.trimEnd();
  const runs = [...body.slice(start).matchAll(SPACE_RUN)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }));
  if (runs.length >= 2) {
    const fields = fieldsBetween(body, runs).slice(0);
    fields[0] = { text: fields[0].text, column: start };
    // Fixed-width text: cells are short and carry no sentence; a label may hold a comma.
    const cellLike = fields.every((f, i) => !/[。！？；]/.test(f.text) && (i === 0 || (f.text.length <= 16 && !/[，、]/.test(f.text))));
    if (cellLike) return { kind: 'row', separator: 'spaces', fields, open: false, closed: false, head: fields[0], tail: fields[fields.length - 1] };
  }
  return text(line);
}

function text(line: string): LineShape {
  const lead = line.length - line.trimStart().length;
  const t = line.trim();
  // Markdown headings from converters ("## 表二：…") are text without the marks.
  const heading = /^#{1,6}\s+/.exec(t);
  return heading ? { kind: 'text', text: t.slice(heading[0].length), column: lead + heading[0].length } : { kind: 'text', text: t, column: lead };
}

type Row = Extract<LineShape, { kind: 'row' }>;

/**
 * The cells of the rows of one table (consecutive rows with one kind of separator). Bars at both
 * ends of every row frame it (markdown); bars closing every row and not all opening it close
 * each cell ("规章 | 0 | 0 | 0 |", and a leading bar then closes an empty first cell); where some
 * row ends without one, a separator at an end stands between a cell and an empty one.
 */
export function rowsOf(rows: readonly Row[]): Field[][] {
  const framed = rows.every((r) => r.open && r.closed);
  const closing = !framed && rows.every((r) => r.closed);
  return rows.map((r) => {
    if (framed || r.separator === 'spaces') return r.fields;
    const head = r.open ? [r.head] : [];
    const tail = r.closed && !closing ? [r.tail] : [];
    return [...head, ...r.fields, ...tail];
  });
}
