// T3-08, T3-09 and the counts of T4-03: each figure of the text that counts something in
// tables 三 or 四 against that figure, with percentages computed from them. A correction is
// offered only when the words name exactly one figure of the table; where the words allow two
// readings (收到 = 新收, or 新收 + 结转) and the text matches the other, an info "请核对".

import { cellKey, type CellKey, type EditionId, type TextSectionId } from '../../formats';
import type { Context, Range } from '../context';
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

/** The sums an open figure may also be ("不予公开等其他类型"): its categories with any of the others. */
function openReadings(f: Figure, edition: EditionId): CellKey[][] {
  const others = f.others ?? [];
  const readings: CellKey[][] = [];
  for (let mask = 1; mask < 1 << others.length; mask++) {
    const chosen = others.filter((_, i) => mask & (1 << i));
    readings.push([...f.parts, ...chosen].flatMap((p) => OUTCOME_ROWS[edition][p]));
  }
  return readings;
}

const exactly = (r: Range) => r.lo === r.hi;
/** "为 15 件", "至少为 15 件（…）": what the table allows, for a message. */
const allowed = (r: Range) => (exactly(r) ? `为 ${r.lo} 件` : r.hi === Infinity ? `至少为 ${r.lo} 件（表中还有空白或存疑的单元格，按最少计）` : `为 ${r.lo} 至 ${r.hi} 件`);

export function checkQuotedFigures(ctx: Context, section: TextSectionId): void {
  const read = readSection(ctx, section);
  const { view, figures } = read;
  for (const f of figures.filter(isCounted)) {
    const reading = readingOf(f, ctx.edition.id);
    const main = ctx.range(reading.keys);
    // A 合计 that is not its own list's sum is said so; its items are each compared with the table.
    if (f.totalOf && !checkListTotal(ctx, section, view, f)) continue;
    if (!exactly(main) || f.value !== main.lo) judge(ctx, section, view, f, reading, main);
    checkShare(ctx, section, view, f, main);
  }
  checkRates(ctx, section, read);
}

/**
 * A figure the table's reading does not give: said only when no reading the words allow can hold
 * it whatever the table's blanks hold — a contradiction that holds regardless is still certain.
 */
function judge(ctx: Context, section: TextSectionId, view: View, f: Figure, reading: Reading, main: Range): void {
  const rule = f.measure === 'review' ? 'T4-03' : 'T3-08';
  const said = `${place(view, section, f.start)}写“${quote(view, f.start, f.end)}”`;
  const text = { section, ...rawSpan(view, f.numberStart, f.numberEnd) };
  const warn = (message: string, fix?: Finding['fix']) => ctx.out.push({ rule, severity: 'warning', cells: reading.keys, message, text, ...(fix ? { fix } : {}) });
  const { alt } = reading;
  const altRange = alt ? ctx.range(alt.keys) : null;
  if (alt && altRange && exactly(altRange) && f.value === altRange.lo) {
    if (alt.agrees) return;
    const [r1, r2] = [ctx.n('apply.R1.TOT'), ctx.n('apply.R2.TOT')];
    ctx.out.push({ rule, severity: 'info', cells: alt.keys, message: `${said}，是表三“本年新收”${r1} 件与“上年结转”${r2} 件之和。请核对：如指本年新收的申请，应为 ${r1} 件。`, text });
    return;
  }
  const open = openReadings(f, ctx.edition.id).map((keys) => ctx.range(keys));
  const readings = [main, ...open, ...(alt && altRange && alt.agrees ? [altRange] : [])];
  if (readings.some((r) => r.lo <= f.value && f.value <= r.hi)) return;
  if (open.length > 0) {
    const rest = f.others!.map((p) => `“${OUTCOME_NAMES[p]}”`).join('、');
    warn(`${said}，${reading.what}${allowed(main)}，加上${rest}中的任何几类也不是 ${f.value} 件，请核对。`);
    return;
  }
  if (f.measure === 'received') {
    const r2 = ctx.range(R2);
    const also = exactly(main) && exactly(r2) && r2.lo > 0 ? `（加“上年结转”${r2.lo} 件为 ${main.lo + r2.lo} 件）` : '';
    warn(`${said}，${reading.what}${allowed(main)}${also}，请核对。`);
    return;
  }
  if (f.exact && exactly(main)) warn(`${said}，${reading.what}为 ${main.lo} 件。`, { label: `改为 ${main.lo}`, replacement: String(main.lo) });
  else warn(`${said}，${reading.what}${allowed(main)}，请核对。`);
}

/**
 * "予以公开10件、部分公开5件，合计16件": the total of a list must be the list's sum, whatever the
 * table says. True when it is.
 */
function checkListTotal(ctx: Context, section: TextSectionId, view: View, f: Figure): boolean {
  const listed = f.totalOf!;
  const added = listed.reduce((s, g) => s + g.value, 0);
  if (added === f.value) return true;
  ctx.out.push({
    rule: f.measure === 'review' ? 'T4-03' : 'T3-08',
    severity: 'warning',
    cells: [],
    message: `${place(view, section, f.start)}写“${quote(view, listed[0].start, f.end)}”，所列各数相加为 ${listed.map((g) => g.value).join(' + ')} = ${added} 件，与合计不符。`,
    text: { section, ...rawSpan(view, f.numberStart, f.numberEnd) },
  });
  return false;
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

/** Whether some count the range allows makes the percentage of `whole` (blanks being unknowns). */
function somewhereIn(percent: string, range: Range, whole: number): boolean {
  if (whole === 0) return false;
  const near = (Number(percent) * whole) / 100;
  for (let c = Math.max(0, Math.floor(near) - 1); c <= Math.ceil(near) + 1; c++) if (c >= range.lo && c <= range.hi && agrees(percent, c, whole)) return true;
  return false;
}

/**
 * A share is checked against the figure before it (as written, or as the table allows) and its
 * base, when the table gives the base exactly (a printed total counts).
 */
function checkShare(ctx: Context, section: TextSectionId, view: View, f: Figure, actual: Range): void {
  const share = f.share;
  if (!share || f.measure === 'review') return;
  const bases = /办结|答复|办理/.test(share.basis) ? [R3_7] : /收到|受理|新收|申请/.test(share.basis) ? [R1, R1_R2] : [R3_7, R1, R1_R2];
  const known = bases.map((keys) => ({ keys, whole: ctx.range(keys) })).filter((b) => exactly(b.whole));
  if (known.length === 0 || known.some(({ whole }) => agrees(share.percent, f.value, whole.lo) || somewhereIn(share.percent, actual, whole.lo))) return;
  const { keys, whole } = known[0];
  const computed = exactly(actual) ? `按表三计算为 ${actual.lo} ÷ ${whole.lo}${ratio(actual.lo, whole.lo)}` : `按表三至少为 ${actual.lo} ÷ ${whole.lo}${ratio(actual.lo, whole.lo)}（表中还有空白或存疑的单元格）`;
  ctx.out.push({
    rule: 'T3-08',
    severity: 'warning',
    cells: [...keys],
    message: `${place(view, section, share.start)}写“${quote(view, f.start, share.end)}”，${computed}，请核对。`,
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
