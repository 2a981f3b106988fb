// What a figure covers, read from the sentence's grammar rather than from its nearest words
// (issue 24): "不予公开等其他类型66件" is 不予公开 and the outcome categories not named before it,
// not 不予公开 alone; "其余59件" after a list of outcomes is what the list left; "合计15件" after a
// list is the list's sum (and must equal the listed figures added up); "予以公开、部分公开分别为
// 60件、21件" gives each category its own figure. "其中" needs nothing here: a figure after it is
// read by its own words (scope.ts keeps it apart from the whole).

import type { Figure } from './figures';
import { startOf } from './text';

/** Table 三's outcome categories, （一） to （六）. */
export const OUTCOME_CATEGORIES = ['R3_1', 'R3_2', 'R3_3', 'R3_4', 'R3_5', 'R3_6'] as const;

/** The category words, to find what is left of a label without them ("其他处理" is a category, not "其他"). */
const CATEGORY_WORDS = /予以公开|同意公开|全部公开|准予公开|公开答复|部分公开|区分处理|不予以?公开|不同意公开|无法提供|不予处理|其他处理/g;
/** Left of a label once its categories are taken out: "等", "其他", "其余" widen it to the rest. */
const OPEN = /等|其[他它余]/;
const REMAINDER = /^(?:其余|剩余|其他|其它|另有|另)(?:的|各类|类型|情形)?(?:申请)?(?:均|为|共|共计)?$/;
const TOTAL = /^(?:以上|上述)?(?:合计|共计|总计|总共|共)(?:为)?$/;
const RESPECTIVELY = /分别(?:为|是|有)?$/;
/** Between the categories a 分别 lists: "予以公开、部分公开和不予公开分别为…". */
const LIST_SEPARATORS = /[、，,和及与]/;

/** The categories a list before 分别 names, in its order; null when an item is not one category. */
function listedInOrder(label: string, measure: Figure['measure'], groupsOf: (words: string) => string[], categoriesOf: (words: string) => string[]): string[][] | null {
  const words = label.replace(RESPECTIVELY, '');
  const items = words.split(LIST_SEPARATORS).filter(Boolean);
  const found = items.map((item) => (measure === 'review' ? groupsOf(item) : categoriesOf(item)));
  return found.every((parts) => parts.length > 0) && (measure === 'review' || found.every((parts) => parts.length === 1)) ? found : null;
}

/**
 * Adjusts the figures of a text to their sentences' grammar, in place. `categoriesOf` and
 * `groupsOf` name the outcome categories and table-四 groups words speak of (figures.ts).
 */
export function applyGrammar(flat: string, figures: Figure[], categoriesOf: (words: string) => string[], groupsOf: (words: string) => string[]): void {
  let sentenceStart = -1;
  /** Outcome categories named by figures earlier in the sentence. */
  let named = new Set<string>();
  /** The figures of the sentence so far. */
  let before: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const start = startOf(flat, f.numberStart);
    if (start !== sentenceStart) {
      sentenceStart = start;
      named = new Set();
      before = [];
    }
    const label = f.label.replace(/[、，,；;：:]+$/, '');
    if ((f.measure === 'outcomes' || f.measure === 'review') && RESPECTIVELY.test(label)) {
      respectively(figures, i, label, categoriesOf, groupsOf);
    } else if (f.measure === 'outcomes' && OPEN.test(label.replace(CATEGORY_WORDS, ''))) {
      f.others = OUTCOME_CATEGORIES.filter((c) => !f.parts.includes(c) && !named.has(c));
      f.exact = false;
    } else if (f.measure === null && REMAINDER.test(label) && named.size > 0) {
      const last = [...before].reverse().find((b) => b.measure === 'outcomes')!;
      Object.assign(f, { measure: 'outcomes', parts: OUTCOME_CATEGORIES.filter((c) => !named.has(c)), exact: false, outside: last.outside, topic: last.topic });
    } else if (f.measure === null && TOTAL.test(label)) {
      total(f, before);
    }
    if (f.measure === 'outcomes') f.parts.forEach((p) => named.add(p));
    before.push(f);
  }
}

/** "合计N件" after a run of figures of one kind: their categories together, and their sum. */
function total(f: Figure, before: Figure[]): void {
  const kind = before[before.length - 1]?.measure;
  if (kind !== 'outcomes' && kind !== 'review') return;
  const listed: Figure[] = [];
  for (let j = before.length - 1; j >= 0 && before[j].measure === kind; j--) listed.unshift(before[j]);
  if (listed.length < 2) return;
  const last = listed[listed.length - 1];
  Object.assign(f, {
    measure: kind,
    parts: [...new Set(listed.flatMap((r) => r.parts))],
    exact: false,
    outside: listed.find((r) => r.outside)?.outside ?? null,
    topic: last.topic,
    totalOf: listed,
  });
}

/** "A、B分别为m件、n件": each category its own figure, when as many figures follow as categories. */
function respectively(figures: Figure[], i: number, label: string, categoriesOf: (words: string) => string[], groupsOf: (words: string) => string[]): void {
  const f = figures[i];
  const listed = listedInOrder(label, f.measure, groupsOf, categoriesOf);
  const run = [f];
  for (let j = i + 1; j < figures.length && figures[j].label.replace(/^[、，,和及与]+|[、，,和及与]+$/g, '') === '' && figures[j].measure === null; j++) run.push(figures[j]);
  if (!listed || listed.length !== run.length) {
    // Figures and categories do not pair up: which is which cannot be told.
    for (const r of run) r.outside = 'respectively, not paired';
    return;
  }
  run.forEach((r, k) => Object.assign(r, { measure: f.measure, parts: listed[k], exact: f.measure === 'outcomes', outside: f.outside, topic: f.topic }));
}
