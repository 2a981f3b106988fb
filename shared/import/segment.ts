// Some pages arrive as runs of text: a whole report body on one line, a table's labels and
// figures run together ("规章000规范性文件898989"). Before recognition, such runs are cut into
// tokens where the text itself says so — at the part headings, and inside a table's region at
// the labels of that table. A run is cut only at text that is exactly a heading or a label.

import { PARTS, type PartDef } from '../formats';
import { comparable, searchable } from './normalize';
import { withinEdits, type TableShape } from './labels';
import { piece } from './origin';
import type { Token } from './tokens';

const NUMERAL = /^[一二三四五六七八九十]{1,2}[、.．]/;

/** The part a heading line stands for, whatever its numeral (some reports renumber the parts). */
export function headingPart(text: string): PartDef | null {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  if (t.length > 40) return null;
  const numbered = NUMERAL.exec(t);
  const words = comparable(numbered ? t.slice(numbered[0].length) : t);
  if (words.length < 4) return null;
  for (const part of PARTS) {
    for (const h of [part.heading, ...part.variants]) {
      const target = comparable(h.replace(NUMERAL, ''));
      if (words === target) return part;
      // A numbered line may carry a typo of one character ("行政法复议").
      if (numbered && target.length >= 10 && withinEdits(words, target, 1)) return part;
    }
  }
  return null;
}

const HEADING_WORDS = PARTS.flatMap((p) => [p.heading, ...p.variants].map((h) => searchable(h, true).text));

/**
 * Cuts a run of text before and after each part heading inside it ("…联系。一、总体情况2019年，…").
 * A heading inside a list ("一、总体情况；二、…") is not one: it must not touch 、，；.
 */
function splitAtHeadings(token: Token): Token[] {
  const { text, at } = searchable(token.text, true);
  const cuts: [number, number][] = [];
  for (let i = text.indexOf('、'); i !== -1; i = text.indexOf('、', i + 1)) {
    if (!/[一二三四五六]/.test(text[i - 1] ?? '')) continue;
    for (const h of HEADING_WORDS) {
      // A heading starts with its numeral, 、 and its first word as printed; then compare its
      // own length, and one character more or less (a typo further on).
      if (!text.startsWith(h.slice(0, 3), i - 1)) continue;
      for (const len of [h.length, h.length + 1, h.length - 1]) {
        const candidate = text.slice(i - 1, i - 1 + len);
        if (candidate.length !== len || !(candidate === h || (h.length >= 10 && withinEdits(candidate, h, 1)))) continue;
        const start = at[i - 1];
        const end = i - 1 + len < at.length ? at[i - 1 + len] : token.text.length;
        const before = token.text.slice(0, start).trimEnd();
        const after = token.text.slice(end).trimStart();
        if (/[、，；,;]$/.test(before) || /^[、，；,;]/.test(after)) continue;
        cuts.push([start, end]);
        break;
      }
      if (cuts.length > 0 && cuts[cuts.length - 1][0] === at[i - 1]) break;
    }
  }
  if (cuts.length === 0) return [token];
  const out: Token[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    if (token.text.slice(from, start).trim()) out.push(piece(token, from, start));
    out.push(piece(token, start, end));
    from = end;
  }
  if (token.text.slice(from).trim()) out.push(piece(token, from));
  return out;
}

/** Long runs of text are cut at the part headings inside them; short lines are left as they are. */
export function splitRuns(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.cell || t.text.length < 16 || !t.text.includes('、')) out.push(t);
    else for (const piece of splitAtHeadings(t)) out.push(piece);
  }
  return out;
}

const SENTENCE_END = /[。；！？]/;
const FIGURE_START = /^[\s\d０-９+\-−/／—]/;

/** The token's text and place, without what it was marked as. */
const strip = (t: Token): Token => ({ text: t.text, at: t.at, breaks: t.breaks, printedAs: t.printedAs });

/** A table line "label   0   0   1" (or "label   /") whose label is not printed exactly (a typo, a stray space). */
const LABEL_FIGURES = /^(\S[^。；]{1,38}?[^\d\s.,，/／])\s{2,}([\d０-９/／][\d０-９\s.,+\-−/／]*)$/;

/** Such a line is cut into its label (matched tolerantly later) and its figures. */
function labelThenFigures(token: Token): Token[] {
  const lead = token.text.length - token.text.trimStart().length;
  const m = LABEL_FIGURES.exec(token.text.trim());
  if (!m || !/[\u4e00-\u9fff]/.test(m[1])) return [token];
  const figures = lead + m[0].length - m[2].length;
  return [piece(strip(token), lead, lead + m[1].length), piece(strip(token), figures, token.text.length, { run: true })];
}

/**
 * Inside a table's region: a token that starts with a label of the table and goes on with
 * figures or more labels ("行政许可 97", "规章000规范性文件898989") is cut at every label in it.
 * A sentence that starts with such a word ("规章制度建设方面…") is left whole.
 */
export function explode(token: Token, shape: TableShape): Token[] {
  if (token.text.length < 3 || token.text.length > 20_000) return [token];
  const { text, at } = searchable(token.text);
  const covered: boolean[] = new Array(text.length).fill(false);
  const spans: [number, number][] = [];
  for (const label of shape.labels) {
    const words = comparable(label.text);
    if (words.length < 2) continue;
    for (let i = text.indexOf(words); i !== -1; i = text.indexOf(words, i + 1)) {
      let free = true;
      for (let k = i; k < i + words.length && free; k++) free = !covered[k];
      if (!free) continue;
      for (let k = i; k < i + words.length; k++) covered[k] = true;
      spans.push([i, i + words.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Past the last character matched: after it and any closing bracket or quote of the label
  // (not up to the text's end — "行政处罚    /" ends in a figure the label must not swallow).
  const original = (i: number) => {
    if (i < at.length) return at[i];
    let o = at.length > 0 ? at[at.length - 1] + 1 : token.text.length;
    while (o < token.text.length && /[）)】\]」』”’〕"']/.test(token.text[o])) o++;
    return o;
  };
  // A label's opening bracket or quote was skipped in matching; it belongs to the label.
  const startOf = (i: number) => {
    let o = original(i);
    while (o > 0 && /[（(【[“"'‘〔]/.test(token.text[o - 1])) o--;
    return o;
  };
  if (spans.length === 0) return labelThenFigures(token);
  if (startOf(spans[0][0]) !== token.text.length - token.text.trimStart().length) {
    // A table set inside a run after a sentence ("…占26%。 第二十条第（一）项…"): the sentence
    // stays text, the table is cut from where its first label starts.
    const first = spans.find(([start]) => SENTENCE_END.test(token.text.slice(0, startOf(start)).trim().slice(-1)));
    if (!first) return labelThenFigures(token);
    const table = explode(piece(strip(token), startOf(first[0])), shape);
    return table.length === 1 && !table[0].run ? [token] : [piece(strip(token), 0, startOf(first[0]), { prose: true }), ...table];
  }
  // Text that goes on after the table's last figures ("…收费9116.36 (二)主动公开…类别2022年，…。")
  // is the narrative again: cut it off before the labels are looked for in it.
  const sentence = token.text.search(SENTENCE_END);
  if (sentence !== -1) {
    const before = token.text.slice(0, sentence);
    // Right after the figures of the last label before the sentence: a number inside the
    // sentence ("本年度共 3 项收费。") is the sentence's own.
    const labelsEnd = Math.max(0, ...spans.map(([, end]) => original(end)).filter((o) => o <= sentence));
    const resume = /\d[\d.,万元]*\s+(?=[^\d\s/／—-][^\d\s]*)/g;
    let cut = -1;
    for (const m of before.matchAll(resume)) {
      if (m.index < labelsEnd) continue;
      cut = m.index + m[0].length;
      break;
    }
    if (cut > 0) return [...explode(piece(token, 0, cut), shape), piece(strip(token), cut, token.text.length, { prose: true })];
  }
  const afterFirst = token.text.slice(original(spans[0][1]));
  if (afterFirst.trim() !== '' && !FIGURE_START.test(afterFirst) && !(spans.length > 1 && spans[1][0] === spans[0][1])) return [token];
  const out: Token[] = [];
  const plain = strip(token);
  let from = 0;
  for (const [start, end] of spans) {
    const to = Math.max(from, startOf(start));
    const between = token.text.slice(from, to);
    // A numeral printed twice before the next label ("…0000000三三、本年度办理结果") is not a figure.
    const doubled = /^(\s*[\d\s.,+\-−]*\d)\s*([一二三四五六七八九十]{1,2}[、.．]?)\s*$/.exec(between);
    if (doubled) out.push(piece(plain, from, from + doubled[1].length, { run: true }), piece(plain, from + between.trimEnd().length - doubled[2].length, to));
    else if (between.trim()) out.push(piece(plain, from, to, { run: true }));
    out.push(piece(plain, to, original(end)));
    from = original(end);
  }
  if (token.text.slice(from).trim()) out.push(piece(plain, from, token.text.length, { run: true }));
  return out;
}
