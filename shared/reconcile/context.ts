// What every rule reads: the report, its edition's cell index, every cell's value, the prior
// year's draft when there is one, and how to name a cell to a clerk.

import { EDITIONS, PARTS, cellIndex, type CellIndex, type CellKey, type Edition, type TableId } from '../formats';
import type { Report } from '../report';
import type { Finding } from './types';
import { valueList, type ValueList } from './values';
import { withShipped, type LexiconEntry } from './wording/lexicon';

export interface Year {
  report: Report;
  edition: Edition;
  index: CellIndex;
  values: ValueList;
  /** Blank counts as 0 (spec T3-01). */
  n(key: CellKey): number;
  /** True when the cell holds a figure (entered, "/", or a total over entered figures). */
  has(key: CellKey): boolean;
}

/** What the table allows a sum of cells to be: exactly lo when lo === hi; hi may be Infinity. */
export interface Range {
  lo: number;
  hi: number;
}

export interface Context extends Year {
  /** The same body's report for the year before; cross-year rules run only with it. */
  prior?: Year;
  /** Cells whose typed text could not be read (the editor's INPUT-01): not blank, not a figure. */
  unreadable: ReadonlySet<CellKey>;
  /** The wrong forms TXT-05 looks for: the office's list, then the shipped one. */
  lexicon: readonly LexiconEntry[];
  /** 「四、结转下年度继续办理 / 自然人」 */
  name(key: CellKey): string;
  /**
   * True when every entered cell behind these cells holds a figure that nobody doubts: not
   * blank, not unreadable, not marked by an import (unreadable, ambiguous, blank read as 0).
   * The text is compared only with settled figures.
   */
  settled(keys: readonly CellKey[]): boolean;
  /**
   * What these cells add up to whatever the table's blanks hold (issue 24: a table with blank
   * cells does not silence the text checks): exact over settled cells; a blank, unreadable or
   * doubted cell is an unknown ≥ 0, so the sum is at least the rest — or exactly a total the
   * table prints, where one is printed and fits.
   */
  range(keys: readonly CellKey[]): Range;
  /**
   * For a balance that does not hold: " 其中「…」是导入时存疑的单元格，请先核对。" when entered cells
   * behind these carry an import mark (the import may have misread them), else "".
   */
  importDoubt(keys: readonly CellKey[]): string;
  out: Finding[];
}

function yearOf(report: Report): Year {
  const edition = EDITIONS[report.edition];
  const index = cellIndex(edition);
  const values = valueList(report);
  const at = (key: CellKey) => values[index.position.get(key)!];
  return {
    report,
    edition,
    index,
    values,
    n: (key) => at(key) ?? 0,
    has: (key) => at(key) !== null,
  };
}

const NOTHING: ReadonlySet<CellKey> = new Set();

export function contextOf(
  report: Report,
  prior?: Report,
  unreadable: ReadonlySet<CellKey> = NOTHING,
  userLexicon?: readonly LexiconEntry[],
): Context {
  const year = yearOf(report);
  const out: Finding[] = [];
  const marks = report.importMarks;
  const settledCell = (key: CellKey) => year.has(key) && marks[key] === undefined && !unreadable.has(key);
  const name = (key: CellKey) => {
    const cell = year.index.byKey.get(key);
    return cell ? `「${cell.rowLabel} / ${cell.columnLabel}」` : `「${key}」`;
  };
  // Remembered for this call: a long text asks the same few questions once per figure.
  const settledKeys = new Map<string, boolean>();
  const settled = (keys: readonly CellKey[]) => {
    const id = keys.join();
    let answer = settledKeys.get(id);
    if (answer === undefined) settledKeys.set(id, (answer = keys.every((key) => enteredBehind(year.index, key).every(settledCell))));
    return answer;
  };
  const ranges = new Map<CellKey, Range>();
  const rangeOf = (key: CellKey): Range => {
    let found = ranges.get(key);
    if (found) return found;
    const cell = year.index.byKey.get(key);
    if (!cell?.derived) {
      found = settledCell(key) ? { lo: year.n(key), hi: year.n(key) } : { lo: 0, hi: Infinity };
    } else if (settled([key])) {
      found = { lo: year.n(key), hi: year.n(key) };
    } else {
      found = cell.derived.sumOf.map(rangeOf).reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi }), { lo: 0, hi: 0 });
      // A total the table prints, where it fits what the cells allow, is what the table says.
      const stated = report.cells[key];
      if (stated !== undefined && marks[key] === undefined && stated >= found.lo && stated <= found.hi) found = { lo: stated, hi: stated };
    }
    ranges.set(key, found);
    return found;
  };
  return {
    ...year,
    prior: prior && prior.year === report.year - 1 ? yearOf(prior) : undefined,
    unreadable,
    lexicon: withShipped(userLexicon),
    out,
    name,
    settled,
    range: (keys) => keys.map(rangeOf).reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi }), { lo: 0, hi: 0 }),
    importDoubt: (keys) => {
      const doubted = [...new Set(keys.flatMap((key) => enteredBehind(year.index, key)))].filter((key) => marks[key] !== undefined);
      if (doubted.length === 0) return '';
      return `其中${doubted.slice(0, 3).map(name).join('、')}${doubted.length > 3 ? `等 ${doubted.length} 格` : ''}是导入时存疑的单元格，请先核对。`;
    },
  };
}

const behind = new WeakMap<CellIndex, Map<CellKey, readonly CellKey[]>>();

/** The entered cells a cell's value comes from: itself, or every addend of a total. */
function enteredBehind(index: CellIndex, key: CellKey): readonly CellKey[] {
  let memo = behind.get(index);
  if (!memo) behind.set(index, (memo = new Map()));
  let keys = memo.get(key);
  if (!keys) {
    const cell = index.byKey.get(key);
    keys = cell?.derived ? [...new Set(cell.derived.sumOf.flatMap((k) => enteredBehind(index, k)))] : [key];
    memo.set(key, keys);
  }
  return keys;
}

export function tableHeading(table: TableId): string {
  return PARTS.find((p) => p.table === table)!.heading;
}

/** "前者比后者多 2" / "前者比后者少 2" */
export function difference(lhs: number, rhs: number): string {
  const d = lhs - rhs;
  return `前者比后者${d > 0 ? '多' : '少'} ${Math.abs(d)}`;
}
