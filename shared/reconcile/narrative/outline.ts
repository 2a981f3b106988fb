// The report's outline as assessors check it (条例第五十条; the unified format's six parts): the
// part count and list the 前言 states against the six parts (S-08), a statutory part heading
// written inside another part or under another number (S-09), and the numbering of （一）/1.
// sequences in each part — a number skipped or a list restarted (S-10).

import { PARTS, SECTION_NAMES, type TextSectionId } from '../../formats';
import { TEXT_SECTIONS } from '../../report';
import type { Context } from '../context';
import { quote, rawSpan, remembered, viewOfText } from './text';

const CN_DIGITS = '〇一二三四五六七八九';
/** 一 … 九十九, 两, or digits: the numbers reports write. */
export function numeralValue(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (numeral === '两') return 2;
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(numeral);
  if (!m || numeral === '') return null;
  // Without 十 only one digit: "三" (in the first group), never "二三".
  if (!m[2]) return m[3] ? null : CN_DIGITS.indexOf(m[1]);
  return (m[1] ? CN_DIGITS.indexOf(m[1]) : 1) * 10 + (m[3] ? CN_DIGITS.indexOf(m[3]) : 0);
}
const cnNumeral = (n: number): string => (n <= 10 ? '〇一二三四五六七八九十'[n] : n < 20 ? `十${CN_DIGITS[n - 10]}` : `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`);

// ---- S-08: the parts the 前言 says the report has ----

/** Words that name each part in a 前言's list ("由总体情况、主动公开政府信息情况…六部分组成"). */
const PART_WORDS: readonly (readonly [TextSectionId, RegExp])[] = [
  ['overview', /总体情况/],
  ['active', /主动公开/],
  ['applications', /收到和处理|依申请公开情况/],
  ['review', /行政复议|行政诉讼/],
  ['problems', /存在的?主要问题|存在问题|问题(?:及|和)(?:改进|整改)/],
  ['other', /其[他它]需要报告/],
];
const COUNT = /(?:等|共|分为?|包括|包含)?([一二三四五六七八九十两]|\d{1,2})个?部分(?!公开)(?:组成|内容)?/g;
const SENTENCE = /[^。！？!?\n]+/g;

interface PartList {
  start: number;
  end: number;
  stated: number | null;
  listed: TextSectionId[];
}

function partLists(flat: string): PartList[] {
  const found: PartList[] = [];
  for (const s of flat.matchAll(SENTENCE)) {
    const sentence = s[0];
    const listed = PART_WORDS.filter(([, re]) => re.test(sentence)).map(([part]) => part);
    // A list of the parts names at least three of them; fewer is a sentence about one.
    if (listed.length < 3) continue;
    const count = [...sentence.matchAll(COUNT)][0];
    // The place: the count ("等五部分组成"), or the whole list when it states none.
    const start = s.index! + (count ? count.index! : 0);
    found.push({ start, end: count ? start + count[0].length : start + sentence.length, stated: count ? numeralValue(count[1]) : null, listed });
  }
  return found;
}

const listsOf = remembered<PartList[]>();

function checkPartList(ctx: Context): void {
  const raw = ctx.report.text.preamble;
  if (raw === '') return;
  const view = viewOfText(raw);
  for (const list of listsOf(raw, '', () => partLists(view.flat))) {
    const missing = PARTS.filter((p) => !list.listed.includes(p.text));
    const unnamed = missing.length > 0 ? `，所列各部分中没有${missing.map((p) => `「${p.heading}」`).join('、')}` : '';
    const said = `前言写“${quote(view, list.start, list.end)}”`;
    const text = { section: 'preamble' as const, ...rawSpan(view, list.start, list.end) };
    if (list.stated !== null && list.stated !== PARTS.length) {
      ctx.out.push({
        rule: 'S-08',
        severity: 'warning',
        cells: [],
        message: `${said}，而年度报告按统一格式有六个部分${unnamed}。请核对前言中的部分数和各部分名称。`,
        text,
      });
    } else if (missing.length > 0) {
      // Six as the format has, but one not recognised among the names: it may be worded otherwise.
      ctx.out.push({ rule: 'S-08', severity: 'info', cells: [], message: `${said}${unnamed}，请核对前言是否列全了六个部分。`, text });
    }
  }
}

// ---- S-09 and S-10: headings and numbering, line by line ----

type Level = 1 | 2 | 3 | 4;
interface Numbered {
  level: Level;
  value: number;
  /** The number as written ("（三）"), and where it is in the raw text. */
  label: string;
  start: number;
  end: number;
  /** The rest of the line. */
  rest: string;
}

const NUMBERING: readonly (readonly [Level, RegExp])[] = [
  [1, /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/],
  [2, /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/],
  [4, /^[（(]\s*(\d{1,2})\s*[）)]\s*/],
  // "1." but not "1.5万件" or "2024." (a figure or a year at the start of a wrapped line).
  [3, /^(\d{1,2})\s*[.．、](?![\d.．])\s*/],
];

interface Line {
  text: string;
  start: number;
}

function lines(raw: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const line of raw.split('\n')) {
    const lead = line.length - line.trimStart().length;
    out.push({ text: line.trim(), start: at + lead });
    at += line.length + 1;
  }
  return out;
}

function numbered(line: Line): Numbered | null {
  for (const [level, re] of NUMBERING) {
    const m = re.exec(line.text);
    if (!m) continue;
    const value = numeralValue(m[1]);
    if (value === null || value === 0) return null;
    const label = m[0].trim();
    return { level, value, label, start: line.start, end: line.start + label.length, rest: line.text.slice(m[0].length) };
  }
  return null;
}

/** The part a heading's words name, by the official heading or a variant (spec §2), if any. */
function statutoryPart(rest: string): (typeof PARTS)[number] | undefined {
  const words = rest.replace(/\s/g, '');
  return PARTS.find((p) => [p.heading, ...p.variants].some((h) => words.startsWith(h.slice(h.indexOf('、') + 1))));
}

/** A line that opens a new list without a number: "改进措施：", "存在的主要问题". */
const LIST_LABEL = /[：:]$|^[^，,。；;]{1,12}$/;

interface Outline {
  headings: { at: Numbered; part: (typeof PARTS)[number] }[];
  problems: { at: Numbered; kind: 'skip' | 'restart'; previous: Numbered | null; expected: number }[];
}

function outlineOf(raw: string): Outline {
  const outline: Outline = { headings: [], problems: [] };
  /** The last number seen at each level since a higher level's last heading. */
  const last: (Numbered | null)[] = [null, null, null, null, null];
  /** An unnumbered label line since the last number at each level (a new list may start). */
  const labelled = [false, false, false, false, false];
  /** An unnumbered line since the last number at each level (a list item's own paragraph). */
  const between = [false, false, false, false, false];
  for (const line of lines(raw)) {
    if (line.text === '') continue;
    const item = numbered(line);
    if (!item) {
      for (let l = 1; l <= 4; l++) {
        between[l] = true;
        if (LIST_LABEL.test(line.text)) labelled[l] = true;
      }
      continue;
    }
    const part = item.level === 1 ? statutoryPart(item.rest) : undefined;
    if (part) {
      outline.headings.push({ at: item, part });
      last.fill(null);
      continue;
    }
    const previous = last[item.level];
    const expected = (previous?.value ?? 0) + 1;
    if (item.value > expected) outline.problems.push({ at: item, kind: 'skip', previous, expected });
    else if (item.value < expected) {
      // A second list after its own label ("改进措施：" then 1. again) is a new list, not a restart;
      // below the second level, so is one after a paragraph of text.
      const newList = labelled[item.level] || (item.level >= 3 && between[item.level]);
      if (!newList) outline.problems.push({ at: item, kind: 'restart', previous, expected });
    }
    last[item.level] = item;
    labelled[item.level] = false;
    between[item.level] = false;
    for (let l = item.level + 1; l <= 4; l++) {
      last[l] = null;
      labelled[l] = false;
      between[l] = false;
    }
  }
  return outline;
}

const outlines = remembered<Outline>();

const written = (n: Numbered, value = n.value): string =>
  n.level === 1 ? `${cnNumeral(value)}、` : n.level === 2 ? `（${cnNumeral(value)}）` : n.level === 3 ? `${value}.` : `（${value}）`;

function checkOutline(ctx: Context, section: TextSectionId): void {
  const raw = ctx.report.text[section];
  const outline = outlines(raw, '', () => outlineOf(raw));
  const here = PARTS.find((p) => p.text === section);
  for (const { at, part } of outline.headings) {
    const text = { section, start: at.start, end: at.end + at.rest.length };
    const line = `“${at.label}${at.rest}”`;
    if (part.text !== section) {
      ctx.out.push({
        rule: 'S-09',
        severity: 'warning',
        cells: [],
        message: `「${SECTION_NAMES[section]}」中有一行${line}，是「${part.heading}」的标题：这部分内容应写在「${part.heading}」中，标题由导出时自动加上。`,
        text,
      });
    } else if (here && at.value !== numeralValue(here.numeral)) {
      ctx.out.push({
        rule: 'S-09',
        severity: 'warning',
        cells: [],
        message: `「${SECTION_NAMES[section]}」中的标题${line}序号有误，应为“${here.numeral}、”（统一格式的第${here.numeral}部分）。`,
        text: { section, start: at.start, end: at.end },
        fix: { label: `改为“${here.numeral}、”`, replacement: `${here.numeral}、` },
      });
    }
  }
  for (const { at, kind, previous, expected } of outline.problems) {
    const after = previous ? `“${written(previous)}”之后` : '第一项';
    ctx.out.push({
      rule: 'S-10',
      severity: 'warning',
      cells: [],
      message:
        kind === 'skip'
          ? `「${SECTION_NAMES[section]}」的编号${after}是“${at.label}”，跳过了“${written(at, expected)}”。请核对是否漏了一项或编号有误。`
          : `「${SECTION_NAMES[section]}」的编号${after}又是“${at.label}”，编号重复。请核对，下一项应为“${written(at, expected)}”。`,
      text: { section, start: at.start, end: at.end },
    });
  }
}

export function checkOutlines(ctx: Context): void {
  checkPartList(ctx);
  for (const section of TEXT_SECTIONS) if (ctx.report.text[section] !== '') checkOutline(ctx, section);
}
