// Where a ledger's table is: the header row (rarely the first — a title, merged heading rows and
// notes sit above it; sometimes two rows, a merged 申请人 over 姓名 and 类型), and which column
// holds which field. The clerk's saved mapping names columns by heading, so it still fits next
// year's ledger when a column moves.

import { cellText, isSheetDate, type Sheet } from '../sheet';
import { norm } from './categories';
import { FIELDS_OF, headingScore, type LedgerField, type LedgerKind } from './fields';

export interface Layout {
  kind: LedgerKind;
  /** The (last) header row, 1-based as the spreadsheet shows it. */
  headerRow: number;
  /** Each column's heading (a two-row header joined: "申请人 类型"). */
  headings: string[];
  /** field → column (0-based). */
  columns: Partial<Record<LedgerField, number>>;
  /** How well the headings name the fields (the sum of their scores): the better sheet for a kind wins. */
  score: number;
}

/** How far down a header row is looked for. */
const SEARCH_ROWS = 30;

/**
 * The header row: the row among the first ones whose cells name the most fields (at least two).
 * `columnsByHeading`: the clerk's saved choice of columns, by heading, over the automatic one.
 */
export function findLayout(sheet: Sheet, kind: LedgerKind, columnsByHeading: Partial<Record<LedgerField, string>> = {}): Layout | null {
  let best: Layout | null = null;
  let bestCount = 1;
  const last = Math.min(sheet.rows.length, SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const headings = headingsAt(sheet, r);
    const { columns, score } = assign(kind, headings);
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { kind, headerRow: r + 1, headings, columns, score };
      bestCount = count;
    }
  }
  if (!best) return null;
  // A second header row under a merged one (申请人 over 姓名 | 类型): headings, no dates.
  const below = best.headerRow < sheet.rows.length ? sheet.rows[best.headerRow] : undefined;
  if (below && below.every((c) => !isSheetDate(c) && typeof c !== 'number')) {
    const joined = best.headings.map((h, i) => {
      const sub = cellText(below[i]);
      return sub && sub !== h ? `${h} ${sub}`.trim() : h;
    });
    const { columns, score } = assign(kind, joined);
    const subHeadings = below.filter((c, i) => cellText(c) !== '' && cellText(c) !== best!.headings[i]).length;
    if (subHeadings > 0 && Object.keys(columns).length >= bestCount && Object.keys(assign(kind, below.map((c) => cellText(c))).columns).length > 0) {
      best = { kind, headerRow: best.headerRow + 1, headings: joined, columns, score };
    }
  }
  return withSaved(best, columnsByHeading);
}

function headingsAt(sheet: Sheet, r: number): string[] {
  return (sheet.rows[r] ?? []).map((c) => (typeof c === 'string' ? c.replace(/\s+/g, ' ').trim() : ''));
}

/** Fields to columns, the best-named pairs first; a column serves one field, a field one column. */
function assign(kind: LedgerKind, headings: readonly string[]): { columns: Partial<Record<LedgerField, number>>; score: number } {
  const pairs: { field: LedgerField; column: number; score: number }[] = [];
  for (const field of FIELDS_OF[kind]) {
    headings.forEach((h, column) => {
      // Two-row headings are scored on the sub-heading alone too ("申请人 类型" is 类型).
      const score = Math.max(headingScore(field, h), headingScore(field, h.split(' ').pop() ?? ''));
      if (score >= 2) pairs.push({ field, column, score });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: Partial<Record<LedgerField, number>> = {};
  const used = new Set<number>();
  let score = 0;
  for (const p of pairs) {
    if (columns[p.field] !== undefined || used.has(p.column)) continue;
    columns[p.field] = p.column;
    used.add(p.column);
    score += p.score;
  }
  return { columns, score };
}

function withSaved(layout: Layout, byHeading: Partial<Record<LedgerField, string>>): Layout {
  const columns = { ...layout.columns };
  for (const [field, heading] of Object.entries(byHeading) as [LedgerField, string][]) {
    const at = layout.headings.findIndex((h) => norm(h) === norm(heading));
    if (at === -1) continue;
    for (const [f, c] of Object.entries(columns) as [LedgerField, number][]) if (c === at) delete columns[f];
    columns[field] = at;
  }
  return { ...layout, columns };
}

/** The layout's fingerprint: its headings, in order. Next year's ledger of the same form has the same. */
export function layoutSignature(layout: Pick<Layout, 'kind' | 'headings'>): string {
  return `${layout.kind}:${layout.headings.map(norm).filter((h) => h !== '').join('|')}`;
}

/** A row that repeats the header (a sheet printed with the header on every page). */
export function repeatsHeader(layout: Layout, row: readonly unknown[]): boolean {
  let same = 0;
  for (const column of Object.values(layout.columns)) {
    const text = typeof row[column] === 'string' ? (row[column] as string) : '';
    if (text !== '' && norm(text) === norm(layout.headings[column].split(' ').pop() ?? '')) same++;
  }
  return same >= 2;
}
