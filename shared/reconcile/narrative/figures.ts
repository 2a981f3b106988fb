// The figures a text quotes ("收到政府信息公开申请93件", "予以公开及部分公开258件", "行政复议2件")
// and what each one counts, read once per text. A figure counts something in tables 三 or 四
// only when its own words say so; the rest of the sentence decides only whether it is about
// this body's applications in the report year (scope.ts).

import type { TextSectionId } from '../../formats';
import { applyGrammar } from './grammar';
import { countsSomethingElse, outOfScope, topicAt, topicsOf, type Topic, type Topics } from './scope';
import { endOf, remembered, startOf, viewOfText, type View } from './text';

/** What a figure counts, by the words before it (or, for a few, right after it). */
export type Measure =
  /** 新收: 一、本年新收 */
  | 'new'
  /** 收到、受理: 本年新收, though some count the carried-over ones too */
  | 'received'
  /** (含上年结转): 一 + 二 */
  | 'receivedWithCarried'
  | 'carried'
  /** 办结: （七）总计 */
  | 'concluded'
  /** 答复: （七）总计, in looser words */
  | 'replied'
  /** 办理、处理: （七）总计, or 一 + 二 */
  | 'handled'
  /** 结转下年度: 四 */
  | 'pending'
  /** 予以公开、部分公开 … : the named rows of 三, summed */
  | 'outcomes'
  /** 行政复议 / 行政诉讼: the groups of table 四, summed */
  | 'review';

export interface Figure {
  value: number;
  /** Positions in the view's flat text: the label's start, the number, and the end after 件. */
  start: number;
  numberStart: number;
  numberEnd: number;
  end: number;
  label: string;
  measure: Measure | null;
  /** For outcomes: R3_1 … R3_6; for review: RV, LD, LR. */
  parts: string[];
  /** The words name exactly one figure of the table: a correction can be offered. */
  exact: boolean;
  /** Why the figure is not this body's count for the report year (null: it is). */
  outside: string | null;
  topic: Topic | null;
  /** "，占总办结数的86%" right after the figure. */
  share?: Percentage & { basis: string };
  /**
   * "不予公开等其他类型66件": the outcome categories the figure may also cover — those the
   * sentence has not named before it (grammar.ts). The figure is its parts plus any of these.
   */
  others?: string[];
  /** "合计15件" after a list: the figures it adds up; their values must add up to it too. */
  totalOf?: Figure[];
}

/** A percentage in the text: its words (start … end) and the number in them. */
export interface Percentage {
  percent: string;
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
}

/** The outcome rows by their names and the usual synonyms (区分处理 is （二）'s own wording). */
const OUTCOME_TERMS: readonly (readonly [string, RegExp])[] = [
  // "其中公开答复1件" is （一）; "依申请公开答复1453件" is every reply.
  ['R3_1', /(?<!不)(?:予以公开|同意公开|全部公开|准予公开)|(?<!申请|不予?|部分|予以)公开答复/],
  ['R3_2', /部分公开|区分处理/],
  ['R3_3', /不予以?公开|不同意公开/],
  ['R3_4', /无法提供/],
  ['R3_5', /不予处理/],
  ['R3_6', /其他处理/],
];
const PENDING = /结转(?:至|到)?下一?年度?|转(?:入|至|到)?下一?年度?|下一?年度?继续办理|(?:尚在|正在|仍在)办理|未办结|跨年度?办理/;
const CARRIED = /上一?年度?结转|结转上一?年度?|上一?年度?遗留|\d{4}年度?结转/;
/** "受理申请（含上年结转）148件": the count includes the carried-over ones. */
const INCLUDING_CARRIED = /(?:含|包括|包含)上一?年度?结转[^\d]{0,6}[）)]/;
const FLOW = /新收|收到|受理|接收|接到|办结|办理完毕|办理完成|处理完毕|答复|回复|收办|办理|处理/g;
const FLOW_MEASURE: Record<string, Measure> = {
  新收: 'new',
  收到: 'received',
  受理: 'received',
  接收: 'received',
  接到: 'received',
  办结: 'concluded',
  办理完毕: 'concluded',
  办理完成: 'concluded',
  处理完毕: 'concluded',
  答复: 'replied',
  回复: 'replied',
  收办: 'handled',
  办理: 'handled',
  处理: 'handled',
};
const REVIEW_WORDS = /行政复议|复议/;
const LAWSUIT_WORDS = /行政诉讼|诉讼|起诉/;
/** Where the subject of the label ends: its first counted or counting word. */
const SUBJECT_END = /新收|收到|受理|接收|接到|办结|答复|回复|办理|处理|结转|公开|提供|复议|诉讼|起诉|申请|政府信息/;
/** "另有1件结转下年度继续办理", "有1件涉及政府信息公开工作的行政复议": the words after the figure. */
const PENDING_AFTER = /^[^，,。；;：:\d]{0,6}?(?:结转下一?年度?|转(?:入|至|到)?下一?年度?|下一?年度?继续办理)/;
const APPLICATIONS_AFTER = /^的?(?:政府信息公开|信息公开|依申请公开|政府信息)?申请(?!人)/;
const REVIEW_AFTER = /^[^，,。；;：:\d]{0,20}?(行政复议|行政诉讼)/;
const CARRIED_INCLUDED_AFTER = /^[（(](?:其中)?(?:含|包括|包含)上一?年度?结转/;
/** "属于国家秘密不予公开1件", "行政复议结果维持3件": one row or column of a category, not its total. */
const OUTCOME_REASONS = /国家秘密|禁止公开|三安全一稳定|第三方合法权益|内部事务|过程性|行政执法案卷|行政查询|不掌握|没有现成|另行制作|补正|不明确|信访|重复申请|公开出版物|大量反复|重新出具|逾期|缴纳费用|收费通知/;
const REVIEW_RESULTS = /维持|纠正|纠错|其他结果|审结|撤销|败诉|胜诉|驳回|撤诉|调解|终止|确认违法/;

interface Classified {
  measure: Measure | null;
  parts: string[];
  exact: boolean;
}

const DIRECT_SUIT = /未经(?:行政)?复议(?:直接)?(?:提起)?(?:行政)?(?:诉讼|起诉)?/g;
const SUIT_AFTER_REVIEW = /复议后(?:提起)?(?:行政)?(?:诉讼|起诉)/g;

/** The groups of table 四 that words speak of: 行政复议 RV, 未经复议直接起诉 LD, 复议后起诉 LR. */
export function reviewGroups(words: string): string[] {
  const groups = new Set<string>();
  const taken = (group: string) => () => {
    groups.add(group);
    return '';
  };
  const rest = words.replace(DIRECT_SUIT, taken('LD')).replace(SUIT_AFTER_REVIEW, taken('LR'));
  if (REVIEW_WORDS.test(rest)) groups.add('RV');
  if (LAWSUIT_WORDS.test(rest)) ['LD', 'LR'].forEach((g) => groups.add(g));
  return ['RV', 'LD', 'LR'].filter((g) => groups.has(g));
}

/** How a message names those groups. */
export function reviewName(groups: readonly string[]): string {
  const key = groups.join('+');
  const names: Record<string, string> = { RV: '行政复议', LD: '未经复议直接起诉的行政诉讼', LR: '复议后起诉的行政诉讼', 'LD+LR': '行政诉讼' };
  return names[key] ?? '行政复议和行政诉讼';
}

/** "行政复议2件", "被提起行政诉讼案件共4件": the word right before the figure names its total. */
const NAMES_REVIEW_TOTAL = /(?:行政复议|行政诉讼)(?:案件)?共?$/;

/** Years named as such: "结转至2025年" in a 2024 report is 结转下年度, "结转至2024年" is 上年结转. */
function yearsNamed(label: string, year: number): string {
  if (!/\d{4}年/.test(label)) return label;
  return label.replace(new RegExp(`(?:${year + 1})年度?`, 'g'), '下年度').replace(new RegExp(`(结转|转)(至|到|入)${year}年度?`, 'g'), '上年度$1');
}

/** The outcome categories words name (R3_1 … R3_6), in the table's order. */
export const outcomeCategories = (words: string): string[] => OUTCOME_TERMS.filter(([, re]) => re.test(words)).map(([row]) => row);

function classify(label: string, after: string): Classified {
  const groups = reviewGroups(label);
  if (groups.length > 0) {
    return { measure: 'review', parts: groups, exact: NAMES_REVIEW_TOTAL.test(label) && (groups.length === 1 || groups.join() === 'LD,LR') };
  }
  if (PENDING.test(label)) return { measure: 'pending', parts: [], exact: true };
  if (INCLUDING_CARRIED.test(label)) return { measure: 'receivedWithCarried', parts: [], exact: true };
  if (CARRIED.test(label)) return { measure: 'carried', parts: [], exact: true };
  const outcomes = outcomeCategories(label);
  if (outcomes.length > 0) return { measure: 'outcomes', parts: outcomes, exact: true };
  let last: string | undefined;
  for (const m of label.matchAll(FLOW)) last = m[0];
  if (last) {
    const measure = CARRIED_INCLUDED_AFTER.test(after) && FLOW_MEASURE[last] === 'received' ? 'receivedWithCarried' : FLOW_MEASURE[last];
    return { measure, parts: [], exact: measure === 'new' || measure === 'concluded' };
  }
  if (PENDING_AFTER.test(after)) return { measure: 'pending', parts: [], exact: true };
  const review = REVIEW_AFTER.exec(after);
  if (review) return { measure: 'review', parts: reviewGroups(review[1]), exact: false };
  return { measure: null, parts: [], exact: false };
}

/**
 * A count: 件, or 起 and 宗 as cases are also counted ("行政复议36起"), or 条 where the words name
 * applications ("共收到政府信息公开申请3条"; otherwise 条 counts items of information).
 */
const FIGURE = /(?<![\d.．第])(\d+)(件|起|宗|条)/g;
const LIST_MARKS = '、，,；;：:（(';
const SHARE = /[，,]?约?(?:占|占比|比例为?)([^，,。；;！？\n]{0,12}?)(\d+(?:\.\d+)?)[%％]/y;
/** 办结率 (not 按期答复率: the tables do not say what was on time). */
const RATE = /(?<!按期|按时|及时|逾期)(?:办结|答复)率(?:为|达到?|是)?(\d+(?:\.\d+)?)[%％]/g;

function percentage(start: number, end: number, words: string, percent: string): Percentage {
  const numberStart = start + words.lastIndexOf(percent);
  return { percent, start, end, numberStart, numberEnd: numberStart + percent.length };
}

function readFigures(view: View, topics: Topics, year: number, organization: string): Figure[] {
  const { flat } = view;
  const figures: Figure[] = [];
  let previousEnd = 0;
  for (const m of flat.matchAll(FIGURE)) {
    const numberStart = m.index!;
    const numberEnd = numberStart + m[1].length;
    const end = numberEnd + 1;
    // The figure's own words: back to the clause's start or the figure before it (after its "、").
    let start = Math.max(startOf(flat, numberStart, true), previousEnd);
    while (start < numberStart && LIST_MARKS.includes(flat[start])) start++;
    previousEnd = end;
    const label = flat.slice(start, numberStart);
    if (m[2] === '条' && !label.includes('申请')) continue;
    const after = flat.slice(end, endOf(flat, end, true));
    const { measure, parts, exact } = classify(yearsNamed(label, year), after);
    SHARE.lastIndex = end;
    const share = SHARE.exec(flat);
    const subjectEnd = label.search(SUBJECT_END);
    const subject = subjectEnd < 0 ? label : label.slice(0, subjectEnd);
    figures.push({
      value: Number(m[1]),
      start,
      numberStart,
      numberEnd,
      end,
      label,
      measure,
      parts,
      exact,
      outside:
        (measure === 'outcomes' && OUTCOME_REASONS.test(label)) || (measure === 'review' && REVIEW_RESULTS.test(label))
          ? 'one row of a category'
          : countsSomethingElse(flat.slice(startOf(flat, numberStart), numberStart))
            ? 'another count'
            : outOfScope(label + (measure === 'review' && !reviewGroups(label).length ? after : ''), subject, year, organization),
      // "办理312件政府信息公开申请": the figure's own words name what it counts, whatever the paragraph spoke of.
      topic: measure === 'review' ? 'review' : APPLICATIONS_AFTER.test(after) ? 'apply' : topicAt(topics, numberStart),
      ...(share ? { share: { ...percentage(end, end + share[0].length, share[0], share[2]), basis: share[1] } } : {}),
    });
  }
  applyGrammar(flat, figures, outcomeCategories, reviewGroups);
  return figures;
}

/** 办结率 in sentences about this body's applications in the report year. */
function readRates(view: View, topics: Topics, year: number, organization: string): Percentage[] {
  const { flat } = view;
  const rates: Percentage[] = [];
  for (const m of flat.matchAll(RATE)) {
    const at = m.index!;
    const clause = flat.slice(startOf(flat, at, true), at);
    if (topicAt(topics, at) !== 'apply' || outOfScope(clause, clause, year, organization)) continue;
    rates.push(percentage(at, at + m[0].length, m[0], m[1]));
  }
  return rates;
}

export interface Read {
  view: View;
  topics: Topics;
  figures: Figure[];
  rates: Percentage[];
}

const memory = remembered<Read>();

/** The section's text as the checks read it, what it is about where, and its figures. */
export function figuresOf(text: string, section: TextSectionId, year: number, organization: string): Read {
  return memory(text, `${section}|${year}|${organization}`, () => {
    const view = viewOfText(text);
    const topics = topicsOf(view, section);
    return { view, topics, figures: readFigures(view, topics, year, organization), rates: readRates(view, topics, year, organization) };
  });
}
