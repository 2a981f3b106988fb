// T3-08, T3-09 and the counts of T4-03: each figure of the text that counts something in
// tables 三 or 四 against that figure, with percentages computed from them. A correction is
// offered only when the words name exactly one figure of the table; where the words allow two
// readings (收到 = 新收, or 新收 + 结转) and the text matches the other, an info "请核对".

import { cellKey, type CellKey, type EditionId, type TextSectionId } from '../../formats';
import type { Context } from '../context';
import type { Finding } from '../types';
import { figuresOf, reviewName, type Figure, type Read } from './figures';
import { place, quote, rawSpan, type View } from './text';

const R1 = ['apply.R1.TOT'];
const R2 = ['apply.R2.TOT'];
const R1_R2 = [...R1, ...R2];
const R3_7 = ['apply.R3_7.TOT'];
const R4 = ['apply.R4.TOT'];

const OUTCOME_ROWS: Record<EditionId, Record<string, string[]>> = {
  '2019': rowsFor('2019'),
  '2021': rowsFor('2021'),
};
function rowsFor(edition: EditionId): Record<string, string[]> {
  const sub = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => cellKey('apply', `${prefix}_${i + 1}`, 'TOT'));
  return {
    R3_1: ['apply.R3_1.TOT'],
    R3_2: ['apply.R3_2.TOT'],
    R3_3: sub('R3_3', 8),
    R3_4: sub('R3_4', 3),
    R3_5: sub('R3_5', 5),
    R3_6: edition === '2019' ? ['apply.R3_6.TOT'] : sub('R3_6', 3),
  };
}
const OUTCOME_NAMES: Record<string, string> = { R3_1: '予以公开', R3_2: '部分公开', R3_3: '不予公开', R3_4: '无法提供', R3_5: '不予处理', R3_6: '其他处理' };
const REVIEW_KEYS: Record<string, string> = { RV: 'review.RV.TOTAL', LD: 'review.LD.TOTAL', LR: 'review.LR.TOTAL' };

interface Reading {
  keys: CellKey[];
  /**
   * The other reading the words allow: for 收到/受理 (新收 + 上年结转), a figure that matches
   * only it is a "请核对"; for 办理 (every application handled), it simply agrees.
   */
  alt?: { keys: CellKey[]; agrees: boolean };
  /** How the message names the table's figure. */
  what: string;
}

const SEVENTH = '表三办理结果“（七）总计”';

function readingOf(f: Figure, edition: EditionId): Reading {
  switch (f.measure!) {
    case 'new':
      return { keys: R1, what: '表三“本年新收”' };
    case 'received':
      return { keys: R1, alt: { keys: R1_R2, agrees: false }, what: '表三“本年新收”' };
    case 'receivedWithCarried':
      return { keys: R1_R2, what: '表三“本年新收”与“上年结转”之和' };
    case 'carried':
      return { keys: R2, what: '表三“上年结转”' };
    case 'concluded':
    case 'replied':
      return { keys: R3_7, what: SEVENTH };
    case 'handled':
      return { keys: R3_7, alt: { keys: R1_R2, agrees: true }, what: SEVENTH };
    case 'pending':
      return { keys: R4, what: '表三“结转下年度继续办理”' };
    case 'outcomes':
      return {
        keys: f.parts.flatMap((p) => OUTCOME_ROWS[edition][p]),
        what: `表三${f.parts.map((p) => `“${OUTCOME_NAMES[p]}”`).join('与')}${f.parts.length > 1 ? '之和' : ''}`,
      };
    case 'review':
      return { keys: f.parts.map((p) => REVIEW_KEYS[p]), what: `表四${reviewName(f.parts)}` };
  }
}

const sum = (ctx: Context, keys: readonly CellKey[]) => keys.reduce((s, k) => s + ctx.n(k), 0);

/** A section as the narrative checks read it (remembered per text). */
export function readSection(ctx: Context, section: TextSectionId): Read {
  return figuresOf(ctx.report.text[section], section, ctx.report.year, ctx.report.organization.trim());
}

/** A figure the tables decide: it counts something in them, for this body and this year. */
const isCounted = (f: Figure): boolean => f.measure !== null && !f.outside && f.topic === (f.measure === 'review' ? 'review' : 'apply');

export function checkQuotedFigures(ctx: Context, section: TextSectionId): void {
  const read = readSection(ctx, section);
  const { view, figures } = read;
  for (const f of figures.filter(isCounted)) {
    const reading = readingOf(f, ctx.edition.id);
    if (!ctx.settled(reading.keys)) continue;
    const actual = sum(ctx, reading.keys);
    if (f.value !== actual) judge(ctx, section, view, f, reading, actual);
    checkShare(ctx, section, view, f, actual);
  }
  checkRates(ctx, section, read);
}

function judge(ctx: Context, section: TextSectionId, view: View, f: Figure, reading: Reading, actual: number): void {
  const rule = f.measure === 'review' ? 'T4-03' : 'T3-08';
  const said = `${place(view, section, f.start)}写“${quote(view, f.start, f.end)}”`;
  const text = { section, ...rawSpan(view, f.numberStart, f.numberEnd) };
  const warn = (message: string, fix?: Finding['fix']) => ctx.out.push({ rule, severity: 'warning', cells: reading.keys, message, text, ...(fix ? { fix } : {}) });
  const { alt } = reading;
  if (alt && ctx.settled(alt.keys) && f.value === sum(ctx, alt.keys)) {
    if (alt.agrees) return;
    const [r1, r2] = [ctx.n('apply.R1.TOT'), ctx.n('apply.R2.TOT')];
    ctx.out.push({ rule, severity: 'info', cells: alt.keys, message: `${said}，是表三“本年新收”${r1} 件与“上年结转”${r2} 件之和。请核对：如指本年新收的申请，应为 ${r1} 件。`, text });
    return;
  }
  if (f.measure === 'received') {
    const r2 = ctx.n('apply.R2.TOT');
    const also = r2 > 0 && ctx.settled(R2) ? `（加“上年结转”${r2} 件为 ${actual + r2} 件）` : '';
    warn(`${said}，${reading.what}为 ${actual} 件${also}，请核对。`);
    return;
  }
  if (f.exact) warn(`${said}，${reading.what}为 ${actual} 件。`, { label: `改为 ${actual}`, replacement: String(actual) });
  else warn(`${said}，${reading.what}为 ${actual} 件，请核对。`);
}

// ---- Percentages: "占总办结数的86%", "办结率100%" ----

/** The percentage of `part` in `whole` rounded, or cut off, to the places the text gives. */
function agrees(percent: string, part: number, whole: number): boolean {
  if (whole === 0) return false;
  const scale = 10 ** (percent.split('.')[1]?.length ?? 0);
  const exact = ((part * 100) / whole) * scale;
  const given = Math.round(Number(percent) * scale);
  // The small allowance keeps 1/3 = 33.333… from falling just below 33.33 in floating point.
  return Math.round(exact) === given || Math.floor(exact + 1e-9) === given;
}

const ratio = (part: number, whole: number) => (whole === 0 ? '' : ` = ${((part / whole) * 100).toFixed(1)}%`);

/** A share is checked against the figure before it (as written, or as the table has it) and its base. */
function checkShare(ctx: Context, section: TextSectionId, view: View, f: Figure, actual: number): void {
  const share = f.share;
  if (!share || f.measure === 'review') return;
  const bases = /办结|答复|办理/.test(share.basis) ? [R3_7] : /收到|受理|新收|申请/.test(share.basis) ? [R1, R1_R2] : [R3_7, R1, R1_R2];
  const settled = bases.filter((b) => ctx.settled(b));
  if (settled.length === 0 || settled.some((b) => agrees(share.percent, f.value, sum(ctx, b)) || agrees(share.percent, actual, sum(ctx, b)))) return;
  const whole = sum(ctx, settled[0]);
  ctx.out.push({
    rule: 'T3-08',
    severity: 'warning',
    cells: [...settled[0]],
    message: `${place(view, section, share.start)}写“${quote(view, f.start, share.end)}”，按表三计算为 ${actual} ÷ ${whole}${ratio(actual, whole)}，请核对。`,
    text: { section, ...rawSpan(view, share.numberStart, share.numberEnd) },
  });
}

/** 办结率 = （七）总计 ÷（本年新收 + 上年结转）. */
function checkRates(ctx: Context, section: TextSectionId, { view, rates }: Read): void {
  if (rates.length === 0 || !ctx.settled([...R3_7, ...R1_R2])) return;
  const [done, all] = [sum(ctx, R3_7), sum(ctx, R1_R2)];
  for (const rate of rates) {
    if (agrees(rate.percent, done, all)) continue;
    ctx.out.push({
      rule: 'T3-08',
      severity: 'warning',
      cells: [...R3_7, ...R1_R2],
      message: `${place(view, section, rate.start)}写“${quote(view, rate.start, rate.end)}”，按表三为办结 ${done} 件 ÷（本年新收与上年结转）${all} 件${ratio(done, all)}，请核对。`,
      text: { section, ...rawSpan(view, rate.numberStart, rate.numberEnd) },
    });
  }
}
