// TXT-02: text repeated from last year's report (条例第四十七条 lists 雷同 reports among those to
// be corrected; assessors deduct at "重复率大于50%"). Each part and the whole report are compared
// with the whole of last year's — the remembered prior, another draft or an imported published
// report — sentence by sentence with years, figures and the organisation's names ignored
// (shared/text/similarity). A warning at 50 %, a note at 30 %; every repeated sentence marked.

import { SECTION_NAMES, type TextSectionId } from '../../formats';
import type { Report } from '../../report';
import { compare, fingerprint, namesOf, type Fingerprint, type Similarity } from '../../text/similarity';
import type { Context } from '../context';
import type { Finding, TextSpan } from '../types';

/** Shares of a text repeated from last year that assessors deduct for, and that we point out. */
export const COPIED_WARNING = 0.5;
export const COPIED_HINT = 0.3;
/** Comparable characters a part needs before its share says anything ("无。" repeats by nature). */
const PART_MIN = 40;
/** The 前言 is a formula (the 条例, the period, the contact): it counts in the whole, never alone. */
const JUDGED: readonly TextSectionId[] = ['overview', 'active', 'applications', 'review', 'problems', 'other'];
const ALL: readonly TextSectionId[] = ['preamble', ...JUDGED];

/** A part's text read for comparison, remembered per text and names (it is read on every change). */
const prints = new Map<string, Fingerprint>();
function printOf(text: string, names: readonly string[]): Fingerprint {
  const id = `${names.join('|')}\u0000${text}`;
  let found = prints.get(id);
  if (!found) {
    if (prints.size >= 64) prints.clear();
    prints.set(id, (found = fingerprint(text, names)));
  }
  return found;
}

/** Last year's whole report, read once per report object. */
const priorPrints = new WeakMap<Report, Fingerprint>();
function wholeOf(prior: Report): Fingerprint {
  let found = priorPrints.get(prior);
  if (!found) priorPrints.set(prior, (found = fingerprint(ALL.map((s) => prior.text[s]).join('\n'), namesOf(prior.organization))));
  return found;
}

/** Comparisons of this year's parts with one prior report, remembered per part's text. */
const comparisons = new WeakMap<Fingerprint, Map<Fingerprint, Similarity>>();
function compared(part: Fingerprint, prior: Fingerprint): Similarity {
  let byPart = comparisons.get(prior);
  if (!byPart) comparisons.set(prior, (byPart = new Map()));
  let found = byPart.get(part);
  if (!found) {
    if (byPart.size >= 64) byPart.clear();
    byPart.set(part, (found = compare(part, prior)));
  }
  return found;
}

/** The repeated sentences as places in a part, made once per comparison (a keystroke elsewhere reuses them). */
const placed = new WeakMap<Similarity, Map<TextSectionId, TextSpan[]>>();
function spansOf(result: Similarity, section: TextSectionId): TextSpan[] {
  let bySection = placed.get(result);
  if (!bySection) placed.set(result, (bySection = new Map()));
  let found = bySection.get(section);
  if (!found) bySection.set(section, (found = result.repeated.map((r) => ({ section, start: r.start, end: r.end }))));
  return found;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const IGNORED = '（年份、数字和机关名称不计）';

export function checkCopiedText(ctx: Context): void {
  const prior = ctx.prior?.report;
  if (!prior) return;
  const names = namesOf(ctx.report.organization);
  const whole = wholeOf(prior);
  const year = `${prior.year} 年度报告`;
  let [size, repeated] = [0, 0];
  const marks: TextSpan[] = [];
  for (const section of ALL) {
    const text = ctx.report.text[section];
    if (text === '') continue;
    const result = compared(printOf(text, names), whole);
    size += result.size;
    repeated += result.repeatedSize;
    const spans = spansOf(result, section);
    marks.push(...spans);
    if (section === 'preamble' || result.size < PART_MIN || result.ratio < COPIED_HINT) continue;
    const share = `「${SECTION_NAMES[section]}」有 ${percent(result.ratio)} 的文字（${spans.length} 句）与 ${year}相同${IGNORED}`;
    ctx.out.push(
      finding(
        result.ratio >= COPIED_WARNING
          ? `${share}，评议时会被视为内容雷同。请按本年实际情况重写。`
          : `${share}。重复率达到 50% 时评议会扣分，请核对是否需要按本年情况改写。`,
        result.ratio,
        spans,
      ),
    );
  }
  const ratio = size === 0 ? 0 : repeated / size;
  if (ratio < COPIED_HINT) return;
  const share = `全文（不含表格）有 ${percent(ratio)} 的文字（${marks.length} 句）与 ${year}相同${IGNORED}`;
  // The whole report's figure: no one part to go to, so it heads the list (前言).
  ctx.out.push(finding(ratio >= COPIED_WARNING ? `${share}，超过评议扣分的 50%。` : `${share}，评议以 50% 为扣分线，请核对。`, ratio, marks, true));
}

function finding(message: string, ratio: number, marks: TextSpan[], whole = false): Finding {
  const place = whole ? { part: 'preamble' as const } : { text: marks[0] };
  return { rule: 'TXT-02', severity: ratio >= COPIED_WARNING ? 'warning' : 'info', cells: [], message, ...place, marks };
}
