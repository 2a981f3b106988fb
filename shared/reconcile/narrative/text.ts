// A narrative section as the checks read it. Text pasted from a PDF or a portal breaks lines
// inside sentences and puts spaces around figures ("申请 2\n件"); the checks read a flat copy
// without them and map every place back to the text as written, which messages quote.

import { SECTION_NAMES, type TextSectionId } from '../../formats';

export interface View {
  /** The section's text as written. */
  raw: string;
  /** The text without spaces and without line breaks inside a paragraph; paragraphs end in "\n". */
  flat: string;
  /** Index in `raw` of each character of `flat`. */
  at: readonly number[];
  /** Start of each paragraph in `flat`. */
  paragraphs: readonly number[];
}

/**
 * The statistical period (TXT-03), however worded: "统计期限/时限/时段/截止…", "数据统计时间为",
 * or a span from January to December ("2023年1月1日起至12月31日", "2023年1月至12月").
 */
export const STATISTICAL_PERIOD =
  /统计(?:数据)?的?(?:期限|时限|周期|时间|时段|区间|范围|期间|截止)|\d{4}年1月(?:1日)?起?(?:至|到|—|－|-|~|～)(?:\d{4}年)?12月(?:31日)?/;


/** A line ends its paragraph when it ends a sentence or the next line starts a numbered heading. */
const SENTENCE_END = /[。！？；：!?;:]$/;
export const HEADING_START = /^(?:（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、是]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+)/;
/** A numbered line this short is a heading of its own; longer ones are paragraphs a PDF wrapped. */
export const HEADING_LENGTH = 20;
/** White space other than a line break (what /\s/ matches, by code). */
function isSpace(code: number): boolean {
  if (code === 10) return false;
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
const ALNUM = /[0-9A-Za-z]/;

export function viewOf(raw: string): View {
  const lines = raw.split('\n');
  // Built as runs joined once, spaces found by character code: reading the last character of a
  // string grown one character at a time flattens it each time (long texts were quadratic), and
  // a regular expression per character made a 1 MB text take a quarter of a second.
  const runs: string[] = [];
  const at: number[] = [];
  const paragraphs = [0];
  let length = 0;
  let last = '';
  const put = (ch: string, index: number) => {
    runs.push(ch);
    at.push(index);
    length++;
    last = ch;
  };
  let offset = 0;
  lines.forEach((line, i) => {
    for (let j = 0; j < line.length; ) {
      if (!isSpace(line.charCodeAt(j))) {
        // A run of other characters, taken whole.
        let k = j + 1;
        while (k < line.length && !isSpace(line.charCodeAt(k))) k++;
        runs.push(line.slice(j, k));
        for (let c = j; c < k; c++) at.push(offset + c);
        length += k - j;
        last = line[k - 1];
        j = k;
        continue;
      }
      // A run of spaces: dropped, but one is kept between two figures or words, so that "1 0"
      // never reads as 10.
      let k = j + 1;
      while (k < line.length && isSpace(line.charCodeAt(k))) k++;
      if (ALNUM.test(last) && k < line.length && ALNUM.test(line[k])) put(' ', offset + j);
      j = k;
    }
    offset += line.length + 1;
    if (i === lines.length - 1) return;
    const trimmed = line.trim();
    const next = lines[i + 1].trim();
    const heading = HEADING_START.test(trimmed) && trimmed.length <= HEADING_LENGTH;
    const ended = trimmed === '' || next === '' || heading || SENTENCE_END.test(line.trimEnd()) || HEADING_START.test(next);
    if (ended && length > 0 && last !== '\n') {
      put('\n', offset - 1);
      paragraphs.push(length);
    }
  });
  return { raw, flat: runs.join(''), at, paragraphs };
}

/** The raw range of a flat range. */
export function rawSpan(view: View, start: number, end: number): { start: number; end: number } {
  return { start: view.at[start], end: view.at[end - 1] + 1 };
}

/** The words of the text in a flat range, as written (a line break inside them dropped). */
export function quote(view: View, start: number, end: number): string {
  const span = rawSpan(view, start, end);
  return view.raw.slice(span.start, span.end).replace(/\s*\n\s*/g, '');
}

/** Index of the last of `count` ascending keys at or before `at`, or -1 (binary search: long texts, many figures). */
export function lastAtOrBefore(count: number, at: number, key: (i: number) => number): number {
  let lo = -1;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(mid) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 「一、总体情况」第 3 段第 12 字 (paragraphs as the checks read them; spaces not counted). */
export function place(view: View, section: TextSectionId, start: number): string {
  const p = Math.max(0, lastAtOrBefore(view.paragraphs.length, start, (i) => view.paragraphs[i]));
  return `「${SECTION_NAMES[section]}」第 ${p + 1} 段第 ${start - view.paragraphs[p] + 1} 字`;
}

const SENTENCE_STOPS = '。！？!?；;\n';
const CLAUSE_STOPS = '，,：:' + SENTENCE_STOPS;

/**
 * How far a clause or a sentence is read from a place in it. A text without punctuation (a
 * pasted table, a page with its stops lost) has no sentences: reading to its ends from every
 * figure made such texts quadratic (100 KB took a minute). No real clause or sentence is longer.
 */
export const CLAUSE_REACH = 200;
export const SENTENCE_REACH = 600;

/** Start of the sentence (or, with clauses, the clause) that contains `at`, at most its reach back. */
export function startOf(flat: string, at: number, clauses = false): number {
  const stops = clauses ? CLAUSE_STOPS : SENTENCE_STOPS;
  const limit = Math.max(0, at - (clauses ? CLAUSE_REACH : SENTENCE_REACH));
  let i = at;
  while (i > limit && !stops.includes(flat[i - 1])) i--;
  return i;
}

/** End of the sentence (or clause) that contains `at`, at most its reach ahead. */
export function endOf(flat: string, at: number, clauses = false): number {
  const stops = clauses ? CLAUSE_STOPS : SENTENCE_STOPS;
  const limit = Math.min(flat.length, at + (clauses ? CLAUSE_REACH : SENTENCE_REACH));
  let i = at;
  while (i < limit && !stops.includes(flat[i])) i++;
  return i;
}

/**
 * Per-text memory: the same strings come back on every keystroke in a table (the report is new,
 * its text is not), so each text is read once for each key (e.g. the year and the organisation).
 */
export function remembered<T>(): (text: string, key: string, compute: () => T) => T {
  const memory = new Map<string, { key: string; value: T }>();
  return (text, key, compute) => {
    const hit = memory.get(text);
    if (hit && hit.key === key) return hit.value;
    if (memory.size >= 64) memory.clear();
    const value = compute();
    memory.set(text, { key, value });
    return value;
  };
}

const views = remembered<View>();
export const viewOfText = (raw: string): View => views(raw, '', () => viewOf(raw));

const tested = new Map<RegExp, Map<string, boolean>>();

/** `re.test(text)`, remembered per text (for the long texts read on every change). */
export function holds(re: RegExp, text: string): boolean {
  let byText = tested.get(re);
  if (!byText) tested.set(re, (byText = new Map()));
  let found = byText.get(text);
  if (found === undefined) {
    if (byText.size >= 64) byText.clear();
    byText.set(text, (found = re.test(text)));
  }
  return found;
}
