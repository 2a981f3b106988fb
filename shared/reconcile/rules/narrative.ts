// Narrative checks with the exact place in the text (spec T3-08, T3-09, T4-03, S-04, S-07, and
// our TXT-01 stale years, TXT-02 text copied from last year), each with a fix where one is
// obvious. Staff start from last year's text: these are where its mistakes hide.

import { PARTS, type CellKey, type TextSectionId } from '../../formats';
import { TEXT_SECTIONS } from '../../report';
import type { Context } from '../context';
import type { Finding } from '../types';

const SECTION_NAMES: Record<TextSectionId, string> = {
  preamble: '前言',
  ...(Object.fromEntries(PARTS.map((p) => [p.text, p.heading])) as Record<Exclude<TextSectionId, 'preamble'>, string>),
};

/** 「一、总体情况」第 3 段第 12 字 */
function place(text: string, section: TextSectionId, at: number): string {
  const before = text.slice(0, at).split('\n');
  return `「${SECTION_NAMES[section]}」第 ${before.length} 段第 ${before[before.length - 1].length + 1} 字`;
}

/**
 * Scans of a text by a pattern, remembered per text: the same strings come back on every
 * keystroke in a table (the report is new, its text is not), so each is scanned once.
 */
const scans = new Map<RegExp, Map<string, RegExpMatchArray[]>>();
const REMEMBERED = 64;

function matches(re: RegExp, text: string): RegExpMatchArray[] {
  let byText = scans.get(re);
  if (!byText) scans.set(re, (byText = new Map()));
  let found = byText.get(text);
  if (!found) {
    if (byText.size >= REMEMBERED) byText.clear();
    found = [...text.matchAll(re)];
    byText.set(text, found);
  }
  return found;
}

function push(ctx: Context, f: Omit<Finding, 'cells' | 'severity'> & Partial<Pick<Finding, 'cells' | 'severity'>>): void {
  ctx.out.push({ severity: 'warning', cells: [], ...f });
}

// ---- TXT-01: a year from last year's report left in this year's text ----

/**
 * Comparisons with last year are right to name it: "较2020年", "与2020年相比", "2020年同期".
 * "自2020年1月1日起至…" and "截至2020年底" are not comparisons: in next year's report they are stale.
 */
const COMPARISON_BEFORE = /(比|较|与|同|相比|对比)\s*$/;
const COMPARISON_AFTER = /^\s*年?(同期|相比|比较|相较|以来|底|末)/;

const YEARS = /(\d{4})(\s*年)/g;

function checkStaleYears(ctx: Context): void {
  const stale = ctx.report.year - 1;
  for (const section of TEXT_SECTIONS) {
    const text = ctx.report.text[section];
    for (const m of matches(YEARS, text)) {
      if (Number(m[1]) !== stale) continue;
      const start = m.index!;
      if (COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || COMPARISON_AFTER.test(text.slice(start + 4, start + 10))) continue;
      push(ctx, {
        rule: 'TXT-01',
        message: `${place(text, section, start)}的“${stale}年”可能是上年报告留下的年份，本报告为 ${ctx.report.year} 年度。`,
        text: { section, start, end: start + 4 },
        fix: { label: `改为“${ctx.report.year}年”`, replacement: String(ctx.report.year) },
      });
    }
  }
}

// ---- T3-08, T3-09, T4-03: figures quoted in the text against the tables ----

const NOT_DIGIT_OR_STOP = '[^，,。；;：:！!？?\\d\\n]';

interface Claim {
  pattern: RegExp;
  what: string;
  keys: CellKey[];
}

const sumOf = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `apply.${prefix}_${i + 1}.TOT`);

function buildClaims(edition: '2019' | '2021'): Claim[] {
  const other = edition === '2019' ? ['apply.R3_6.TOT'] : sumOf('R3_6', 3);
  const g = (s: string) => new RegExp(s, 'g');
  return [
    { pattern: g(`(?:收到|新收|受理)${NOT_DIGIT_OR_STOP}{0,14}?申请(?:共)?(\\d+)\\s*件`), what: '本年新收申请', keys: ['apply.R1.TOT'] },
    { pattern: g(`(?:上年结转|结转上年)${NOT_DIGIT_OR_STOP}{0,14}?(\\d+)\\s*件`), what: '上年结转', keys: ['apply.R2.TOT'] },
    { pattern: g(`(?:办结|答复)${NOT_DIGIT_OR_STOP}{0,14}?(\\d+)\\s*件`), what: '办结', keys: ['apply.R3_7.TOT'] },
    { pattern: g(`(\\d+)\\s*件${NOT_DIGIT_OR_STOP}{0,4}?结转下年度`), what: '结转下年度继续办理', keys: ['apply.R4.TOT'] },
    { pattern: g(`结转下年度${NOT_DIGIT_OR_STOP}{0,8}?(\\d+)\\s*件`), what: '结转下年度继续办理', keys: ['apply.R4.TOT'] },
    { pattern: g(`予以公开${NOT_DIGIT_OR_STOP}{0,4}?(\\d+)\\s*件`), what: '予以公开', keys: ['apply.R3_1.TOT'] },
    { pattern: g(`部分公开${NOT_DIGIT_OR_STOP}{0,4}?(\\d+)\\s*件`), what: '部分公开', keys: ['apply.R3_2.TOT'] },
    { pattern: g(`不予公开${NOT_DIGIT_OR_STOP}{0,4}?(\\d+)\\s*件`), what: '不予公开', keys: sumOf('R3_3', 8) },
    { pattern: g(`无法提供${NOT_DIGIT_OR_STOP}{0,4}?(\\d+)\\s*件`), what: '无法提供', keys: sumOf('R3_4', 3) },
    { pattern: g(`不予处理${NOT_DIGIT_OR_STOP}{0,4}?(\\d+)\\s*件`), what: '不予处理', keys: sumOf('R3_5', 5) },
    { pattern: g(`其他处理${NOT_DIGIT_OR_STOP}{0,4}?(\\d+)\\s*件`), what: '其他处理', keys: other },
  ];
}

const CLAIMS = { '2019': buildClaims('2019'), '2021': buildClaims('2021') };
const OUTCOME_WORDS = /(主动公开|同意公开|全部公开)(\d+)\s*件/g;
const REVIEW_CLAIMS = (['行政复议', '行政诉讼'] as const).map((word) => ({
  word,
  none: new RegExp(`(?:无|未|没有)${NOT_DIGIT_OR_STOP}{0,16}?${word}`, 'g'),
  count: new RegExp(`${word}${NOT_DIGIT_OR_STOP}{0,2}?(\\d+)\\s*件`, 'g'),
}));

const REVIEW = ['review.RV.TOTAL'];
const LAWSUITS = ['review.LD.TOTAL', 'review.LR.TOTAL'];

function checkQuotedFigures(ctx: Context): void {
  const total = (keys: CellKey[]) => keys.reduce((s, k) => s + ctx.n(k), 0);
  for (const section of TEXT_SECTIONS) {
    const text = ctx.report.text[section];
    if (!/\d\s*件/.test(text)) continue;
    for (const claim of CLAIMS[ctx.edition.id]) {
      for (const m of matches(claim.pattern, text)) {
        const quoted = Number(m[1]);
        const actual = total(claim.keys);
        if (quoted === actual) continue;
        const start = m.index! + m[0].indexOf(m[1]);
        push(ctx, {
          rule: 'T3-08',
          cells: claim.keys,
          message: `${place(text, section, start)}写“${claim.what}${quoted}件”，表三为 ${actual} 件。`,
          text: { section, start, end: start + m[1].length },
          fix: { label: `改为 ${actual}`, replacement: String(actual) },
        });
      }
    }
    // T3-09: outcome words that are not the table's categories, e.g. "主动公开80件" for 予以公开.
    for (const m of matches(OUTCOME_WORDS, text)) {
      const sentence = text.slice(text.lastIndexOf('。', m.index!) + 1, m.index!);
      if (!/申请|办理结果|办结/.test(sentence)) continue;
      push(ctx, {
        rule: 'T3-09',
        message: `${place(text, section, m.index!)}的“${m[1]}${m[2]}件”不是表三的办理结果分类；依申请办理的应称“予以公开”。`,
        text: { section, start: m.index!, end: m.index! + m[1].length },
        fix: { label: '改为“予以公开”', replacement: '予以公开' },
      });
    }
    checkReviewClaims(ctx, section, text, total(REVIEW), total(LAWSUITS));
  }
}

/** T4-03: "无…行政复议" while table 四 has some (or the reverse: a count that differs). */
function checkReviewClaims(ctx: Context, section: TextSectionId, text: string, reviews: number, lawsuits: number): void {
  for (const { word, none, count } of REVIEW_CLAIMS) {
    const [actual, keys] = word === '行政复议' ? [reviews, REVIEW] : [lawsuits, LAWSUITS];
    for (const m of matches(none, text)) {
      if (actual === 0) continue;
      push(ctx, {
        rule: 'T4-03',
        cells: [...keys],
        message: `${place(text, section, m.index!)}说没有${word}，表四的${word}共 ${actual} 件。`,
        text: { section, start: m.index!, end: m.index! + m[0].length },
      });
    }
    for (const m of matches(count, text)) {
      if (Number(m[1]) === actual) continue;
      const start = m.index! + m[0].indexOf(m[1]);
      push(ctx, {
        rule: 'T4-03',
        cells: [...keys],
        message: `${place(text, section, start)}写${word}${m[1]}件，表四为 ${actual} 件。`,
        text: { section, start, end: start + m[1].length },
        fix: { label: `改为 ${actual}`, replacement: String(actual) },
      });
    }
  }
}

// ---- S-04, S-07: what a report must say ----

function checkRequiredStatements(ctx: Context): void {
  const { report } = ctx;
  if (ctx.edition.id === '2021' && !/信息处理费|收费通知/.test(report.text.other) && report.fees.noticeCount === null) {
    push(ctx, {
      rule: 'S-04',
      message: '第六部分没有报告信息处理费的收取情况。请填写发出收费通知的件数和金额、实际收取的金额（没有的填 0）。',
      text: { section: 'other', start: 0, end: 0 },
    });
  }
  if (/人民政府$/.test(report.organization.trim())) {
    const missing = [['工作考核', /考核/], ['社会评议', /评议/], ['责任追究', /责任追究|问责/]].filter(([, re]) => !(re as RegExp).test(report.text.overview)).map(([w]) => w);
    if (missing.length > 0) {
      push(ctx, {
        rule: 'S-07',
        message: `人民政府的报告应在总体情况中写明工作考核、社会评议和责任追究结果情况（条例第五十条第四项），未见：${missing.join('、')}。`,
        text: { section: 'overview', start: 0, end: 0 },
      });
    }
  }
}

// ---- TXT-02: parts 一 and 五 copied unchanged from last year ----

/** Share of the text, by characters, found word for word in last year's same part. */
export const COPIED_SHARE_LIMIT = 0.5;
const MIN_SENTENCE = 8;

function checkCopiedText(ctx: Context): void {
  const prior = ctx.prior;
  if (!prior) return;
  for (const section of ['overview', 'problems'] as const) {
    const text = ctx.report.text[section];
    const before = new Set(sentences(prior.report.text[section]).map((s) => s.text));
    const mine = sentences(text).filter((s) => s.text.length >= MIN_SENTENCE);
    const copied = mine.filter((s) => before.has(s.text));
    const size = mine.reduce((n, s) => n + s.text.length, 0);
    const share = size === 0 ? 0 : copied.reduce((n, s) => n + s.text.length, 0) / size;
    if (share < COPIED_SHARE_LIMIT) continue;
    push(ctx, {
      rule: 'TXT-02',
      message: `「${SECTION_NAMES[section]}」有 ${Math.round(share * 100)}% 的文字（${copied.length} 句）与 ${prior.report.year} 年度报告完全相同，评议时会被视为内容雷同。请按本年实际情况重写。`,
      text: { section, start: copied[0].start, end: copied[0].start + copied[0].text.length },
    });
  }
}

const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of matches(SENTENCE, text)) {
    const trimmed = m[0].trim();
    if (trimmed) out.push({ text: trimmed, start: m.index! + m[0].indexOf(trimmed) });
  }
  return out;
}

export function checkNarrative(ctx: Context): void {
  checkStaleYears(ctx);
  checkQuotedFigures(ctx);
  checkRequiredStatements(ctx);
  checkCopiedText(ctx);
}
