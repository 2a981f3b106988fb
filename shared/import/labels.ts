// Tolerant label matching (spec §8 "Importer consequences"): abridged labels ("5.属于三类内部信息"),
// stray spaces ("不予 公开"), 其它/其他, ASCII or full-width punctuation, unit notes appended
// ("采购总金额(单位:万元,保留4位小数)"), a typo of one character in a long heading. And the shape of
// each statutory table as the importer reads it, built from the shared table layout.

import { EDITIONS, type CellKey, type EditionId, type TableId } from '../formats';
import { tableLayout, type LayoutRole } from '../export/layout';
import { blankReport } from '../report';
import { comparable } from './normalize';

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** A note in brackets closing a label, as printed (full- or half-width brackets). */
const NOTE = /[（(][^（）()]*[）)]$/;

/** The token is this label, possibly abridged by a few characters or without its note in brackets. */
export function isLabel(token: string, label: string): boolean {
  const a = comparable(token);
  const b = comparable(label);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  // "（二）部分公开（区分处理的，…）" is often printed as "（二）部分公开".
  const withoutNote = label.replace(/（[^（）]*）$/, '');
  if (withoutNote !== label && a === comparable(withoutNote)) return true;
  // …or with its note worded otherwise ("只计这一情况" for "只计这一情形"): the row is named by
  // the words before the note, the note only comments on it.
  const printed = token.normalize('NFKC').trim();
  const note = NOTE.exec(printed);
  if (withoutNote !== label && note && comparable(withoutNote).length >= 2 && comparable(printed.slice(0, note.index)) === comparable(withoutNote)) return true;
  // Wrapped in a narrow cell (PDF, Word): the first line of the label, long enough to be only it.
  if (a.length >= 5 && b.startsWith(a)) return true;
  // Abridged: every character of the token in order in the label, most of them there.
  return a.length >= 2 && a.length / b.length >= 0.7 && a.length <= b.length && isSubsequence(a, b);
}

/** The token is this label or this label with a note appended (a header cell, not a value). */
function isHeaderLike(token: string, label: string): boolean {
  if (isLabel(token, label)) return true;
  const a = comparable(token);
  const b = comparable(label);
  return b.length >= 4 && a.startsWith(b);
}

/** Edit distance, stopping early once it exceeds `limit` (the strings are short headings). */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

export interface ShapeRow {
  /** The printed row label; null for table 四's single row of figures. */
  label: string | null;
  cells: CellKey[];
}

export interface ShapeLabel {
  text: string;
  role: LayoutRole;
  /** For row labels: the index of the row in `rows`. */
  row?: number;
}

export interface TableShape {
  rows: ShapeRow[];
  /** Every printed label of the table (captions, headers, group and row labels), longest first. */
  labels: ShapeLabel[];
}

/** Other names real reports print for a label (spec §4: 规范性文件 for the 2021 行政规范性文件). */
const ALIASES: Record<string, string[]> = {
  行政规范性文件: ['规范性文件'],
  '本年收费金额（单位：万元）': ['本年收费金额'],
};

const shapes = new Map<string, TableShape>();

export function tableShape(edition: EditionId, table: TableId): TableShape {
  const id = `${edition}:${table}`;
  let shape = shapes.get(id);
  if (!shape) {
    const layout = tableLayout(blankReport('', EDITIONS[edition].firstYear), table);
    const body = layout.bodies.flat();
    const rows: ShapeRow[] = body
      .filter((r) => r.some((c) => c.cell))
      .map((r) => ({ label: r.filter((c) => c.role === 'rowLabel').pop()?.text ?? null, cells: r.filter((c) => c.cell).map((c) => c.cell!) }));
    const labels = new Map<string, ShapeLabel>();
    for (const cell of [...layout.head.flat(), ...body.flat()]) {
      if (cell.cell || cell.text === '') continue;
      const row = cell.role === 'rowLabel' ? rows.findIndex((r) => r.label === cell.text) : undefined;
      for (const text of [cell.text, ...(ALIASES[cell.text] ?? [])]) if (!labels.has(text)) labels.set(text, { text, role: cell.role, row });
    }
    shape = { rows, labels: [...labels.values()].sort((a, b) => comparable(b.text).length - comparable(a.text).length) };
    shapes.set(id, shape);
  }
  return shape;
}

/** The labels of the table this token is (tolerantly), best first. */
export function labelsOf(token: string, shape: TableShape): ShapeLabel[] {
  if (token === '' || token.length > 80) return [];
  const whole = shape.labels.filter((l) => isHeaderLike(token, l.text));
  if (whole.length > 0) return whole;
  // A row label set beside a fragment of a merged group label ("不予公 4.保护第三方合法权益").
  const words = token.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const rest = words.slice(i).join('');
    const found = shape.labels.filter((l) => l.role === 'rowLabel' && isLabel(rest, l.text));
    if (found.length > 0) return found;
  }
  return [];
}
