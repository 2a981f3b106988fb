// Which cut of run-together digits is right, proved by the statute's arithmetic: every total the
// form defines (row 总计 T3-02, （七）总计 T3-03, table 四's 总计 T4-02) and the printed 勾稽 rule
// (T3-04: 一 + 二 = （七） + 四, per column), using the figures as printed. A row's cut is taken
// only when every combination of cuts that satisfies all the rules gives that row the same cut.

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../formats';

/** A row to decide: its cells and the cuts still possible (one cut: a row already known). */
export interface Choice {
  keys: CellKey[];
  cuts: (number | null)[][];
  /** The digits as printed and the row's label, for the finding. */
  raw: string;
  label: string;
}

export type Decision =
  | { kind: 'proved'; cut: (number | null)[]; rules: string[] }
  /**
   * `contradicted`: no combination of cuts satisfies every rule — the printed totals contradict
   * each other whichever cut is taken; `cuts` are then those that satisfy the row's own rules.
   */
  | { kind: 'ambiguous'; cuts: (number | null)[][]; rules: string[]; contradicted: boolean };

interface Rule {
  id: string;
  /** Σ sign·value = 0 over these cells. */
  terms: { key: CellKey; sign: 1 | -1 }[];
}

const rulesCache = new Map<string, Rule[]>();

/** The arithmetic of one table as linear rules over printed figures. */
function rulesOf(edition: EditionId, table: TableId): Rule[] {
  const id = `${edition}:${table}`;
  let rules = rulesCache.get(id);
  if (!rules) {
    const index = cellIndex(EDITIONS[edition]);
    rules = index.derived
      .filter((c) => c.table === table)
      .map((c) => ({ id: c.derived!.by, terms: [{ key: c.key, sign: 1 as const }, ...c.derived!.sumOf.map((key) => ({ key, sign: -1 as const }))] }));
    if (table === 'apply') {
      for (const column of ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT']) {
        const k = (row: string) => `apply.${row}.${column}`;
        rules.push({ id: 'T3-04', terms: [{ key: k('R1'), sign: 1 }, { key: k('R2'), sign: 1 }, { key: k('R3_7'), sign: -1 }, { key: k('R4'), sign: -1 }] });
      }
    }
    rulesCache.set(id, rules);
  }
  return rules;
}

/** Bound on the combinations tried: beyond it the rows stay undecided (blank, and said so). */
const MAX_COMBINATIONS = 200_000;

/**
 * `known`: the table's other figures as read (null: printed blank, read as 0; absent: unknown —
 * a rule touching an unknown figure proves nothing). Returns a decision per choice with several cuts.
 */
export function decide(edition: EditionId, table: TableId, choices: readonly Choice[], known: ReadonlyMap<CellKey, number | null>): Map<Choice, Decision> {
  const rules = rulesOf(edition, table);
  const owner = new Map<CellKey, { choice: number; column: number }>();
  choices.forEach((c, i) => c.keys.forEach((key, column) => owner.set(key, { choice: i, column })));
  const open = choices.map((c, i) => (c.cuts.length > 1 ? i : -1)).filter((i) => i !== -1);
  const out = new Map<Choice, Decision>();
  if (open.length === 0) return out;

  const picked: number[] = choices.map(() => 0);
  const derived = (key: CellKey) => cellIndex(EDITIONS[edition]).byKey.get(key)?.derived !== undefined;
  // A blank entered figure counts as 0; a blank total proves nothing.
  const valueOf = (key: CellKey, pick: readonly number[]): number | undefined => {
    const o = owner.get(key);
    const v = o ? choices[o.choice].cuts[pick[o.choice]][o.column] : known.get(key);
    if (v === undefined) return undefined;
    if (v === null) return derived(key) ? undefined : 0;
    return v;
  };
  const holds = (rule: Rule, pick: readonly number[]) => {
    let sum = 0;
    for (const t of rule.terms) {
      const v = valueOf(t.key, pick);
      if (v === undefined) return true; // not provable either way
      sum += t.sign * v;
    }
    return Math.abs(sum) < 1e-9;
  };
  // Only the rules that touch an undecided row can tell its cuts apart.
  const relevant = rules.filter((r) => r.terms.some((t) => open.includes(owner.get(t.key)?.choice ?? -1)));
  const usedBy = relevant.map((r) => [...new Set(r.terms.map((t) => owner.get(t.key)?.choice).filter((c): c is number => c !== undefined && open.includes(c)))]);

  // Rules within one row first: they thin each row's cuts before any combination is tried.
  const alive = choices.map((c, i) => c.cuts.map((_, k) => k).filter((k) => {
    const pick = [...picked];
    pick[i] = k;
    return relevant.every((r, j) => usedBy[j].length !== 1 || usedBy[j][0] !== i || holds(r, pick));
  }));
  const combinations = open.reduce((n, i) => n * Math.max(1, alive[i].length), 1);
  const seen = open.map(() => new Set<number>());
  let solutions = 0;
  const tried = combinations <= MAX_COMBINATIONS;
  if (tried && open.every((i) => alive[i].length > 0)) {
    const cross = relevant.filter((_, j) => usedBy[j].length > 1);
    const walk = (depth: number) => {
      if (depth === open.length) {
        if (cross.every((r) => holds(r, picked))) {
          solutions++;
          open.forEach((i, d) => seen[d].add(picked[i]));
        }
        return;
      }
      for (const k of alive[open[depth]]) {
        picked[open[depth]] = k;
        walk(depth + 1);
      }
    };
    walk(0);
  }
  const ruleIds = [...new Set(relevant.map((r) => r.id))];
  open.forEach((i, d) => {
    const choice = choices[i];
    if (solutions > 0 && seen[d].size === 1) out.set(choice, { kind: 'proved', cut: choice.cuts[[...seen[d]][0]], rules: ruleIds });
    else {
      const shown = solutions > 0 ? [...seen[d]] : alive[i].length > 0 ? alive[i] : choice.cuts.map((_, k) => k);
      const contradicted = solutions === 0 && (tried || alive[i].length === 0);
      out.set(choice, { kind: 'ambiguous', cuts: shown.map((k) => choice.cuts[k]), rules: ruleIds, contradicted });
    }
  });
  return out;
}

/** Every rule that can be evaluated on these figures holds (blank entered figures count as 0). */
export function arithmeticHolds(edition: EditionId, table: TableId, values: ReadonlyMap<CellKey, number | null>): boolean {
  return rulesOf(edition, table).every((rule) => {
    let sum = 0;
    for (const t of rule.terms) {
      const v = values.get(t.key);
      if (v === undefined) return true;
      if (v === null) {
        if (cellIndex(EDITIONS[edition]).byKey.get(t.key)!.derived) return true;
        continue;
      }
      sum += t.sign * v;
    }
    return Math.abs(sum) < 1e-9;
  });
}

/**
 * What the table's arithmetic says of these figures, over the rules that touch `keys`: 'fails'
 * when one of them does not hold; 'holds' when all that can be evaluated hold and at least one
 * could be (every figure it sums printed); 'unknown' when none could.
 */
export function verdict(edition: EditionId, table: TableId, values: ReadonlyMap<CellKey, number | null>, keys: readonly CellKey[]): { said: 'holds' | 'fails' | 'unknown'; rules: string[] } {
  const rules = new Set<string>();
  for (const rule of rulesOf(edition, table)) {
    if (!rule.terms.some((t) => keys.includes(t.key))) continue;
    let sum = 0;
    let known = true;
    for (const t of rule.terms) {
      const v = values.get(t.key);
      const derived = cellIndex(EDITIONS[edition]).byKey.get(t.key)!.derived;
      if (v === undefined || (v === null && derived)) {
        known = false;
        break;
      }
      sum += t.sign * (v ?? 0);
    }
    if (!known) continue;
    rules.add(rule.id);
    if (Math.abs(sum) >= 1e-9) return { said: 'fails', rules: [...rules] };
  }
  return { said: rules.size > 0 ? 'holds' : 'unknown', rules: [...rules] };
}
