// T3-08, T3-09 and the counts of T4-03: each figure of the text that counts something in
// tables 三 or 四 against that figure, with percentages computed from them. A correction is
// offered only when the words name exactly one figure of the table; where the words allow two
// readings (收到 = 新收, or 新收 + 结转) and the text matches the other, an info "请核对".

import { cellKey, type CellKey, type EditionId, type TextSectionId } from '../../formats';
import type { Context } from '../context';
import { figuresOf, reviewName, type Figure, type Measure, type Read } from './figures';
import { outOfScope, topicAt, type Topics } from './scope';
import { place, quote, rawSpan, startOf, type View } from './text';

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
  /** The other reading of the words, if any. */
  alt?: CellKey[];
  /** How the message names the table's figure. */
  what: string;
}

function readingOf(f: Figure, edition: EditionId): Reading | null {
  const by: Record<Measure, () => Reading> = {
    new: () => ({ keys: R1, what: '表三“本年新收”' }),
    received: () => ({ keys: R1, alt: R1_R2, what: '表三“本年新收”' }),
    receivedWithCarried: () => ({ keys: R1_R2, what: '表三“本年新收”与“上年结转”之和' }),
    carried: () => ({ keys: R2, what: '表三“上年结转”' }),
    concluded: () => ({ keys: R3_7, what: '表三办理结果“（七）总计”' }),
    replied: () => ({ keys: R3_7, what: '表三办理结果“（七）总计”' }),
    handled: () => ({ keys: R3_7, alt: R1_R2, what: '表三办理结果“（七）总计”' }),
    pending: () => ({ keys: R4, what: '表三“结转下年度继续办理”' }),
    outcomes: () => ({
      keys: f.parts.flatMap((p) => OUTCOME_ROWS[edition][p]),
      what: `表三${f.parts.map((p) => `“${OUTCOME_NAMES[p]}”`).join('与')}${f.parts.length > 1 ? '之和' : ''}`,
    }),
    review: () => ({ keys: f.parts.map((p) => REVIEW_KEYS[p]), what: `表四${reviewName(f.parts)}` }),
  };
  return f.measure ? by[f.measure]() : null;
}

const sum = (ctx: Context, keys: readonly CellKey[]) => keys.reduce((s, k) => s + ctx.n(k), 0);

/** The figures of the text that the tables decide: about this body, this year, this count. */
export function readSection(ctx: Context, section: TextSectionId): Read {
  return figuresOf(ctx.report.text[section], section, ctx.report.year, ctx.report.organization.trim());
}

export const isCounted = (f: Figure): boolean => f.measure !== null && !f.outside && f.topic === (f.measure === 'review' ? 'review' : 'apply');

export function checkQuotedFigures(ctx: Context, section: TextSectionId): void {
  const { view, topics, figures } = readSection(ctx, section);
  for (const f of figures.filter(isCounted)) {
    const reading = readingOf(f, ctx.edition.id)!;
    if (!ctx.settled(reading.keys)) continue;
    const actual = sum(ctx, reading.keys);
    if (f.value !== actual) judge(ctx, section, view, f, reading, actual);
    checkShare(ctx, section, view, f, actual);
  }
  checkRates(ctx, section, view, topics);
}

function judge(ctx: Context, section: TextSectionId, view: View, f: Figure, reading: Reading, actual: number): void {
  const rule = f.measure === 'review' ? 'T4-03' : 'T3-08';
  const said = `${place(view, section, f.start)}写“${quote(view, f.start, f.end)}”`;
  const text = { section, ...rawSpan(view, f.numberStart, f.numberEnd) };
  if (reading.alt && ctx.settled(reading.alt)) {
    const [r1, r2] = [ctx.n('apply.R1.TOT'), ctx.n('apply.R2.TOT')];
    if (f.value === sum(ctx, reading.alt)) {
      ctx.out.push({
        rule,
        severity: 'info',
        cells: reading.alt,
        message: `${said}，是表三“本年新收”${r1} 件与“上年结转”${r2} 件之和。请核对：如指本年新收的申请，应为 ${r1} 件。`,
        text,
      });
      return;
    }
    if (f.measure === 'received') {
      const also = r2 > 0 ? `（加“上年结转”${r2} 件为 ${r1 + r2} 件）` : '';
      ctx.out.push({ rule, severity: 'warning', cells: reading.keys, message: `${said}，${reading.what}为 ${r1} 件${also}，请核对。`, text });
      return;
    }
  }
  ctx.out.push({
    rule,
    severity: 'warning',
    cells: reading.keys,
    message: `${said}，${reading.what}为 ${actual} 件${f.exact ? '' : '，请核对'}。`,
    text,
    ...(f.exact ? { fix: { label: `改为 ${actual}`, replacement: String(actual) } } : {}),
  });
}

// ---- Percentages: "占总办结数的86%", "办结率100%" ----

const SHARE = /^[，,]?约?(?:占|占比|比例为?)([^，,。；;！？\n]{0,12}?)(\d+(?:\.\d+)?)[%％]/;
const RATE = /(?<!按期|按时|及时|逾期)(办结|答复)率(?:为|达到?|是)?(\d+(?:\.\d+)?)[%％]/g;

/** A rounded or cut-off percentage of `part` in `whole`, to the places the text gives. */
function agrees(percent: string, part: number, whole: number): boolean {
  if (whole === 0) return false;
  const places = percent.split('.')[1]?.length ?? 0;
  return Math.abs((part / whole) * 100 - Number(percent)) < 10 ** -places + 1e-9;
}

function checkShare(ctx: Context, section: TextSectionId, view: View, f: Figure, actual: number): void {
  if (f.measure === 'review') return;
  const m = SHARE.exec(view.flat.slice(f.end));
  if (!m) return;
  const basis = m[1];
  const bases = /办结|答复|办理/.test(basis) ? [R3_7] : /收到|受理|新收|申请/.test(basis) ? [R1, R1_R2] : [R3_7, R1, R1_R2];
  const settled = bases.filter((b) => ctx.settled(b));
  if (settled.length === 0) return;
  if (settled.some((b) => agrees(m[2], f.value, sum(ctx, b)) || agrees(m[2], actual, sum(ctx, b)))) return;
  const whole = sum(ctx, settled[0]);
  const start = f.end + m.index!;
  const end = f.end + m[0].length;
  const computed = whole === 0 ? '无法计算' : `${actual} ÷ ${whole} = ${((actual / whole) * 100).toFixed(1)}%`;
  ctx.out.push({
    rule: 'T3-08',
    severity: 'warning',
    cells: [...settled[0]],
    message: `${place(view, section, start)}写“${quote(view, f.start, end)}”，按表三计算为 ${computed}，请核对。`,
    text: { section, ...rawSpan(view, start + m[0].indexOf(m[2]), start + m[0].indexOf(m[2]) + m[2].length) },
  });
}

function checkRates(ctx: Context, section: TextSectionId, view: View, topics: Topics): void {
  for (const m of view.flat.matchAll(RATE)) {
    if (topicAt(topics, m.index!) !== 'apply' || !ctx.settled([...R3_7, ...R1_R2])) continue;
    const clause = view.flat.slice(startOf(view.flat, m.index!, true), m.index!);
    if (outOfScope(clause, clause, ctx.report.year, ctx.report.organization.trim())) continue;
    const [done, all] = [sum(ctx, R3_7), sum(ctx, R1_R2)];
    if (agrees(m[2], done, all)) continue;
    const at = m.index! + m[0].indexOf(m[2]);
    ctx.out.push({
      rule: 'T3-08',
      severity: 'warning',
      cells: [...R3_7, ...R1_R2],
      message: `${place(view, section, m.index!)}写“${quote(view, m.index!, m.index! + m[0].length)}”，按表三为办结 ${done} 件 ÷（本年新收与上年结转）${all} 件${all === 0 ? '' : ` = ${((done / all) * 100).toFixed(1)}%`}，请核对。`,
      text: { section, ...rawSpan(view, at, at + m[2].length) },
    });
  }
}
