// A narrative section as the checks read it. Text pasted from a PDF or a portal breaks lines
// inside sentences and puts spaces around figures ("申请 2\n件"); the checks read a flat copy
// without them and map every place back to the text as written, which messages quote.

import { PARTS, type TextSectionId } from '../../formats';

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

export const SECTION_NAMES: Record<TextSectionId, string> = {
  preamble: '前言',
  ...(Object.fromEntries(PARTS.map((p) => [p.text, p.heading])) as Record<Exclude<TextSectionId, 'preamble'>, string>),
};

/** A line ends its paragraph when it ends a sentence or the next line starts a numbered heading. */
const SENTENCE_END = /[。！？；：!?;:]$/;
const HEADING_START = /^(?:（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、是]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+)/;
/** A numbered line this short is a heading of its own; longer ones are paragraphs a PDF wrapped. */
const HEADING_LENGTH = 20;
const SPACE = /[^\S\n]/;
const ALNUM = /[0-9A-Za-z]/;

export function viewOf(raw: string): View {
  const lines = raw.split('\n');
  let flat = '';
  const at: number[] = [];
  const paragraphs = [0];
  let offset = 0;
  lines.forEach((line, i) => {
    for (let j = 0; j < line.length; j++) {
      const ch = line[j];
      if (SPACE.test(ch)) {
        // Keep one space between two figures or words, so that "1 0" never reads as 10.
        const next = line.slice(j).search(/\S/);
        if (ALNUM.test(flat[flat.length - 1] ?? '') && next >= 0 && ALNUM.test(line[j + next]) && flat[flat.length - 1] !== ' ') {
          flat += ' ';
          at.push(offset + j);
        }
        continue;
      }
      flat += ch;
      at.push(offset + j);
    }
    offset += line.length + 1;
    if (i === lines.length - 1) return;
    const next = lines[i + 1].trim();
    const heading = HEADING_START.test(line.trim()) && line.trim().length <= HEADING_LENGTH;
    const ended = line.trim() === '' || next === '' || heading || SENTENCE_END.test(line.trimEnd()) || HEADING_START.test(next);
    if (ended && flat.length > 0 && flat[flat.length - 1] !== '\n') {
      flat += '\n';
      at.push(offset - 1);
      paragraphs.push(flat.length);
    }
  });
  return { raw, flat, at, paragraphs };
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

/** 「一、总体情况」第 3 段第 12 字 (paragraphs as the checks read them; spaces not counted). */
export function place(view: View, section: TextSectionId, start: number): string {
  let p = 0;
  while (p + 1 < view.paragraphs.length && view.paragraphs[p + 1] <= start) p++;
  return `「${SECTION_NAMES[section]}」第 ${p + 1} 段第 ${start - view.paragraphs[p] + 1} 字`;
}

const SENTENCE_STOPS = '。！？!?；;\n';
const CLAUSE_STOPS = '，,：:' + SENTENCE_STOPS;

/** Start of the sentence (or, with clauses, the clause) that contains `at`. */
export function startOf(flat: string, at: number, clauses = false): number {
  const stops = clauses ? CLAUSE_STOPS : SENTENCE_STOPS;
  let i = at;
  while (i > 0 && !stops.includes(flat[i - 1])) i--;
  return i;
}

export function endOf(flat: string, at: number, clauses = false): number {
  const stops = clauses ? CLAUSE_STOPS : SENTENCE_STOPS;
  let i = at;
  while (i < flat.length && !stops.includes(flat[i])) i++;
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
