// Claims in words that tables 三 and 四 decide: "所有申请均已办结" (nothing carried to next
// year), "均获维持", "无败诉", "均已结案", "无…行政复议", "未收到政府信息公开申请", and the
// outcome word 主动公开 used for what table 三 calls 予以公开 (T3-08, T3-09, T4-03). Read once
// per text; only the comparison with the tables runs on every change.

import type { CellKey, TextSectionId } from '../../formats';
import type { Context } from '../context';
import { reviewGroups, reviewName, type Figure, type Read } from './figures';
import { readSection } from './quoted';
import { countsSomethingElse, outOfScope, topicAt } from './scope';
import type { TextSpan } from '../types';
import { endOf, lastAtOrBefore, place, quote, rawSpan, remembered, startOf } from './text';

const ALL_DONE = /(?:均|全部|都)([^，,。；;！？\d\n]{0,12}?)(?:办结|答复|回复|办理完成|办理完毕|处理完毕|完成办理|办理完|结案|审结|完结)/g;
const ALL_UPHELD = /(?:均|全部|都)(?:被|获|获得|予以|得到)?(维持|胜诉)/g;
/** "无败诉", "未被纠错", "未出现行政复议纠错". */
const NONE_LOST = /(?:无|未|没有|零)(?:出现|发生|有)?(?:(?:行政)?(?:复议|诉讼)(?:案件)?)?(败诉|被纠错|被纠正|纠错)|未被[^，,。；;\n]{0,10}?(?:纠错|纠正|撤销|确认违法)/g;
const NONE_REVIEWED = /(?:无|未(?!经)|没有)([^，,。；;！？\n]{0,16}?)(行政复议|行政诉讼)/g;
const OUTCOME_AFTER = /^(?:案件)?(?:被|中|的?结果|败诉|纠)/;
/**
 * "未收到政府信息公开申请", also as reports word it: "未接收到依申请公开", "未收到申请公开事项",
 * "未收到申请公开政府信息的申请". 依申请公开 counts only as the thing received (then a stop,
 * 申请, 事项 or 件), never "依申请公开工作的投诉".
 */
const NONE_RECEIVED =
  /(?:未|没有|无)(?:收到|受理|接到|接收到?)[^，,。；;\n]{0,10}?(?:政府信息公开申请|信息公开申请|依申请公开(?:申请|事项|件)?(?![\u4e00-\u9fff])|申请公开(?:政府信息的?申请|事项))/g;
const ACTIVE_AS_OUTCOME = /主动公开(?=\d+件)/g;
/** "无结转下年度的申请", "没有结转至下一年度办理的", "无跨年度办理": nothing carried to next year (四). */
const NONE_CARRIED = /(?:无|没有|未有|不存在)(?:需要?)?(?:结转(?:至|到)?下一?年度?|转入下一?年度?|跨年度?办理)/g;
/** "无上年结转申请": nothing carried from last year (二). */
const NONE_CARRIED_IN = /(?:无|没有|未有)上一?年度?结转/g;
/** "无结转": either of them — certain only when both rows have some. */
const NONE_CARRIED_EITHER = /(?:无|没有|未有)结转(?![至到下])/g;
const OUTCOME_CONTEXT = /办理结果|办结|答复|部分公开|不予公开|无法提供|不予处理/;
/** "除1件外，其余均已办结": a part, not the whole. */
const PART_ONLY = /除|其余|剩余|其他|以外|之外/;
const NEGATED = /未|没|不|尚/;

type Kind =
  | 'allDone'
  | 'allPending'
  | 'allUpheld'
  | 'allWon'
  | 'noneCorrected'
  | 'noneReviewed'
  | 'noneReceived'
  | 'noneCarried'
  | 'noneCarriedIn'
  | 'noneCarriedEither'
  | 'activeAsOutcome';

interface Claim {
  kind: Kind;
  /** The words quoted, in the view's flat text; for activeAsOutcome, the word 主动公开 is start … start + 4. */
  start: number;
  end: number;
  /** Table 四 groups the claim is about (RV, LD, LR). */
  groups: string[];
  /** The words may speak of a part, not the whole ("对收到的申请均按时办结"): a 请核对 note at most. */
  unsure?: boolean;
}

/** The table's cells that must all be 0 for the claim to hold. */
function mustBeZero(claim: Claim): CellKey[] {
  const cells = (...columns: string[]) => claim.groups.flatMap((g) => columns.map((c) => `review.${g}.${c}`));
  switch (claim.kind) {
    case 'allDone':
    case 'noneCarried':
      return ['apply.R4.TOT'];
    case 'noneCarriedIn':
      return ['apply.R2.TOT'];
    case 'noneCarriedEither':
      return ['apply.R2.TOT', 'apply.R4.TOT'];
    case 'noneReceived':
      return ['apply.R1.TOT'];
    case 'allPending':
      return cells('PENDING');
    case 'allUpheld':
      return cells('CORRECTED', 'OTHER', 'PENDING');
    case 'allWon':
      return cells('CORRECTED', 'PENDING');
    case 'noneCorrected':
      return cells('CORRECTED');
    case 'noneReviewed':
      return cells('TOTAL');
    case 'activeAsOutcome':
      return [];
  }
}

/** @param n the table's count, "2" or, with blanks beside it, "至少 2" */
function says(claim: Claim, n: string): string {
  const g = reviewName(claim.groups);
  const is = n.startsWith('至少') ? n.replace('至少', '至少有') : `为 ${n}`;
  const count = n.replace(/^至少 /, '至少');
  switch (claim.kind) {
    case 'allDone':
      return `表三“结转下年度继续办理”${is} 件，并非全部办结。`;
    case 'noneReceived':
      return `表三“本年新收”${is} 件。`;
    case 'noneCarried':
      return `表三“结转下年度继续办理”${is} 件。`;
    case 'noneCarriedIn':
      return `表三“上年结转”${is} 件。`;
    case 'allPending':
      return `表四${g}“尚未审结”${count} 件。`;
    case 'allUpheld':
    case 'allWon':
      return `表四${g}有结果纠正、其他结果或尚未审结的案件共${count === n ? ' ' : ''}${count} 件。`;
    case 'noneCorrected':
      return `表四${g}“结果纠正”${count} 件。`;
    default:
      return `表四的${g}共${count === n ? ' ' : ''}${count} 件。`;
  }
}

export function checkClaims(ctx: Context, section: TextSectionId): void {
  const read = readSection(ctx, section);
  const { view } = read;
  for (const claim of claimsOf(read, ctx.report.year, ctx.report.organization.trim())) {
    if (claim.kind === 'activeAsOutcome') {
      ctx.out.push({
        rule: 'T3-09',
        severity: 'warning',
        cells: [],
        message: `${place(view, section, claim.start)}的“${quote(view, claim.start, claim.end)}”不是表三的办理结果分类；依申请办理的应称“予以公开”。`,
        text: { section, ...rawSpan(view, claim.start, claim.start + 4) },
        fix: { label: '改为“予以公开”', replacement: '予以公开' },
      });
      continue;
    }
    const said = `${place(view, section, claim.start)}写“${quote(view, claim.start, claim.end)}”`;
    const text = { section, ...rawSpan(view, claim.start, claim.end) };
    const rule = TABLE_THREE_CLAIMS.has(claim.kind) ? 'T3-08' : 'T4-03';
    if (claim.kind === 'noneCarriedEither') {
      checkEitherCarry(ctx, said, text);
      continue;
    }
    const cells = mustBeZero(claim);
    // Certain once the table has cases whatever its blanks hold (blanks are unknowns ≥ 0).
    const range = ctx.range(cells);
    if (cells.length === 0 || range.lo === 0) continue;
    const n = range.lo === range.hi ? String(range.lo) : `至少 ${range.lo}`;
    ctx.out.push(
      claim.unsure
        ? { rule, severity: 'info', cells, message: `${said}，${says(claim, n).replace(/。$/, '')}。请核对这句话是否说的是全部申请。`, text }
        : { rule, severity: 'warning', cells, message: `${said}，${says(claim, n)}`, text },
    );
  }
}

const TABLE_THREE_CLAIMS: ReadonlySet<Kind> = new Set(['allDone', 'noneReceived', 'noneCarried', 'noneCarriedIn', 'noneCarriedEither']);

/** "无结转": wrong whichever row it means when both have some; otherwise it depends on which (请核对). */
function checkEitherCarry(ctx: Context, said: string, text: TextSpan): void {
  const [carriedIn, carriedOn] = [ctx.range(['apply.R2.TOT']).lo, ctx.range(['apply.R4.TOT']).lo];
  if (carriedIn === 0 && carriedOn === 0) return;
  const facts = `表三“上年结转”${carriedIn} 件、“结转下年度继续办理”${carriedOn} 件`;
  ctx.out.push(
    carriedIn > 0 && carriedOn > 0
      ? { rule: 'T3-08', severity: 'warning', cells: ['apply.R2.TOT', 'apply.R4.TOT'], message: `${said}，${facts}。`, text }
      : { rule: 'T3-08', severity: 'info', cells: ['apply.R2.TOT', 'apply.R4.TOT'], message: `${said}，${facts}，请核对指的是哪一项。`, text },
  );
}

const memory = remembered<Claim[]>();

function claimsOf(read: Read, year: number, organization: string): Claim[] {
  return memory(read.view.raw, `${read.topics.section}|${year}|${organization}`, () => findClaims(read, year, organization));
}

function findClaims(read: Read, year: number, organization: string): Claim[] {
  const { view, topics, figures } = read;
  const { flat } = view;
  const claims: Claim[] = [];
  const sentenceTo = (at: number) => flat.slice(startOf(flat, at), at);
  /** The clause before a claim: another body, another year, another kind of request? */
  const inScope = (at: number) => {
    const clause = flat.slice(startOf(flat, at, true), at);
    return !outOfScope(clause, clause, year, organization) && !countsSomethingElse(sentenceTo(at));
  };
  const topic = (at: number) => topicAt(topics, at);

  for (const m of flat.matchAll(ALL_DONE)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (NEGATED.test(m[1]) || PART_ONLY.test(sentenceTo(at))) continue;
    if (topic(at) === 'apply' && inScope(at)) {
      const start = wholeYearClaim(flat, at, figures);
      if (start !== null) claims.push({ kind: 'allDone', start, end, groups: [] });
      // No count before it in the sentence to say what it speaks of: asked about, never asserted.
      else if (!figures.some((f) => f.end <= at && f.start >= startOf(flat, at))) claims.push({ kind: 'allDone', start: at, end, groups: [], unsure: true });
    } else if (topic(at) === 'review' && inScope(at)) {
      const groups = reviewGroups(flat.slice(startOf(flat, at), end));
      if (groups.length > 0) claims.push({ kind: 'allPending', start: at, end, groups });
    }
  }
  for (const m of flat.matchAll(ALL_UPHELD)) {
    const at = m.index!;
    if (topic(at) !== 'review' || !inScope(at) || PART_ONLY.test(sentenceTo(at))) continue;
    const won = m[1] === '胜诉';
    const groups = won ? ['LD', 'LR'] : reviewGroups(sentenceTo(at));
    if (groups.length > 0) claims.push({ kind: won ? 'allWon' : 'allUpheld', start: at, end: at + m[0].length, groups });
  }
  for (const m of flat.matchAll(NONE_LOST)) {
    const at = m.index!;
    const end = at + m[0].length;
    // "未出现行政复议纠错" names its own subject, whatever the sentence spoke of before.
    if ((topic(at) !== 'review' && reviewGroups(m[0]).length === 0) || !inScope(at)) continue;
    const groups = m[1] === '败诉' ? ['LD', 'LR'] : reviewGroups(flat.slice(startOf(flat, at), end));
    if (groups.length > 0) claims.push({ kind: 'noneCorrected', start: at, end, groups });
  }
  for (const m of flat.matchAll(NONE_REVIEWED)) {
    const at = m.index!;
    // "无行政复议被纠错", "未发生行政诉讼败诉": the outcome is denied, not the case.
    if (/纠|败诉|维持|撤销|结果/.test(m[1]) || OUTCOME_AFTER.test(flat.slice(at + m[0].length, at + m[0].length + 6)) || !inScope(at)) continue;
    claims.push({ kind: 'noneReviewed', start: at, end: at + m[0].length, groups: m[2] === '行政复议' ? ['RV'] : ['LD', 'LR'] });
  }
  for (const [re, kind] of [
    [NONE_CARRIED, 'noneCarried'],
    [NONE_CARRIED_IN, 'noneCarriedIn'],
    [NONE_CARRIED_EITHER, 'noneCarriedEither'],
  ] as const) {
    for (const m of flat.matchAll(re)) {
      const at = m.index!;
      if (topic(at) === 'apply' && inScope(at) && !PART_ONLY.test(sentenceTo(at))) claims.push({ kind, start: at, end: at + m[0].length, groups: [] });
    }
  }
  for (const m of flat.matchAll(NONE_RECEIVED)) {
    if (inScope(m.index!)) claims.push({ kind: 'noneReceived', start: m.index!, end: m.index! + m[0].length, groups: [] });
  }
  const byNumber = new Map(figures.map((f) => [f.numberStart, f]));
  for (const m of flat.matchAll(ACTIVE_AS_OUTCOME)) {
    const at = m.index!;
    const figure = byNumber.get(at + m[0].length);
    if (!figure || topic(at) !== 'apply' || (figure.outside && figure.outside !== 'breakdown')) continue;
    const sentence = flat.slice(startOf(flat, at), endOf(flat, at));
    if (OUTCOME_CONTEXT.test(sentence)) claims.push({ kind: 'activeAsOutcome', start: at, end: figure.end, groups: [] });
  }
  return claims;
}

const COUNTS_RECEIVED = new Set(['new', 'received', 'receivedWithCarried']);
const APPLICANTS = /自然人|法人|企业|机构|组织/;

/**
 * Where a "均已办结" speaks of the whole year's applications: after "所有申请…", or right after
 * the year's count of applications, or after its split by applicant that follows that count
 * ("收到申请75件，涉及自然人72件、商业企业3件，均…"). null when it speaks of a part
 * ("上年结转2件，均已办结", "其中网上申请5件，均已办结").
 */
function wholeYearClaim(flat: string, at: number, figures: Figure[]): number | null {
  const clauseStart = startOf(flat, at, true);
  const all = /(?:所有|全部|一切)[^，,。；;\n]{0,12}?申请/.exec(flat.slice(clauseStart, at));
  if (all) return clauseStart + all.index;
  const sentenceStart = startOf(flat, at);
  // The sentence's figures before the claim (figures are in text order; binary search: long texts).
  const before: Figure[] = [];
  for (let i = lastAtOrBefore(figures.length, at, (j) => figures[j].end); i >= 0 && figures[i].start >= sentenceStart; i--) before.push(figures[i]);
  before.reverse();
  const isCount = (f: Figure) => COUNTS_RECEIVED.has(f.measure!) && !f.outside;
  // Passed over: the split by applicant, and the carried-over ones listed after the year's count
  // ("收到申请141件，上年结转7件，均已办结" speaks of both; "其中上年结转7件均已办结" of a part).
  let last = before.length - 1;
  const listed = (f: Figure) => (f.outside === 'breakdown' && APPLICANTS.test(f.label)) || (f.measure === 'carried' && !f.outside && !f.label.startsWith('其中'));
  while (last > 0 && listed(before[last])) last--;
  return last >= 0 && isCount(before[last]) ? at : null;
}
