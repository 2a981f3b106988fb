// Reading a statutory table out of a stream of tokens. Rows are anchored on their labels (table
// 三 in the form's order, table 二 by its distinct row names, table 四 under its headers); a row's
// figures are the figures right after its label. Figures of a row the form does not have (a
// local variant) or of a group label printed as a row (（六）其他处理 in a 2021 table) are kept
// apart and reported, never merged into a statutory row. When labels and figures are dislocated
// (PDF converters), complete rows of figures in the form's order may be read in that order —
// only if every label printed beside them agrees and the statutory arithmetic holds (solve.ts).

import { EDITIONS, cellIndex, type CellKind, type EditionId, type TableId } from '../formats';
import { alignByColumns } from './columns';
import { rowFigures, type RowFigures } from './digits';
import { isLabel, labelsOf, tableShape, type ShapeLabel, type ShapeRow, type TableShape } from './labels';
import { readGroups } from './review';
import { joined } from './origin';
import { explode } from './segment';
import type { Token } from './tokens';

export interface RowRead {
  row: ShapeRow;
  /** null: the row's label was not found. */
  figures: RowFigures | null;
  /**
   * How each figure's column is proven: by its place in a row that prints the row's cells (or
   * under the figures of complete rows, on a PDF page), or by the header word printed over it.
   */
  proof: 'position' | 'header';
  /** The tokens the figures were read from, as printed. */
  tokens: Token[];
}

/** A figure outside every row, as printed, and where: its index in `tokens`. */
export interface Stray {
  text: string;
  at: number;
}

export interface TableRead {
  rows: RowRead[];
  /** Rows printed with figures that the form does not have there: label and figures as printed. */
  extras: { label: string; figures: string; group: boolean; /** Index in `tokens` of its first figure. */ at: number }[];
  /** Figures that belong to no row. */
  strays: Stray[];
  /** The rows were read in the form's order because their labels were printed elsewhere. */
  byOrder: boolean;
  /** Complete rows of figures in the form's order, when the labels did not anchor them all, and the figures outside them. */
  ordered?: { rows: RowRead[]; strays: Stray[] };
  /** The tokens of the region after cutting runs; [first, end) is the table. */
  tokens: Token[];
  /** Region tokens read together with the one at the key (a word printed a character a line). */
  absorbed: Map<number, number[]>;
  /** For each token, the index of the region token it came from. */
  source: number[];
  first: number;
  end: number;
  /** The end of the rows read (before the stray figures after them, which `end` takes in). */
  rowsEnd: number;
}

const PAGE_MARK = /^([-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(\s*共\s*\d{1,4}\s*页)?)$/;
const FIGURE = /^[\s\d０-９,，.．+\-−－—/／增减少加万元萬]*$/;
const hasDigit = /[\d０-９]/;
/** Words going on after a number in a sentence: a measure word, a unit or punctuation. */
const RUNS_ON = /^[件项条个次人份宗起家篇期批万亿元%％，。、；：,.;:）)]/;

/** A piece of text of a character or two, not a figure: part of a word a narrow column broke up. */
const isFragment = (t: Token) => !t.cell && t.text.trim().length > 0 && t.text.trim().length <= 2 && !isFigure(t) && !/[。，；、]/.test(t.text);

export function isFigure(t: Token): boolean {
  const text = t.text.trim();
  if (text === '') return false;
  return FIGURE.test(text) && (hasDigit.test(text) || /^[/／—-]+$/.test(text));
}

/** How many cells tokens print: a cell or a blank is one; a line of text, its figures apart by spaces. */
function width(group: readonly Token[]): number {
  let n = 0;
  for (const t of group) n += t.cell || t.text.trim() === '' ? 1 : t.text.trim().split(/\s+/).length;
  return n;
}

export interface Classified {
  token: Token;
  labels: ShapeLabel[];
  figure: boolean;
  blank: boolean;
}

export function readTable(region: readonly Token[], from: number, to: number, edition: EditionId, table: TableId): TableRead {
  const shape = tableShape(edition, table);
  const tokens: Token[] = [];
  const source: number[] = [];
  const absorbed = new Map<number, number[]>();
  for (let i = from; i < to; i++) {
    let t = region[i];
    // A page number printed inside a table ("-3-") is no figure of it; it goes with the chrome.
    if (!t.cell && PAGE_MARK.test(t.text.trim())) continue;
    // Header words a narrow column printed a character or two a line ("第" / "二" / "十" …): the
    // label they spell is read from them together.
    let j = i;
    while (j + 1 < to && isFragment(region[j]) && isFragment(region[j + 1])) j++;
    if (j - i >= 2) {
      for (let k = i + 1; k <= j; k++) t = joined(t, region[k]);
      absorbed.set(i, Array.from({ length: j - i }, (_, k) => i + 1 + k));
    } else j = i;
    const pieces = t.cell ? [t] : explode(t, shape);
    for (const p of pieces) {
      tokens.push(p);
      source.push(i);
    }
    i = j;
  }
  const items: Classified[] = tokens.map((token) => {
    const figure = isFigure(token);
    const blank = token.text.trim() === '';
    return { token, figure, blank, labels: figure || blank ? [] : labelsOf(token.text, shape) };
  });
  const read: TableRead = { rows: [], extras: [], strays: [], byOrder: false, tokens, absorbed, source, first: tokens.length, end: 0, rowsEnd: 0 };
  const single = shape.rows.length === 1 && shape.rows[0].label === null;
  // Table 四 has no row labels: with its header words broken beyond recognition, its part's
  // first figures are its row.
  let first = items.findIndex((c) => c.labels.length > 0);
  if (first === -1 && single) first = items.findIndex((c) => c.figure);
  if (first === -1) return read;
  read.first = first;

  const index = cellIndex(EDITIONS[edition]);
  const kinds = (row: ShapeRow) => row.cells.map((k) => index.byKey.get(k)!.kind);
  const used = new Set<number>();
  let end = first;

  /**
   * The figures right after a label: text before them (the label's wrapped end, a fragment of a
   * merged group label) is skipped; any label ends them.
   */
  const groupAfter = (at: number, k: number): { group: Token[]; stop: number } => {
    let i = at + 1;
    while (i < items.length && items[i].labels.length === 0 && !items[i].figure && !items[i].blank) i++;
    const group: Token[] = [];
    let row: number | undefined;
    for (; i < items.length; i++) {
      const c = items[i];
      if (c.labels.length > 0) break;
      if (c.figure || c.blank) {
        if (row !== undefined && c.token.row !== undefined && c.token.row !== row && width(group) >= k) break;
        row ??= c.token.row;
      } else if (!(c.token.cell && row !== undefined && c.token.row === row)) break;
      group.push(c.token);
    }
    // A markdown or HTML row may end in empty cells beyond the form's.
    while (width(group) > k && group[group.length - 1].text.trim() === '') group.pop();
    return { group, stop: i };
  };

  const take = (row: ShapeRow, at: number) => {
    const { group, stop } = groupAfter(at, row.cells.length);
    for (let i = at; i < stop; i++) used.add(i);
    end = Math.max(end, stop);
    read.rows.push({ row, figures: group.length === 0 ? { kind: 'mismatch', found: 0, pieces: [], printed: [] } : rowFigures(group, kinds(row)), proof: 'position', tokens: group });
  };

  const grouped = single ? readGroups(items, first, shape, (key) => index.byKey.get(key)!.kind) : null;
  if (grouped) {
    read.rows = grouped.rows;
    grouped.used.forEach((i) => used.add(i));
    end = grouped.end;
  } else if (single) {
    // Table 四: one row of figures under the headers, from its first figure; blank cells just
    // before it belong to it only as far as the row is short (merged header cells of Word
    // tables also come out as blanks there).
    let at = items.findIndex((c, i) => i >= first && c.figure);
    // A line of its own just above the printed row (a page number) is no figure of the row: the
    // row starts at its own first cell.
    const own = items.findIndex((c, i) => i > at && (c.figure || c.blank) && c.token.row !== undefined);
    if (at !== -1 && own !== -1 && items.slice(at, own).every((c) => (c.figure || c.blank) && c.token.row === undefined && !c.token.cell)) at = own;
    if (at === -1) read.rows.push({ row: shape.rows[0], figures: null, proof: 'position', tokens: [] });
    else {
      const k = shape.rows[0].cells.length;
      const { group, stop } = groupAfter(at - 1, k);
      let start = at;
      // Blank cells of the same printed row just before its first figure are its own.
      while (width(group) < k && start > first && items[start - 1].blank && (group[0].row === undefined || items[start - 1].token.row === group[0].row)) group.unshift(items[--start].token);
      end = Math.max(end, stop);
      for (let i = start; i < stop; i++) used.add(i);
      read.rows.push({ row: shape.rows[0], figures: rowFigures(group, kinds(shape.rows[0])), proof: 'position', tokens: group });
    }
  } else {
    let pos = first;
    for (const [r, row] of shape.rows.entries()) {
      const ordered = table === 'apply';
      const match = (c: Classified, i: number) => !used.has(i) && c.labels.some((l) => l.role === 'rowLabel' && l.row === r);
      let at = items.findIndex((c, i) => i >= (ordered ? pos : first) && match(c, i));
      if (at !== -1 && !ordered) {
        // Table 二 names each row once; where a name repeats, the one with figures after it.
        const withFigures = items.findIndex((c, i) => i >= first && match(c, i) && groupAfter(i, row.cells.length).group.length > 0);
        if (withFigures !== -1) at = withFigures;
      }
      if (at === -1) {
        read.rows.push({ row, figures: null, proof: 'position', tokens: [] });
        continue;
      }
      used.add(at);
      take(row, at);
      pos = at + 1;
    }
  }

  read.end = end;
  read.rowsEnd = end;
  alignShortRows(read, kinds, items.slice(first, end).map((c) => c.token), (row) => row.cells.map((k) => index.byKey.get(k)!.columnLabel));
  leftovers(items, used, first, read);
  if (table === 'apply' && read.rows.some((r) => r.figures === null || r.figures.kind === 'mismatch')) byOrder(items, shape, kinds, read);
  return read;
}

/**
 * PDF rows printing fewer figures than cells (blank cells print nothing): placed where the page
 * proves each figure's column (columns.ts), the other cells then printed blank.
 */
function alignShortRows(read: TableRead, kinds: (r: ShapeRow) => CellKind[], region: readonly Token[], columnLabels: (r: ShapeRow) => string[]): void {
  const complete = read.rows.filter((r) => r.figures?.kind === 'exact').map((r) => r.tokens);
  const headers = region.filter((t) => t.span && !isFigure(t));
  for (const r of read.rows) {
    if (r.figures?.kind !== 'mismatch' || r.figures.found >= r.row.cells.length) continue;
    const width = r.row.cells.length;
    const aligned = alignByColumns(r.tokens.filter((t) => t.text.trim() !== ''), width, complete.filter((c) => c.length === width), headers, columnLabels(r.row));
    if (aligned) {
      r.figures = rowFigures(aligned, kinds(r.row));
      r.tokens = aligned;
    }
  }
}

/** Figures after a label that is not a row of the form (a group label, or a local row), and stray figures. */
function leftovers(items: Classified[], used: Set<number>, first: number, read: TableRead): void {
  let label: string | null = null;
  let group = false;
  let figures: Stray[] = [];
  /** Where text the form does not know started a local row, and the table's end before it. */
  let local: { at: number; end: number } | null = null;
  const close = () => {
    if (figures.length > 0) {
      if (label !== null) read.extras.push({ label, figures: figures.map((f) => f.text).join(' '), group, at: figures[0].at });
      else read.strays = read.strays.concat(figures);
    }
    figures = [];
  };
  for (let i = first; i < items.length; i++) {
    const c = items[i];
    if (used.has(i)) {
      close();
      label = null;
      local = null;
      continue;
    }
    if (c.labels.length > 0) {
      close();
      local = null;
      const isRow = c.labels.some((l) => l.role === 'rowGroup' || l.role === 'rowLabel');
      label = isRow ? c.token.text : null;
      group = c.labels.some((l) => l.role === 'rowGroup');
    } else if (c.figure && hasDigit.test(c.token.text)) {
      // ("/" alone is as often the slash of a broken-up "本年增/减".)
      // Text the form does not know, a number and words going on with a measure word or
      // punctuation ("本年度共收到申请" / "8" / "件，均按时答复。") is a sentence: the table is over.
      const next = items.slice(i + 1).find((n) => !n.blank);
      if (local && !c.token.cell && next && !next.figure && !next.token.cell && RUNS_ON.test(next.token.text.trim())) {
        read.end = local.end;
        figures = [];
        break;
      }
      figures.push({ text: c.token.text.trim().replace(/\s+/g, ' '), at: i });
      read.end = Math.max(read.end, i + 1);
    } else if (!c.blank && !c.token.cell && (c.token.text.length > 40 || /[。；]/.test(c.token.text))) {
      // A sentence: the table is over.
      close();
      break;
    } else if (!c.blank && figures.length === 0) {
      // Label text the form does not know: a local row, if figures follow.
      if (label === null) {
        label = c.token.text;
        group = false;
        if (!c.token.cell) local = { at: i, end: read.end };
      }
    }
  }
  close();
}

/**
 * Complete rows of figures (markdown or HTML rows, PDF lines) taken in the form's order when
 * there are exactly as many as the form has rows and every label printed in such a row names
 * the row it would be. The arithmetic check comes after (recognize → solve).
 */
function byOrder(items: Classified[], shape: TableShape, kinds: (r: ShapeRow) => CellKind[], read: TableRead): void {
  const rows = new Map<number, Classified[]>();
  for (let i = read.first; i < items.length; i++) {
    const r = items[i].token.row;
    if (r === undefined) continue;
    if (!rows.has(r)) rows.set(r, []);
    rows.get(r)!.push(items[i]);
  }
  const width = shape.rows[0].cells.length;
  const valueRows: { labels: string[]; group: Token[] }[] = [];
  const inRows = new Set<Token>();
  for (const cells of rows.values()) {
    let start = 0;
    cells.forEach((c, i) => {
      if (!c.figure && !c.blank) start = i + 1;
    });
    const group = cells.slice(start).map((c) => c.token);
    while (group.length > width && group[group.length - 1].text.trim() === '') group.pop();
    if (group.length === width && group.some((t) => isFigure(t))) {
      valueRows.push({ labels: cells.slice(0, start).filter((c) => c.labels.length > 0).map((c) => c.token.text), group });
      group.forEach((t) => inRows.add(t));
    }
  }
  if (valueRows.length !== shape.rows.length) return;
  const agrees = valueRows.every((v, i) => v.labels.every((l) => !isRowLabelOfOther(l, shape, i)));
  if (!agrees) return;
  const strays: Stray[] = [];
  for (let i = read.first; i < read.end; i++) if (items[i].figure && !inRows.has(items[i].token)) strays.push({ text: items[i].token.text.trim(), at: i });
  read.ordered = { rows: shape.rows.map((row, i) => ({ row, figures: rowFigures(valueRows[i].group, kinds(row)), proof: 'position' as const, tokens: valueRows[i].group })), strays };
}

/** The text names a row of the form other than row `i`. */
function isRowLabelOfOther(text: string, shape: TableShape, i: number): boolean {
  const named = shape.rows.findIndex((r) => r.label !== null && isLabel(text, r.label));
  return named !== -1 && named !== i;
}

