// Which draft is which unit's: only what a name proves. A draft belongs to a roster unit when the
// organisation it names is the unit's name or one of its recorded former names (曾用名, units merged
// into it) — the same unit identity 汇总 uses (shared/units/identity). Anything else is a draft
// outside the roster, shown as such with any roster unit of a similar name beside it: renamed or
// merged units are never joined to a new name silently.

import { unitDisplayName, unitKey } from '../units/identity';
import type { FoundDraft, RosterUnit } from './types';

export interface UnitDrafts {
  unit: RosterUnit;
  key: string;
  /** The unit's drafts of the year, the most recently saved first. */
  ofYear: FoundDraft[];
  /** The year before's, found in the same tree. */
  ofLastYear: FoundDraft[];
  /** Any other year's, the latest first. */
  ofOtherYears: FoundDraft[];
}

export interface Outside {
  key: string;
  name: string;
  ofYear: FoundDraft[];
}

export interface Matched {
  units: UnitDrafts[];
  /** Drafts of the year whose organisation no roster name proves to be a unit's. */
  outside: Outside[];
  /** Drafts of the year without a 机关名称 (blank, or only invisible characters) whose file name is no unit's either. */
  unnamed: FoundDraft[];
}

/** A draft's file name without its folder and extension. */
export const stem = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.nianbao$/i, '');

const newestFirst = (a: FoundDraft, b: FoundDraft) => b.summary.savedAt.localeCompare(a.summary.savedAt) || a.file.localeCompare(b.file);

/** Each key a unit answers to: its name, then its former names. */
export function unitIndex(units: readonly RosterUnit[]): Map<string, number> {
  const index = new Map<string, number>();
  units.forEach((u, i) => {
    for (const name of [u.name, ...u.formerNames]) {
      const key = unitKey(name);
      if (key !== '' && !index.has(key)) index.set(key, i);
    }
  });
  return index;
}

export function matchDrafts(units: readonly RosterUnit[], drafts: readonly FoundDraft[], year: number): Matched {
  const index = unitIndex(units);
  const matched: UnitDrafts[] = units.map((unit) => ({ unit, key: unitKey(unit.name), ofYear: [], ofLastYear: [], ofOtherYears: [] }));
  const outside = new Map<string, Outside>();
  const unnamed: FoundDraft[] = [];
  for (const draft of drafts) {
    const key = unitKey(draft.summary.organization);
    // A draft of the year without a name is never dropped: its file name may still say whose it is.
    const at = key === '' && draft.summary.year === year ? index.get(unitKey(stem(draft.file))) : index.get(key);
    if (at !== undefined) {
      const list = draft.summary.year === year ? matched[at].ofYear : draft.summary.year === year - 1 ? matched[at].ofLastYear : matched[at].ofOtherYears;
      list.push(draft);
    } else if (draft.summary.year === year && key === '') unnamed.push(draft);
    else if (draft.summary.year === year) {
      const found = outside.get(key) ?? { key, name: unitDisplayName(draft.summary.organization), ofYear: [] };
      found.ofYear.push(draft);
      outside.set(key, found);
    }
  }
  for (const m of matched) {
    m.ofYear.sort(newestFirst);
    m.ofLastYear.sort(newestFirst);
    m.ofOtherYears.sort((a, b) => b.summary.year - a.summary.year || newestFirst(a, b));
  }
  for (const o of outside.values()) o.ofYear.sort(newestFirst);
  return { units: matched, outside: [...outside.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), unnamed };
}

/** Last year's reports of a unit among drafts of that year (from --prior or another folder): by its name or former names. */
export function lastYearOf(unit: Pick<RosterUnit, 'name' | 'formerNames'>, byKey: ReadonlyMap<string, FoundDraft[]>): FoundDraft[] {
  const keys = new Set([unit.name, ...unit.formerNames].map(unitKey));
  return [...keys].flatMap((k) => (byKey.get(k) ?? []).slice(0, 1));
}

/** Drafts grouped by their unit's identity, the most recently saved first. */
export function byUnitKey(drafts: readonly FoundDraft[]): Map<string, FoundDraft[]> {
  const map = new Map<string, FoundDraft[]>();
  for (const d of [...drafts].sort(newestFirst)) {
    const key = unitKey(d.summary.organization);
    map.set(key, [...(map.get(key) ?? []), d]);
  }
  return map;
}

const bigrams = (s: string) => {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
};

/** What every unit of one place shares (its county's name, 人民政府 …) says nothing about which unit it is. */
const GENERIC = /人民政府|办公室|委员会|管理|服务|中心/g;

/** The start every roster name shares (the county's own name, "示例县"), which tells no unit from another. */
export function commonStart(names: readonly string[]): string {
  if (names.length < 2) return '';
  let start = unitKey(names[0]);
  for (const n of names.slice(1)) {
    const k = unitKey(n);
    let i = 0;
    while (i < start.length && i < k.length && start[i] === k[i]) i++;
    start = start.slice(0, i);
  }
  return start;
}

/** A name's pairs of characters, the place all units share and generic words left out: computed once per name. */
export function nameBigrams(name: string, place = ''): Set<string> {
  const k = unitKey(name);
  return bigrams((k.startsWith(place) ? k.slice(place.length) : k).replace(GENERIC, ''));
}

/** Dice over two names' pairs, given how many they share. */
export const dice = (x: ReadonlySet<string>, y: ReadonlySet<string>, shared: number) => (x.size === 0 || y.size === 0 ? 0 : (2 * shared) / (x.size + y.size));

/**
 * How alike two names are (Dice over pairs of characters; the place all units share and generic
 * words left out), for pointing out a likely rename — never for matching.
 */
export function nameLikeness(a: string, b: string, place = ''): number {
  const [x, y] = [nameBigrams(a, place), nameBigrams(b, place)];
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return dice(x, y, shared);
}

/** A likely rename worth saying: at least this alike. */
export const LIKELY_RENAME = 0.5;
