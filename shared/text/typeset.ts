// 一键排版: the typing habits that make a report look pasted together, corrected only where the
// correction is certain — characters nobody sees removed (zero-width and direction marks, control
// characters, U+FFFF), half-width punctuation inside Chinese text made full-width, stray
// spaces removed, paragraph numbering in the GB/T 9704 forms 一、/（一）/1./（1）. Lines are
// never added, removed or reordered, and no letter, digit or 汉字 changes; every correction is
// listed so the clerk sees it before it is applied.

import { hiddenCharacters } from './characters';

export type TypesetRule = 'hidden' | 'numbering' | 'punctuation' | 'spaces';

export const TYPESET_RULES: Readonly<Record<TypesetRule, string>> = {
  hidden: '删除看不见的字符（零宽字符、方向控制符、控制字符等）',
  numbering: '编号统一为“一、”“（一）”“1.”“（1）”',
  punctuation: '中文之间的半角标点改为全角',
  spaces: '删除多余的空格',
};

export interface TypesetChange {
  rule: TypesetRule;
  /** 1-based line of the text (lines are never added or removed). */
  line: number;
  before: string;
  after: string;
  /** A few characters either side, as the line read when the change was made. */
  lead: string;
  trail: string;
}

export interface Typeset {
  text: string;
  changes: TypesetChange[];
}

interface Edit {
  start: number;
  end: number;
  after: string;
}

// Character classes. P: CJK punctuation, full-width forms and the curly quotes Chinese text uses.
const HAN = /\p{Script=Han}/u;
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;
const SPACE = /[ \t\u00a0\u2002\u2003\u3000]/;
const DIGIT = /[0-9\uff10-\uff19]/;

const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);
const isCjkPunct = (ch: string | undefined) => ch !== undefined && ch !== '\u3000' && CJK_PUNCT.test(ch);
const isChinese = (ch: string | undefined) => isHan(ch) || isCjkPunct(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && DIGIT.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);

/** The nearest character before / after `i` that is not a space (undefined at the line's edge). */
function before(line: string, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (!isSpace(line[j])) return line[j];
  return undefined;
}
function after(line: string, i: number): string | undefined {
  for (let j = i + 1; j < line.length; j++) if (!isSpace(line[j])) return line[j];
  return undefined;
}

// --- numbering (at the start of a line only) ---------------------------------------------------

const CN_NUM = '[一二三四五六七八九十]{1,3}';
const NUM = '[0-9\\uff10-\\uff19]{1,2}';
const LEAD = '^[ \\t\\u00a0\\u3000]*';
const NUMBERING: [RegExp, (n: string) => string][] = [
  // 一. 一． 一 、 → 一、
  [new RegExp(`${LEAD}(${CN_NUM})[ \\u3000]*[.．、][ \\u3000]*`), (n) => `${n}、`],
  // (一) （一) ( 一 ) → （一）
  [new RegExp(`${LEAD}[(（][ \\u3000]*(${CN_NUM})[ \\u3000]*[)）][ \\u3000]*`), (n) => `（${n}）`],
  // (1) 1) 1） → （1）
  [new RegExp(`${LEAD}[(（][ \\u3000]*(${NUM})[ \\u3000]*[)）][ \\u3000]*`), (n) => `（${n}）`],
  [new RegExp(`${LEAD}(${NUM})[ \\u3000]*[)）][ \\u3000]*`), (n) => `（${n}）`],
  // 1、 1． 1 . → 1.  (the next character must not be a digit: "1.5万件" is a figure)
  [new RegExp(`${LEAD}(${NUM})[ \\u3000]*[.．、][ \\u3000]*(?![0-9\\uff10-\\uff19.．])`), (n) => `${n}.`],
];

const halfDigits = (s: string) => s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

function numberingEdits(line: string): Edit[] {
  for (const [re, form] of NUMBERING) {
    const m = re.exec(line);
    if (!m) continue;
    // Leading spaces are the spaces rule's to report; the edit covers the number and what follows.
    const start = m[0].length - m[0].trimStart().length;
    const next = form(halfDigits(m[1]));
    return line.slice(start, m[0].length) === next ? [] : [{ start, end: m[0].length, after: next }];
  }
  return [];
}

// --- punctuation ------------------------------------------------------------------------------

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

function punctuationEdits(line: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    const prev = before(line, i);
    const next = after(line, i);
    if (FULL[ch]) {
      // After Chinese, or between a figure and Chinese ("共307,电子邮箱", "12%;部分"): not "1,000" or "16:47".
      if (isChinese(prev) || ((isDigit(prev) || prev === '%') && isChinese(next))) edits.push({ start: i, end: i + 1, after: FULL[ch] });
    } else if (ch === '.') {
      // A full stop after Chinese, at the end of a sentence: not "1.5", "www.gov.cn" or "……".
      const ends = next === undefined || isChinese(next);
      if ((isHan(prev) || (prev !== undefined && '”）》'.includes(prev))) && ends && line[i - 1] !== '.' && line[i + 1] !== '.') edits.push({ start: i, end: i + 1, after: '。' });
    }
  }
  return [...edits, ...pairEdits(line, '(', ')', '（', '）'), ...quoteEdits(line)];
}

/** Parentheses in Chinese text: a pair is made full-width when it holds or touches Chinese. */
function pairEdits(line: string, open: string, close: string, fullOpen: string, fullClose: string): Edit[] {
  const edits: Edit[] = [];
  const re = /[(（]([^()（）]*)[)）]/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index;
    const end = start + m[0].length - 1;
    const o = line[start];
    const c = line[end];
    if (o !== open && c !== close) continue;
    // A pair already half full-width is certain; otherwise Chinese inside or beside it.
    const chinese = o === fullOpen || c === fullClose || HAN.test(m[1]) || isChinese(before(line, start)) || isChinese(after(line, end));
    if (!chinese) continue;
    if (o === open) edits.push({ start, end: start + 1, after: fullOpen });
    if (c === close) edits.push({ start: end, end: end + 1, after: fullClose });
  }
  return edits;
}

/** Straight double quotes, paired in order on the line; left alone when they do not pair. */
function quoteEdits(line: string): Edit[] {
  const at = [...line.matchAll(/"/g)].map((m) => m.index!);
  if (at.length === 0 || at.length % 2 !== 0) return [];
  const edits: Edit[] = [];
  for (let k = 0; k < at.length; k += 2) {
    const [o, c] = [at[k], at[k + 1]];
    if (!(HAN.test(line.slice(o + 1, c)) || isChinese(before(line, o)) || isChinese(after(line, c)))) continue;
    edits.push({ start: o, end: o + 1, after: '“' }, { start: c, end: c + 1, after: '”' });
  }
  return edits;
}

/**
 * Where the punctuation rule would act: each half-width mark inside Chinese text, by its offset
 * in the whole text (TXT-07 points the clerk to 一键排版; the same test, so the two agree).
 */
export function halfWidthMarks(text: string): { start: number; mark: string }[] {
  const marks: { start: number; mark: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const edit of punctuationEdits(line)) marks.push({ start: offset + edit.start, mark: line.slice(edit.start, edit.end) });
    offset += line.length + 1;
  }
  return marks.sort((a, b) => a.start - b.start);
}

// --- spaces -----------------------------------------------------------------------------------

/**
 * Spaces at either end of a line (the export indents paragraphs itself), beside Chinese
 * punctuation, and between 汉字 and figures ("2020 年"). A space between two 汉字 stays: it
 * may be meant ("中共中央办公厅 国务院办公厅", a slogan's two halves).
 */
function spaceEdits(line: string): Edit[] {
  const edits: Edit[] = [];
  const re = /[ \t\u00a0\u2002\u2003\u3000]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = line[start - 1];
    const next = line[end];
    const stray =
      prev === undefined || next === undefined || isCjkPunct(prev) || isCjkPunct(next) || (isHan(prev) && isDigit(next)) || (isDigit(prev) && isHan(next));
    if (stray) edits.push({ start, end, after: '' });
  }
  return edits;
}

// --- characters nobody sees (S-08) -------------------------------------------------------------

function hiddenEdits(line: string): Edit[] {
  return hiddenCharacters(line).map((h) => ({ start: h.index, end: h.index + h.char.length, after: '' }));
}

// --- applying ---------------------------------------------------------------------------------

const CONTEXT = 8;

function apply(line: string, edits: Edit[], rule: TypesetRule, lineNo: number, changes: TypesetChange[]): string {
  if (edits.length === 0) return line;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // overlapping: the first wins, the next pass sees the rest
    out += line.slice(at, e.start) + e.after;
    changes.push({ rule, line: lineNo, before: line.slice(e.start, e.end), after: e.after, lead: line.slice(Math.max(0, e.start - CONTEXT), e.start), trail: line.slice(e.end, e.end + CONTEXT) });
    at = e.end;
  }
  return out + line.slice(at);
}

function typesetLine(line: string, lineNo: number, changes: TypesetChange[]): string {
  // First: a zero-width space after "一" would keep "一 、" from being seen as numbering.
  let out = apply(line, hiddenEdits(line), 'hidden', lineNo, changes);
  out = apply(out, numberingEdits(out), 'numbering', lineNo, changes);
  // A mark made full-width can make its neighbour Chinese context ("号),": "）" then "，").
  for (let pass = 0; pass < 4; pass++) {
    const edits = punctuationEdits(out);
    if (edits.length === 0) break;
    out = apply(out, edits, 'punctuation', lineNo, changes);
  }
  return apply(out, spaceEdits(out), 'spaces', lineNo, changes);
}

/** The text as typeset, and every change made, in order. Typesetting the result changes nothing. */
export function typeset(text: string): Typeset {
  const changes: TypesetChange[] = [];
  // Keep the line breaks exactly as they are (\n or \r\n): only the lines' content changes.
  const parts = text.split(/(\r?\n)/);
  let lineNo = 0;
  const out = parts.map((part, i) => (i % 2 === 1 ? part : typesetLine(part, ++lineNo, changes))).join('');
  return { text: out, changes };
}
