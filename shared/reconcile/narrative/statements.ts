// What the text must say (条例第五十条, spec S-01, S-04, S-07) and what evaluators look for:
// every part written (S-01), the 信息处理费 in part 六 of the 2021 edition (S-04), 考核、评议、
// 追究 for governments (S-07), the statistical period (TXT-03), and in part 五 how last
// year's problems were remedied (TXT-04). Each names the part where it is missing.

import { SECTION_NAMES, type TextSectionId } from '../../formats';
import { organizationTypeOf } from '../../report';
import type { Context } from '../context';
import type { Finding } from '../types';
import { STATISTICAL_PERIOD, holds, viewOfText } from './text';

const flats = new Map<string, string>();
/** The text without spaces and line breaks (remembered: it is read on every change). */
function flat(text: string): string {
  let found = flats.get(text);
  if (found === undefined) {
    if (flats.size >= 64) flats.clear();
    flats.set(text, (found = viewOfText(text).flat.replace(/\n/g, '')));
  }
  return found;
}
const at = (section: TextSectionId) => ({ section, start: 0, end: 0 });

/** Part 六 saying there is nothing to report. */
const NOTHING = /^(?:无|没有|暂无|无其他(?:需要报告的)?事项|无其他需要报告的事项|(?:本(?:单位|机关)|我[区市县局委办镇乡])?无(?:其他)?需要(?:报告|说明)的(?:其他)?事项)[。.]?$/;
/** A statement on 信息处理费 (国办函〔2020〕109号), however worded. */
const FEES = /信息处理费|处理费|收费通知|收费(?:情况|事项)|收取[^，。；]{0,8}费/;

function push(ctx: Context, f: Omit<Finding, 'cells'>): void {
  ctx.out.push({ cells: [], ...f });
}

export function checkStatements(ctx: Context): void {
  const { report } = ctx;
  const text = (s: TextSectionId) => flat(report.text[s]);
  for (const section of ['overview', 'problems'] as const) {
    if (text(section) === '') {
      push(ctx, { rule: 'S-01', severity: 'error', text: at(section), message: `「${SECTION_NAMES[section]}」没有内容。年度报告的六个部分都应写明（条例第五十条）。` });
    }
  }
  checkOther(ctx, text('other'));
  if (organizationTypeOf(report) === 'government' || /人民政府$/.test(report.organization.trim())) checkGovernment(ctx, text('overview'));
  if (!TEXT_SECTIONS_WITH_PERIOD.some((s) => holds(STATISTICAL_PERIOD, text(s)))) {
    push(ctx, {
      rule: 'TXT-03',
      severity: 'warning',
      text: at('preamble'),
      message: `没有写明统计期限。前言一般写“本报告中所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止”。`,
    });
  }
  checkRemedies(ctx, text('problems'));
}

const TEXT_SECTIONS_WITH_PERIOD: readonly TextSectionId[] = ['preamble', 'overview', 'other'];

/** The signature some reports put under part 六 ("无。某某局2025年1月27日"): a body's name and a date. */
const SIGNATURE = /(?:[^。，,；;：:\d]{2,30}?(?:局|委员会|委|办公室|办|院|政府|中心|办事处|厅|站|所|队)\d{4}年\d{1,2}月\d{1,2}日(?:印发)?)+$/;

/** S-01 and S-04 for part 六: 2021 edition reports owe the 信息处理费 statement, so "无" is not enough. */
function checkOther(ctx: Context, signed: string): void {
  const { report } = ctx;
  // Only the end is read for a signature (a long text gives the pattern nothing to chew on).
  const cut = Math.max(0, signed.length - 120);
  const other = signed.slice(0, cut) + signed.slice(cut).replace(SIGNATURE, '') || signed;
  // Filled fee fields are a statement of their own: the export writes it into part 六.
  const feeFields = ctx.edition.id === '2021' && report.fees.noticeCount !== null;
  const feesOwed = ctx.edition.id === '2021' && !feeFields && !holds(FEES, other);
  if ((other === '' && !feeFields) || (feesOwed && holds(NOTHING, other))) {
    push(ctx, {
      rule: 'S-01',
      severity: 'error',
      text: at('other'),
      message: feesOwed
        ? '「六、其他需要报告的事项」应报告信息处理费的收取情况（2021 年版格式），不能空着或只写“无”。请填写发出收费通知的件数和金额、实际收取的金额（没有的填 0）。'
        : '「六、其他需要报告的事项」没有内容。没有需要报告的事项的，请写“无”。',
    });
    return;
  }
  if (feesOwed) {
    push(ctx, {
      rule: 'S-04',
      severity: 'warning',
      text: at('other'),
      message: '第六部分没有报告信息处理费的收取情况。请填写发出收费通知的件数和金额、实际收取的金额（没有的填 0）。',
    });
  }
}

const GOVERNMENT_ITEMS: readonly (readonly [string, RegExp])[] = [
  ['工作考核', /考核/],
  ['社会评议', /评议/],
  ['责任追究', /责任追究|追究|问责/],
];

function checkGovernment(ctx: Context, overview: string): void {
  const missing = GOVERNMENT_ITEMS.filter(([, re]) => !holds(re, overview)).map(([w]) => w);
  if (missing.length === 0) return;
  push(ctx, {
    rule: 'S-07',
    severity: 'warning',
    text: at('overview'),
    message: `人民政府的报告应在总体情况中写明工作考核、社会评议和责任追究结果情况（条例第五十条第四项），未见：${missing.join('、')}。`,
  });
}

const remedies = new Map<number, RegExp>();

/** Words on how last year's problems were remedied, for a report year. */
function remediesOf(year: number): RegExp {
  let re = remedies.get(year);
  if (!re) {
    const lastYear = `(?:上一?年度?|去年|前一年|往年|以往|上次|上轮|${year - 1}年度?)`;
    re = new RegExp(
      `${lastYear}[^。；;]{0,30}?(?:问题|不足|短板|整改|改进)|(?:问题|不足|短板)[^。；;]{0,30}?(?:已|均已|全部|基本)经?(?:得到)?(?:整改|解决|改进|落实)|整改(?:情况|落实|到位|完成|成效)|已经?(?:全部|基本)?(?:完成)?整改`,
    );
    remedies.set(year, re);
  }
  return re;
}

/** TXT-04: evaluators ask how the problems named in last year's report were remedied. */
function checkRemedies(ctx: Context, problems: string): void {
  if (problems === '' || holds(remediesOf(ctx.report.year), problems)) return;
  push(ctx, {
    rule: 'TXT-04',
    severity: 'warning',
    text: at('problems'),
    message: '「五、存在的主要问题及改进情况」没有说明上年度报告所提问题的整改情况，评议时通常会检查这一项。',
  });
}
