// What a ledger's value means in the statute's categories: the clerk's own mapping first, then
// the form's labels (edition data) and the offices' wordings (dictionary.ts). A value naming two
// categories that do not nest is a conflict; one naming none is unknown. Neither is ever guessed.

import type { EditionId } from '../formats';
import { categoriesOf, coreLabel, norm } from './categories';
import { LITIGATION, PENDING, WIDER, WORDINGS, type Vocabulary } from './dictionary';
import type { LedgerField } from './fields';

export type Meaning =
  | { kind: 'blank' }
  | { kind: 'one'; key: string }
  | { kind: 'conflict'; keys: string[] }
  | { kind: 'unknown' };

export const VOCABULARY_OF: Readonly<Partial<Record<LedgerField, Vocabulary>>> = {
  applicantType: 'applicant',
  applicantName: 'applicant',
  outcome: 'outcome',
  reason: 'outcome',
  carried: 'yesNo',
  caseKind: 'caseKind',
  reviewedFirst: 'yesNo',
  result: 'caseResult',
};

interface Entry {
  word: string;
  key: string;
}
interface Index {
  exact: Map<string, string>;
  /** Longest first, so that a longer wording claims its span before the shorter ones inside it. */
  contains: Entry[];
  /** key → the narrower keys it stands for. */
  wider: Map<string, Set<string>>;
  /** Every key a value of this vocabulary may mean, with its name for the clerk. */
  targets: Map<string, string>;
}

const indexes = new Map<string, Index>();

function indexOf(edition: EditionId, vocabulary: Vocabulary): Index {
  const id = `${edition}:${vocabulary}`;
  let index = indexes.get(id);
  if (!index) indexes.set(id, (index = build(edition, vocabulary)));
  return index;
}

/** The names a clerk chooses from when mapping a value of this vocabulary. */
export function targetsOf(edition: EditionId, vocabulary: Vocabulary): ReadonlyMap<string, string> {
  return indexOf(edition, vocabulary).targets;
}

function build(edition: EditionId, vocabulary: Vocabulary): Index {
  const c = categoriesOf(edition);
  const targets = new Map<string, string>();
  const wider = new Map<string, Set<string>>();
  const labelled: { key: string; text: string }[] = [];
  const add = (key: string, name: string, ...texts: string[]) => {
    targets.set(key, name);
    for (const text of texts) labelled.push({ key, text });
  };
  switch (vocabulary) {
    case 'applicant':
      c.applicants.forEach((a) => add(a.key, a.label, a.core));
      break;
    case 'outcome':
      c.outcomes.forEach((o) => add(o.key, o.label, o.core, o.label));
      c.groups.forEach((g) => {
        add(g.key, g.label, g.core);
        wider.set(g.key, new Set(g.children));
      });
      targets.set(PENDING, '尚未办结（结转下年度）');
      break;
    case 'yesNo':
      targets.set('YES', '是').set('NO', '否');
      break;
    case 'caseKind':
      c.caseKinds.forEach((k) => add(k.key, k.key === 'RV' ? k.label : `行政诉讼（${k.label}）`, k.core));
      targets.set(LITIGATION, '行政诉讼（未写明是否经复议）');
      break;
    case 'caseResult':
      c.caseResults.forEach((r) => add(r.key, r.label, r.core));
      break;
  }
  for (const [key, narrower] of Object.entries(WIDER[vocabulary])) if (narrower.length > 0) wider.set(key, new Set(narrower));

  const exact = new Map<string, string>();
  const contains: Entry[] = [];
  const place = (key: string, word: string, asExact: boolean) => {
    const w = norm(word);
    if (w === '') return;
    if (asExact || w.length < 4) exact.set(w, key);
    else contains.push({ word: w, key });
  };
  // The form's own labels: exact, and (when long enough to be unmistakable) anywhere in a value.
  for (const { key, text } of labelled) {
    place(key, text, true);
    if (norm(coreLabel(text)).length >= 4) place(key, coreLabel(text), false);
  }
  for (const [key, wording] of Object.entries(WORDINGS[vocabulary])) {
    const resolved = resolveKey(key, targets);
    if (!resolved) continue;
    wording.exact?.forEach((w) => exact.set(norm(w), resolved));
    wording.contains?.forEach((w) => contains.push({ word: norm(w), key: resolved }));
  }
  contains.sort((a, b) => b.word.length - a.word.length);
  return { exact, contains, wider, targets };
}

/**
 * A dictionary key as this edition has it: R3_6_1 (2021) is R3_6 in the 2019 edition, where
 * （六）其他处理 is one row; a key with no place in the edition is left out.
 */
function resolveKey(key: string, targets: ReadonlyMap<string, string>): string | null {
  for (let k = key; k; k = k.includes('_') ? k.slice(0, k.lastIndexOf('_')) : '') {
    if (targets.has(k)) return k;
  }
  return null;
}

/** The clerk's mapping for one field: normalised value → key. */
export type ValueMap = ReadonlyMap<string, string>;

export function classify(edition: EditionId, field: LedgerField, raw: string, mapped?: ValueMap): Meaning {
  const vocabulary = VOCABULARY_OF[field];
  const v = norm(raw);
  if (!vocabulary || v === '') return { kind: 'blank' };
  const own = mapped?.get(v);
  if (own) return { kind: 'one', key: own };
  const index = indexOf(edition, vocabulary);
  const exact = index.exact.get(v);
  if (exact) return { kind: 'one', key: exact };
  const found = new Set<string>();
  const taken: [number, number][] = [];
  for (const { word, key } of index.contains) {
    for (let at = v.indexOf(word); at !== -1; at = v.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (taken.some(([s, e]) => at >= s && end <= e)) continue;
      taken.push([at, end]);
      found.add(key);
    }
  }
  // A person's name says nothing by itself: names count as 自然人 only when the clerk has said so
  // once for the whole ledger (PERSONAL_NAMES mapped), never on a guess of ours.
  if (found.size === 0 && field === 'applicantName' && isPersonalName(raw)) {
    const chosen = mapped?.get(norm(PERSONAL_NAMES));
    if (chosen) return { kind: 'one', key: chosen };
  }
  return resolve(found, index.wider);
}

/** Keys found together: a wider key gives way to a narrower one it stands for. */
export function resolve(found: ReadonlySet<string>, wider: ReadonlyMap<string, ReadonlySet<string>>): Meaning {
  if (found.size === 0) return { kind: 'unknown' };
  const keys = [...found].filter((k) => ![...found].some((n) => n !== k && wider.get(k)?.has(n)));
  return keys.length === 1 ? { kind: 'one', key: keys[0] } : { kind: 'conflict', keys };
}

/** The narrower keys a key stands for in this field's vocabulary (a group's rows). */
export function narrowerOf(edition: EditionId, field: LedgerField, key: string): ReadonlySet<string> | undefined {
  const vocabulary = VOCABULARY_OF[field];
  return vocabulary ? indexOf(edition, vocabulary).wider.get(key) : undefined;
}

/** The name of a key for the clerk ("（三）不予公开 1.属于国家秘密", "自然人"). */
export function targetName(edition: EditionId, field: LedgerField, key: string): string {
  const vocabulary = VOCABULARY_OF[field];
  return (vocabulary && indexOf(edition, vocabulary).targets.get(key)) || key;
}

/**
 * The value the clerk maps, once, for every 申请人名称 that reads as a person's name: a ledger
 * without a 申请人类型 column says 自然人 only through the clerk.
 */
export const PERSONAL_NAMES = '（姓名：2至4个汉字、无单位字样）';

// Words that make a name an organisation's, not a person's.
const ORGANISATION = /[局委会院所部处厂社站队办村组馆校行店司团厅署室中心协]|公司|集团|单位/;

/**
 * A person's name as a ledger's 申请人 column writes it: two to four 汉字 (or a name with a
 * middle dot), with nothing that makes it an organisation's. Anything else is not taken for one.
 */
export function isPersonalName(raw: string): boolean {
  const t = raw.normalize('NFKC').trim();
  return (/^\p{Script=Han}{2,4}$/u.test(t) || /^\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,8}$/u.test(t)) && !ORGANISATION.test(t);
}
