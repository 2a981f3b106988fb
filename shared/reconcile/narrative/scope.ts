// What a figure in the text is about. A figure is compared with a table only when the text is
// about what that table counts — this body's 政府信息公开申请 (table 三) or its 行政复议 and
// 行政诉讼 (table 四) in the report year — never 留言、信件、工单、热线, a named unit's share,
// last year's or several years' figures, a change or an average (issue "Checks a clerk can trust").

import type { TextSectionId } from '../../formats';
import { HEADING_LENGTH, HEADING_START, lastAtOrBefore, type View } from './text';

export type Topic = 'apply' | 'review' | 'other';

/**
 * Words that say what the text is about from there on, to the end of the paragraph or the next
 * such word. "信访举报投诉类申请" is table 三's own row label, so it comes before 信访 and 投诉.
 */
const MARKERS =
  /(信访举报投诉类申请|依申请|信息公开申请|公开申请|申请公开|申请人)|(行政复议|行政诉讼|复议|诉讼|起诉|应诉)|(留言|来信|信件|信箱|邮件|工单|热线|来电|咨询|投诉|举报|求助|建议|提案|(?<!复)议案|诉求|问政|信访|网民|12345)/g;

/** A part's own subject, when the text has not named one yet. */
const SECTION_TOPIC: Partial<Record<TextSectionId, Topic>> = { applications: 'apply', review: 'review' };

export interface Topics {
  /** Positions in `flat` where the topic changes, and the topic from there on. */
  marks: { at: number; topic: Topic }[];
  /**
   * Per paragraph, the topic its sub-heading gives it ("（二）依申请公开" over "全年共收到申请
   * 312件"): the paragraphs under a heading are about what it names, until the next heading.
   */
  underHeading: (Topic | null)[];
  section: TextSectionId;
  view: View;
}

export function topicsOf(view: View, section: TextSectionId): Topics {
  const marks: Topics['marks'] = [];
  for (const m of view.flat.matchAll(MARKERS)) {
    marks.push({ at: m.index! + m[0].length, topic: m[1] ? 'apply' : m[2] ? 'review' : 'other' });
  }
  const { flat, paragraphs } = view;
  const underHeading: (Topic | null)[] = [];
  let heading: Topic | null = null;
  paragraphs.forEach((start, i) => {
    const text = flat.slice(start, paragraphs[i + 1] ?? flat.length).replace(/\n$/, '');
    if (HEADING_START.test(text) && text.length <= HEADING_LENGTH) {
      const inside = [...text.matchAll(MARKERS)].pop();
      heading = inside ? (inside[1] ? 'apply' : inside[2] ? 'review' : 'other') : null;
    }
    underHeading.push(heading);
  });
  return { marks, underHeading, section, view };
}

/** The topic of the text at `at`: the last marker before it in the same paragraph. */
export function topicAt(topics: Topics, at: number): Topic | null {
  const { paragraphs } = topics.view;
  const paragraph = Math.max(0, lastAtOrBefore(paragraphs.length, at, (i) => paragraphs[i]));
  const { marks } = topics;
  const last = lastAtOrBefore(marks.length, at, (i) => marks[i].at);
  const found = last >= 0 && marks[last].at > paragraphs[paragraph] ? marks[last].topic : null;
  return found ?? topics.underHeading[paragraph] ?? SECTION_TOPIC[topics.section] ?? null;
}

// ---- Is a figure's label about this body, this year, the count itself? ----

/** Requests that are not 政府信息公开申请, named in the figure's own clause. */
const OTHER_REQUESTS = /留言|来信|信件|信箱|邮件|工单|热线|来电|咨询|投诉|举报|求助|建议|提案|(?<!复)议案|诉求|问政|网民|12345|许可|审批|事项|办件/;
/** Changes, averages, several years: not a count of the report year. */
const NOT_A_COUNT = /增加|减少|增长|下降|上升|多出|同比|环比|比上年|较上年|平均|日均|月均|人均|以来|历年|年来|近\d+年|多年|累计至今/;
/** Channels and applicants split a count the table does not split that way (except by column). */
const BREAKDOWN = /互联网|网上|网络|在线|当面|现场|信函|邮寄|传真|电子邮件|自然人|法人|企业|科研机构|社会公益组织|法律服务机构/;
/** "公民、法人和其他组织": every applicant named, not a split by applicant. */
const ALL_APPLICANTS = /(?:公民|自然人)、?法人(?:和|或者?|及|以及)?其他组织/g;
/** "通过邮寄、网络提交的各类政府信息公开申请共计8件": the channels describe the whole, not a part. */
const WHOLE = /各类|共计|合计|总计/;
const LAST_YEAR = /上一?年|去年|前一年|上年度/;
const CARRY = /结转|遗留/;
/** "结转至2025年6件" in a 2024 report: next year named by its number. */
const CARRY_ON = /结转|转入|转至|转到/;
/**
 * Counts that are not the tables' though they name applications or cases: a register kept of
 * them ("全年备案…行政复议案件134件"), or the body acting as the reviewing organ ("作为复议机关，
 * 全年收到行政复议申请120件") — table 四 counts the cases this body answers for.
 */
const NOT_THE_TABLES = /备案|作为[^。；;\n]{0,12}复议(?:机关|机构)|(?:受理|收到|接收|接到|办理)[^，,。；;\n]{0,8}复议申请/;

/** The sentence before a figure or claim speaks of a register or of the reviewing organ's own cases. */
export const countsSomethingElse = (sentence: string): boolean => NOT_THE_TABLES.test(sentence);

/** Bodies named in the subject of a sentence ("区政府办公室受理…", "各部门共受理…"). */
const BODY = /(?:人民政府|政府|办公室|办公厅|办事处|部门|委员会|局|委|厅|镇|乡|街道|街|中心|单位)$/;
/** "我局", "本机关", "全区": the reporting body itself, or all of it. */
const SELF = /^(?:我|本|全)(?:区|市|县|镇|乡|局|委|办|厅|单位|部门|机关|中心|街道|省|州|旗|盟|系统|政府)$/;
const TOKEN_BREAKS = /\d{4}年度?|\d+|[、，,（）()“”《》〈〉]|及|和|与|暨|以及|其中|共计?|累计|全年|当年|今年|本年度?|有|在|对|向|被|由|经|将|已|均|为/;

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** True when the subject names a unit other than the reporting body: its share, not the report's. */
function namesAnotherBody(subject: string, organization: string): boolean {
  for (const token of subject.split(TOKEN_BREAKS)) {
    if (!token) continue;
    if (token.endsWith('本级')) return true;
    if (!BODY.test(token) || SELF.test(token)) continue;
    if (!isSubsequence(token, organization)) return true;
  }
  return false;
}

/**
 * Why a figure's label puts it outside the tables: another topic, another body, another year,
 * a change or a breakdown. null when the figure is this body's count for the report year.
 * @param subject the label up to its first counted word (收到、办结…), where a body is named
 */
export function outOfScope(label: string, subject: string, year: number, organization: string): string | null {
  // 信访举报投诉类申请 is table 三's own row; 依申请公开事项 are the applications themselves.
  if (OTHER_REQUESTS.test(label.replace(/信访举报投诉类申请|(?:依申请公开|申请公开)事项/g, ''))) return 'another kind of request';
  if (NOT_A_COUNT.test(label)) return 'not a count';
  if (BREAKDOWN.test(label.replace(ALL_APPLICANTS, '')) && !(WHOLE.test(label) && !label.includes('其中'))) return 'breakdown';
  for (const m of label.matchAll(/(\d{4})年/g)) {
    const y = Number(m[1]);
    if (y !== year && !(y === year - 1 && CARRY.test(label)) && !(y === year + 1 && CARRY_ON.test(label))) return 'another year';
  }
  if (LAST_YEAR.test(label) && !CARRY.test(label)) return 'last year';
  if (namesAnotherBody(subject, organization)) return 'another body';
  return null;
}
