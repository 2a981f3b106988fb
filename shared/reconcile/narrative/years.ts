// TXT-01: last year's year left in this year's text — staff start from last year's report.
// Certain (a warning with the fix) where the year says when this report's work happened: the
// statistical period, or a sentence that opens with it ("2023年，我局…"). Never where a year
// is right to name last year: titles 《》 and quotes, document numbers 〔2023〕, comparisons
// (较2023年), carry-overs (2023年度结转), periods (自2019年以来, 2023—2025年), last year's
// accounts and results (2023年度决算). Elsewhere, at most a "请核对" without a fix.

import type { TextSectionId } from '../../formats';
import type { Context } from '../context';
import { SENTENCE_REACH, STATISTICAL_PERIOD, endOf, lastAtOrBefore, place, quote, rawSpan, remembered, startOf, viewOfText, type View } from './text';

const YEAR = /(?<!\d)(\d{4})年/g;
const ENCLOSERS: readonly (readonly [string, string])[] = [['《', '》'], ['〈', '〉'], ['<', '>'], ['〔', '〕'], ['［', '］'], ['[', ']'], ['【', '】'], ['“', '”']];
const COMPARED_BEFORE = /(?:比|较|与|同|相比|对比|相较|同比|环比|超过|高于|低于|多于|少于|持平于?|比较)$/;
/** After "2023年": the words that make it a comparison, a period, a carry-over, a document number or a date stamp. */
const AFTER_LEGIT = /^度?(?:同期|相比|比较|相较|以来|至今|底|末|起|结转|遗留|[-－—–~～至到]\d{4})|^\d{1,2}月(?:\d{1,2}日)?(?:以来|起(?!至))|^第?\d+号|^\d{1,2}月\d{1,2}日[（(]?星期/;
const RANGE_BEFORE = /\d{4}年?[-－—–~～至到]$/;
/** Last year's accounts and results are published or cited in this year's report. */
const LAST_YEARS_THINGS = /决算|考核|评估|评议|测评|结果|统计公报|总结|排名|获评|荣获|表彰|审计/;
/**
 * Past the preamble (which speaks of this report), last year's annual report is one of those
 * things: "按时发布2023年度政府信息公开工作年度报告", "2023年度报告中指出的问题".
 */
const LAST_YEARS_ANNUAL_REPORT = /年度?报告|年报/;
/** Part 五 answers for the problems last year's report named. */
const LAST_YEARS_REPORT = /报告|问题|整改/;
/** A sentence or clause that opens with the year says when the work happened: "2023年，我局…". */
const OPENS = /^度?(?:[，,、]|全年|以来|上半年|下半年|我|全|本|共|各|在|是|[市区县镇乡]级?)/;
const COMPARISON_IN_SENTENCE = /今年|本年|同比|较|增长|下降|增加|减少|相比/;
/**
 * A numbered heading that runs into its first sentence when a page is flattened
 * ("(一)主动公开政府信息的数量2024年制作、获取…"): the year still opens the sentence.
 */
const RUN_IN_HEADING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[^，,。；;：:\d]{0,24}$/;
/** After an opening year, the words of the year's own work: "2024年制作、获取政府信息…". */
const WORK = /^度?(?:制作|获取|制发|收到|受理|接收|新收|办理|办结|答复|主动公开|公开|发布|累计|共)/;

interface Stale {
  start: number;
  /** certain: a fix is offered; likely: a warning to check, no fix; otherwise a "请核对" note. */
  certain: boolean;
  likely?: boolean;
}

function staleYears(view: View, year: number, section: TextSectionId): Stale[] {
  const { flat } = view;
  const found: Stale[] = [];
  for (const m of flat.matchAll(YEAR)) {
    if (Number(m[1]) !== year - 1) continue;
    const at = m.index!;
    const after = flat.slice(at + 5, at + 17);
    const before = flat.slice(Math.max(0, at - 6), at);
    // The paragraph before the year (within a sentence's reach), for titles and quotes still open.
    const paragraphStart = view.paragraphs[Math.max(0, lastAtOrBefore(view.paragraphs.length, at, (i) => view.paragraphs[i]))];
    const paragraph = flat.slice(Math.max(paragraphStart, at - SENTENCE_REACH), at);
    if (ENCLOSERS.some(([open, close]) => paragraph.lastIndexOf(open) > paragraph.lastIndexOf(close))) continue;
    if (COMPARED_BEFORE.test(before) || AFTER_LEGIT.test(after) || RANGE_BEFORE.test(before)) continue;
    const sentenceStart = startOf(flat, at);
    const sentence = flat.slice(sentenceStart, endOf(flat, at));
    if (STATISTICAL_PERIOD.test(sentence)) {
      found.push({ start: at, certain: true });
      continue;
    }
    const clause = flat.slice(at, at + 40).split(/[，,。；;\n]/)[0];
    if (LAST_YEARS_THINGS.test(clause) || (section === 'problems' && LAST_YEARS_REPORT.test(clause))) continue;
    if (section !== 'preamble' && LAST_YEARS_ANNUAL_REPORT.test(clause)) continue;
    const clauseStart = startOf(flat, at, true);
    const compared = COMPARISON_IN_SENTENCE.test(sentence.slice(at - sentenceStart + 5));
    const opens = clauseStart === at && OPENS.test(after);
    // Likely, not certain: the year opens the sentence with the year's own work, and the
    // sentence names no other year to set it against.
    const runsIn = clauseStart === at || RUN_IN_HEADING.test(flat.slice(clauseStart, at));
    const likely = runsIn && WORK.test(after) && !compared && !sentence.includes(`${year}年`);
    found.push({ start: at, certain: opens && !compared, likely });
  }
  return found;
}

const memory = remembered<Stale[]>();

export function checkStaleYears(ctx: Context, section: TextSectionId): void {
  const text = ctx.report.text[section];
  if (!text) return;
  const view = viewOfText(text);
  const year = ctx.report.year;
  for (const { start, certain, likely } of memory(text, `${section}|${year}`, () => staleYears(view, year, section))) {
    const span = rawSpan(view, start, start + 4);
    const context = quote(view, start, Math.min(endOf(view.flat, start, true), start + 16));
    // The words around the year, to find it by: a few before it in its clause, its clause after it
    // (its sentence when the clause is the year alone, "2024年，我局…").
    const clauseEnd = endOf(view.flat, start, true);
    let from = Math.max(startOf(view.flat, start, true), start - 8);
    let to = Math.min(clauseEnd - start <= 5 ? endOf(view.flat, start) : clauseEnd, start + 16);
    // Never cutting a figure in two ("4年1月1日").
    while (from > 0 && /\d/.test(view.flat[from]) && /\d/.test(view.flat[from - 1])) from--;
    while (to < view.flat.length && /\d/.test(view.flat[to - 1]) && /\d/.test(view.flat[to])) to++;
    const around = quote(view, from, to);
    ctx.out.push(
      certain
        ? {
            rule: 'TXT-01',
            severity: 'warning',
            cells: [],
            message: `${place(view, section, start)}“${around}”中的“${year - 1}年”可能是上年报告留下的年份，本报告为 ${year} 年度。`,
            text: { section, ...span },
            fix: { label: `改为“${year}年”`, replacement: String(year) },
          }
        : {
            rule: 'TXT-01',
            severity: likely ? 'warning' : 'info',
            cells: [],
            message: `${place(view, section, start)}“${context}”提到 ${year - 1} 年，请核对是否为上年报告留下的年份（本报告为 ${year} 年度）。`,
            text: { section, ...span },
          },
    );
  }
}
