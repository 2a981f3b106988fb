// The figures of one printed row, as cells. Usually one token is one cell. Text cut out of a run
// ("230 000023") may print several cells with no separator: then every way of cutting it into
// the row's cells is listed — figures without leading zeros, each fitting its column — and the
// statutory arithmetic (solve.ts) decides; a split is never chosen by taste.

import type { CellKind } from '../formats';
import { parseCellValue, type ParsedCell } from '../report';
import { printedText } from './origin';
import type { Token } from './tokens';

/** Where a figure was printed: its token, and its place in the token's text. */
export interface Printed {
  token: Token;
  offset: number;
  /** The figure as printed there. */
  text: string;
}

export type RowFigures =
  /** One reading: each cell parsed (or unreadable, with its reason). */
  | { kind: 'exact'; cells: { raw: string; parsed: ParsedCell; printed: Printed }[] }
  /**
   * Several cuts of run-together digits; each a full row of values, with where each value was
   * printed (`printed[k][i]` for `cuts[k][i]`). `more`: there are more than listed.
   */
  | { kind: 'cuts'; cuts: (number | null)[][]; printed: Printed[][]; raw: string; more?: boolean }
  /** Too many or too few figures for the row. */
  | { kind: 'mismatch'; found: number; pieces: string[]; printed: Printed[] };

/** Beyond this many cuts a row is left blank: the arithmetic could not single one out anyway. */
const MAX_CUTS = 5000;
/** Work bound for one row, whatever the input (a hostile page must not hang the import). */
const MAX_STEPS = 200_000;
/** A printed figure has at most this many characters (9,000,000,000.000000 万元). */
const MAX_FIGURE = 17;

interface Piece {
  text: string;
  splittable: boolean;
  token: Token;
  offset: number;
}

/** Pieces of the row: cells as they are; other text split at spaces. */
function pieces(group: readonly Token[]): Piece[] {
  const out: Piece[] = [];
  for (const t of group) {
    if (t.cell || t.text.trim() === '') out.push({ text: t.text, splittable: false, token: t, offset: 0 });
    else for (const m of t.text.matchAll(/\S+/g)) out.push({ text: m[0], splittable: t.run === true, token: t, offset: m.index });
  }
  return out;
}

/** Where a figure (a piece, or part of one) was printed, as the source prints it. */
const printedOf = (p: Piece, from = 0, to = p.text.length): Printed => {
  const lead = p.text.slice(from, to).length - p.text.slice(from, to).trimStart().length;
  const text = p.text.slice(from, to).trim();
  return { token: p.token, offset: p.offset + from + lead, text: printedText(p.token, p.offset + from + lead, text.length) };
};

/** Leading zeros ("05") are not how a figure is printed; "0" and "0.5" are. */
const fits = (text: string, kind: CellKind): number | null | undefined => {
  if (/^[+\-−增减]?0\d/.test(text)) return undefined;
  const parsed = parseCellValue(text, kind);
  return parsed.ok && !parsed.notApplicable ? parsed.value : undefined;
};

export function rowFigures(group: readonly Token[], kinds: readonly CellKind[]): RowFigures {
  const parts = pieces(group);
  // Empty lines after a row whose figures are set on one line ("规章   0   0   0", then a blank
  // line) are spacing, not cells of the row: blanks beyond the row's width go.
  while (parts.length > kinds.length && parts[parts.length - 1].text.trim() === '' && parts.some((p, i) => i < kinds.length && p.text.trim() !== '')) parts.pop();
  if (parts.length === kinds.length) {
    return { kind: 'exact', cells: parts.map((p, i) => ({ raw: p.text, parsed: parseCellValue(p.text, kinds[i]), printed: printedOf(p) })) };
  }
  const mismatch = (): RowFigures => ({ kind: 'mismatch', found: parts.length, pieces: parts.map((p) => p.text), printed: parts.map((p) => printedOf(p)) });
  if (parts.length > kinds.length || !parts.some((p) => p.splittable)) return mismatch();
  if (parts.some((p) => p.splittable && p.text.length > MAX_FIGURE * kinds.length)) return mismatch();

  const cuts: (number | null)[][] = [];
  const printed: Printed[][] = [];
  let tooMany = false;
  let steps = 0;
  const current: (number | null)[] = [];
  const where: Printed[] = [];
  // Cells still to fill must leave at least one character per remaining piece.
  const walk = (piece: number, offset: number): void => {
    if (tooMany || ++steps > MAX_STEPS) {
      tooMany = true;
      return;
    }
    if (piece === parts.length) {
      if (current.length === kinds.length) {
        if (cuts.length >= MAX_CUTS) tooMany = true;
        else {
          cuts.push([...current]);
          printed.push([...where]);
        }
      }
      return;
    }
    const { text, splittable } = parts[piece];
    const cell = current.length;
    if (cell >= kinds.length) return;
    if (!splittable) {
      const parsed = parseCellValue(text, kinds[cell]);
      if (!parsed.ok) return;
      current.push(parsed.value);
      where.push(printedOf(parts[piece]));
      walk(piece + 1, 0);
      current.pop();
      where.pop();
      return;
    }
    for (let end = offset + 1; end <= text.length && end - offset <= MAX_FIGURE; end++) {
      const v = fits(text.slice(offset, end), kinds[cell]);
      if (v === undefined) continue;
      current.push(v);
      where.push(printedOf(parts[piece], offset, end));
      if (end === text.length) walk(piece + 1, 0);
      else walk(piece, end);
      current.pop();
      where.pop();
    }
  };
  walk(0, 0);
  const raw = parts.map((p) => p.text).join(' ');
  if (tooMany) return { kind: 'cuts', cuts, printed, raw, more: true };
  if (cuts.length === 0) return mismatch();
  return { kind: 'cuts', cuts, printed, raw };
}

/** A cut as the clerk reads it: "23|0|0|0|0|0|23". */
export const showCut = (cut: readonly (number | null)[]) => cut.map((v) => (v === null ? '空' : String(v))).join('|');
