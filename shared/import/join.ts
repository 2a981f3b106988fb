// A number printed in two pieces — digits broken over two lines ("1" / "62" for 162), a number
// cut into two cells — makes a row one figure too long. Two adjacent short figures are read as
// one only when the statute's arithmetic proves it: the row's printed total (T3-02, or table
// 四's T4-02; T3-03 and T3-04 over the rows already read) holds with that join and fails with
// every other. Without a total to check, the row is left to the clerk with its figures.

import type { CellKey, CellKind, EditionId, TableId } from '../formats';
import { parseCellValue } from '../report';
import type { Printed } from './digits';
import { verdict } from './solve';

export interface Join {
  values: (number | null)[];
  /** Where each value was printed; a joined value's second piece in `second`. */
  printed: Printed[];
  second: Map<number, Printed>;
  /** The rules that decided (for the summary). */
  rules: string;
}

/** Two pieces that may be one number: whole numbers of at most three digits, the first not 0. */
const SHORT = /^\d{1,3}$/;

/** At most this many pieces too many are tried (each one more join). */
const MAX_EXTRA = 2;

function candidates(n: number, width: number): number[][] {
  // Sets of join positions j (piece j and j + 1 joined), none sharing a piece.
  const extra = n - width;
  if (extra < 1 || extra > MAX_EXTRA) return [];
  const out: number[][] = [];
  const walk = (from: number, chosen: number[]) => {
    if (chosen.length === extra) {
      out.push([...chosen]);
      return;
    }
    for (let j = from; j < n - 1; j++) walk(j + 2, [...chosen, j]);
  };
  walk(0, []);
  return out;
}

/** The one join the arithmetic proves, or null. `known`: the table's figures already read. */
export function provenJoin(edition: EditionId, table: TableId, keys: readonly CellKey[], kinds: readonly CellKind[], printed: readonly Printed[], known: ReadonlyMap<CellKey, number | null>): Join | null {
  const holding: Join[] = [];
  for (const joins of candidates(printed.length, keys.length)) {
    if (joins.some((j) => !SHORT.test(printed[j].text) || !SHORT.test(printed[j + 1].text) || printed[j].text === '0')) continue;
    const values: (number | null)[] = [];
    const where: Printed[] = [];
    const second = new Map<number, Printed>();
    let ok = true;
    for (let i = 0; i < printed.length && ok; i++) {
      const joined = joins.includes(i);
      const text = joined ? printed[i].text + printed[i + 1].text : printed[i].text;
      const parsed = parseCellValue(text, kinds[values.length]);
      if (!parsed.ok || parsed.notApplicable) ok = false;
      else {
        if (joined) second.set(values.length, printed[i + 1]);
        values.push(parsed.value);
        where.push(printed[i]);
        if (joined) i++;
      }
    }
    if (!ok || values.length !== keys.length) continue;
    const all = new Map(known);
    keys.forEach((k, i) => all.set(k, values[i]));
    const joinedKeys = [...second.keys()].map((i) => keys[i]);
    const { said, rules } = verdict(edition, table, all, joinedKeys);
    // The join holds, and so does every other rule over the row's cells.
    if (said === 'holds' && verdict(edition, table, all, keys).said === 'holds') holding.push({ values, printed: where, second, rules: rules.join('、') });
    // A join no rule can check proves nothing, and then neither does any other.
    else if (said === 'unknown') return null;
  }
  // A figure too many is as well a figure that is not the row's (a page number above it): when
  // the row without it adds up too, the join proves nothing.
  return holding.length === 1 && !holdsWithout(edition, table, keys, kinds, printed, known) ? holding[0] : null;
}

/** Some reading of the row with as many pieces left out as it has too many holds every rule over the row. */
function holdsWithout(edition: EditionId, table: TableId, keys: readonly CellKey[], kinds: readonly CellKind[], printed: readonly Printed[], known: ReadonlyMap<CellKey, number | null>): boolean {
  const extra = printed.length - keys.length;
  const walk = (from: number, left: number[]): boolean => {
    if (left.length === extra) {
      const all = new Map(known);
      for (const [i, p] of printed.filter((_, i) => !left.includes(i)).entries()) {
        const parsed = parseCellValue(p.text, kinds[i]);
        if (!parsed.ok || parsed.notApplicable) return false;
        all.set(keys[i], parsed.value);
      }
      return verdict(edition, table, all, keys).said === 'holds';
    }
    for (let j = from; j < printed.length; j++) if (walk(j + 1, [...left, j])) return true;
    return false;
  };
  return extra >= 1 && extra <= MAX_EXTRA && walk(0, []);
}
