// 雷同: how much of one text repeats another, sentence by sentence, as assessors count it
// ("与上年度重复率大于50%的，扣0.5分"; "与往年或与其他单位雷同"). Years, figures, the organisations'
// names, spaces and punctuation are ignored, so a sentence whose only change is 2023 → 2024 is
// still a repetition. Pure: TXT-02 (last year's report), the 汇总 and the desk (other units) call it.
// Read in one pass per text, character by character (the desk reads a thousand reports at once).

import { HEADING_LENGTH, HEADING_START } from '../reconcile/narrative/text';

/** Sentences end at these: a clause list after ； is as much a unit of copying as a sentence. */
const STOPS = new Set([...'。！？!?；;'].map((c) => c.charCodeAt(0)));
/** Comparable characters a sentence needs to count: headings and "无。" repeat by nature. */
export const MIN_SENTENCE = 8;
/** What names and figures become: one private-use character each (neither punctuation nor text). */
const NAME = '\uE001';
const NUMBER = '\uE000';
const YEAR_WORD = /\uE000年度/g;
/** Inside a figure: its decimal point and thousands commas ("1,000", "12.5"); "%" closes it. */
const FIGURE_JOINERS = new Set([...'.,．，'].map((c) => c.charCodeAt(0)));
const PERCENT = new Set([...'%％'].map((c) => c.charCodeAt(0)));

const KEEP = 0;
const DROP = 1;
const DIGIT = 2;
/** Each UTF-16 code met so far (-1: not yet): kept, dropped, or a digit. */
const classes = new Int8Array(65536).fill(-1);
/** Kept, dropped (spaces, punctuation, symbols: a changed comma does not make a sentence new), or a digit. */
function classOf(code: number): number {
  let kind = classes[code];
  if (kind < 0) {
    const ch = String.fromCharCode(code);
    classes[code] = kind = /[0-9０-９]/.test(ch) ? DIGIT : /[\s\p{P}\p{S}]/u.test(ch) ? DROP : KEEP;
  }
  return kind;
}

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

/** A sentence as compared: names one place-holder, every figure (a year too) another, no spaces or punctuation. */
function normalise(sentence: string, names: readonly string[]): string {
  let s = sentence;
  for (const name of names) if (s.includes(name)) s = s.split(name).join(NAME);
  let key = '';
  let inFigure = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const kind = classOf(code);
    if (kind === DIGIT) {
      if (!inFigure) key += NUMBER;
      inFigure = true;
      continue;
    }
    if (inFigure && FIGURE_JOINERS.has(code) && classOf(s.charCodeAt(i + 1)) === DIGIT) continue;
    if (inFigure && PERCENT.has(code)) {
      inFigure = false;
      continue;
    }
    inFigure = false;
    if (kind === KEEP) key += s[i];
  }
  // "2024年度" and "2023年" are the same year of a report: the word after it does not matter.
  return key.includes('年度') ? key.replace(YEAR_WORD, `${NUMBER}年`) : key;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0x3000 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a);

/**
 * The sentences of a text as [start, end) as written: ended by a stop, or by a line break that
 * ends a paragraph — after a blank line, at a heading, before a numbered line — but not by a line
 * break a PDF or a portal put inside a sentence (as the narrative checks read it, text.ts).
 */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const close = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) spans.push([from, to]);
  };
  const lines = text.split('\n');
  let start = 0;
  let offset = 0;
  lines.forEach((line, i) => {
    for (let j = 0; j < line.length; j++) {
      if (!STOPS.has(line.charCodeAt(j))) continue;
      close(start, offset + j + 1);
      start = offset + j + 1;
    }
    const end = offset + line.length;
    offset = end + 1;
    const trimmed = line.trim();
    const next = lines[i + 1]?.trim() ?? '';
    const heading = HEADING_START.test(trimmed) && trimmed.length <= HEADING_LENGTH;
    if (i === lines.length - 1 || trimmed === '' || next === '' || heading || HEADING_START.test(next)) {
      close(start, end);
      start = offset;
    }
  });
  return spans;
}

/** Reads a text for comparison. `names`: the organisation's names to ignore (see namesOf). */
export function fingerprint(text: string, names: readonly string[] = []): Fingerprint {
  // Longest first: "天水市人民政府" before "天水市".
  const ordered = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  const sentences: Sentence[] = [];
  let size = 0;
  for (const [start, end] of sentenceSpans(text)) {
    const key = normalise(text.slice(start, end), ordered);
    if (key.length < MIN_SENTENCE) continue;
    sentences.push({ start, end, key, weight: key.length });
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
  // One tally for all texts, cleared through the list of those touched: no map per text.
  const shared = new Float64Array(prints.length);
  const touched: number[] = [];
  return prints.map((p, i) => {
    if (p.size === 0) return null;
    for (const s of p.sentences) {
      for (const j of holders.get(s.key)!) {
        if (j === i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] += s.weight;
      }
    }
    let [best, most] = [-1, 0];
    for (const j of touched) {
      // The earliest text wins a tie.
      if (shared[j] > most || (shared[j] === most && j < best)) [best, most] = [j, shared[j]];
      shared[j] = 0;
    }
    touched.length = 0;
    return best < 0 ? null : { index: best, ratio: most / p.size };
  });
}
