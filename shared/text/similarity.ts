// 雷同: how much of one text repeats another, sentence by sentence, as assessors count it
// ("与上年度重复率大于50%的，扣0.5分"; "与往年或与其他单位雷同"). Years, figures, the organisations'
// names, spaces and punctuation are ignored, so a sentence whose only change is 2023 → 2024 is
// still a repetition. Pure: TXT-02 (last year's report), the 汇总 and the desk (other units) call it.


import { viewOf } from '../reconcile/narrative/text';

/**
 * Sentences end at these, in the text read flat (a line a PDF or a portal broke inside a
 * sentence joined again): a clause list after ； is as much a unit of copying as a sentence.
 */
const STOPS = /[^。！？!?；;\n]+[。！？!?；;]?/g;
/** Comparable characters a sentence needs to count: headings and "无。" repeat by nature. */
export const MIN_SENTENCE = 8;
/** Figures, ASCII or full-width, with their decimal point, thousands commas and per cent. */
const FIGURE = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*[%％]?/g;
/** Spaces and punctuation: a changed comma or a quotation mark does not make a sentence new. */
const NOISE = /[\s\p{P}\p{S}]/gu;
/** What names and figures become: one private-use character each (neither punctuation nor text). */
const NAME = '\uE001';
const NUMBER = '\uE000';
const YEAR_WORD = /\uE000年度/g;

/** One sentence of a text: where it is (as written) and what is compared. */
export interface Sentence {
  start: number;
  end: number;
  /** The sentence normalised: names, figures, spaces and punctuation ignored. */
  key: string;
  /** Its comparable characters. */
  weight: number;
}

/** A text read for comparison once (keep it: comparing many texts reads each only once). */
export interface Fingerprint {
  /** Sentences long enough to count, in text order. */
  sentences: readonly Sentence[];
  keys: ReadonlySet<string>;
  /** Comparable characters in all of them. */
  size: number;
}

export interface Repeated {
  start: number;
  end: number;
  text: string;
}

export interface Similarity {
  /** Share of the first text's comparable characters in sentences the second also has (0 … 1). */
  ratio: number;
  /** The first text's sentences found in the second, in text order. */
  repeated: Repeated[];
  size: number;
  repeatedSize: number;
}

/** The last level of a place ("天津市红桥区" → "红桥区"), as reports name themselves in the text. */
const LAST_LEVEL = /[省市州盟]([^省市州盟县区旗]{2,8}(?:市|区|县|旗))$/;

/**
 * The names to ignore for an organisation: the full name and, for a government, its place and
 * the place's last level ("天津市红桥区人民政府" → "天津市红桥区", "红桥区"), so that units' reports
 * differing only in the name compare equal.
 */
export function namesOf(organization: string): string[] {
  const name = organization.trim();
  if (name === '') return [];
  const place = name.replace(/人民政府(?:办公室|办公厅)?$/, '');
  if (place === name || place.length < 2) return [name];
  const last = LAST_LEVEL.exec(place)?.[1];
  return last ? [name, place, last] : [name, place];
}

function normalise(sentence: string, names: readonly string[]): string {
  let s = sentence;
  for (const name of names) if (name) s = s.split(name).join(NAME);
  // "2024年度" and "2023年" are the same year of a report: the word after it does not matter.
  return s.replace(FIGURE, NUMBER).replace(NOISE, '').replace(YEAR_WORD, `${NUMBER}年`);
}

/** Reads a text for comparison. `names`: the organisation's names to ignore (see namesOf). */
export function fingerprint(text: string, names: readonly string[] = []): Fingerprint {
  // Longest first: "天水市人民政府" before "天水市".
  const ordered = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  const { flat, at } = viewOf(text);
  const sentences: Sentence[] = [];
  let size = 0;
  for (const m of flat.matchAll(STOPS)) {
    const key = normalise(m[0], ordered);
    if (key.length < MIN_SENTENCE) continue;
    const [first, last] = [m.index!, m.index! + m[0].length - 1];
    sentences.push({ start: at[first], end: at[last] + 1, key, weight: key.length });
    size += key.length;
  }
  return { sentences, keys: new Set(sentences.map((s) => s.key)), size };
}

/** How much of `a` repeats `b` (not symmetric: a short text copied whole into a long one is 100 % of itself). */
export function compare(a: Fingerprint, b: Fingerprint, textA?: string): Similarity {
  const found = a.sentences.filter((s) => b.keys.has(s.key));
  const repeatedSize = found.reduce((n, s) => n + s.weight, 0);
  return {
    ratio: a.size === 0 ? 0 : repeatedSize / a.size,
    repeated: found.map((s) => ({ start: s.start, end: s.end, text: textA === undefined ? '' : textA.slice(s.start, s.end) })),
    size: a.size,
    repeatedSize,
  };
}

/**
 * The measure between two texts: the share of `textA` repeated in `textB`, and those sentences.
 * `namesA`/`namesB`: each text's organisation names to ignore (namesOf(report.organization)).
 */
export function similarity(textA: string, textB: string, options: { namesA?: readonly string[]; namesB?: readonly string[] } = {}): Similarity {
  return compare(fingerprint(textA, options.namesA), fingerprint(textB, options.namesB), textA);
}

/**
 * For each text, the other text that repeats most of it (by `compare`'s ratio), through an index
 * of sentences: for 1,000 units' reports the work grows with the sentences they share, not with
 * every pair. null for a text with nothing to compare or nothing shared.
 */
export function mostSimilar(prints: readonly Fingerprint[]): ({ index: number; ratio: number } | null)[] {
  const holders = new Map<string, number[]>();
  prints.forEach((p, i) => {
    for (const key of p.keys) {
      const list = holders.get(key);
      if (list) list.push(i);
      else holders.set(key, [i]);
    }
  });
  return prints.map((p, i) => {
    if (p.size === 0) return null;
    const shared = new Map<number, number>();
    for (const s of p.sentences) {
      for (const j of holders.get(s.key)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + s.weight);
    }
    // Map order is first-seen order: the earliest text wins a tie.
    let [best, most] = [-1, 0];
    for (const [j, weight] of shared) if (weight > most) [best, most] = [j, weight];
    return best < 0 ? null : { index: best, ratio: most / p.size };
  });
}
