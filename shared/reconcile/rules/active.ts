// Table 二 plausibility rules (spec §7): T2A-* for the 2019 edition, T2B-* for the 2021 edition;
// across years, 现行有效 against last year's (T2B-03) and decision counts that jump tenfold (T2A-07, T2B-06).
// They are warnings or notes: revisions, late publication and clean-up campaigns make real
// figures depart from the arithmetic, so the clerk confirms rather than must fix.

import { cellKey } from '../../formats';
import type { Context, Year } from '../context';
import type { Finding } from '../types';

const k = (row: string, column: string) => cellKey('active', row, column);
const DOCUMENT_ROWS = ['REG', 'NORM'];
/** 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费 (T2A-03, T2A-04). */
const ITEM_ROWS = ['LIC', 'SVC', 'PEN', 'ENF', 'FEE'];
/** Above this a fee "in 万元" is more likely typed in 元 (T2B-05): 1 亿元 for one body. */
const FEE_AMOUNT_SUSPECT = 10_000;
/** 行政许可, 其他对外管理服务事项 (2019 only), 行政处罚, 行政强制: their 处理决定数量 across years. */
const DECISION_ROWS = ['LIC', 'SVC', 'PEN', 'ENF'];
/** A count ten times last year's, or a tenth of it: a digit too many or too few more often than a real change. */
const JUMP = 10;

function rowLabel(ctx: Context, row: string): string {
  return ctx.index.tableCells.active.find((c) => c.row === row)!.rowLabel;
}

function all(year: Year, ...keys: string[]): boolean {
  return keys.every((key) => year.has(key));
}

function push(ctx: Context, rule: string, severity: Finding['severity'], cells: string[], message: string): void {
  ctx.out.push({ rule, severity, cells, message });
}

export function checkActive2019(ctx: Context): void {
  const row = (r: string) => rowLabel(ctx, r);
  for (const r of DOCUMENT_ROWS) {
    const [made, published, total] = [k(r, 'MADE'), k(r, 'PUBLISHED'), k(r, 'TOTAL_PUBLIC')];
    if (all(ctx, published, total) && ctx.n(published) > ctx.n(total)) {
      push(ctx, 'T2A-02', 'warning', [published, total],
        `「${row(r)}」本年新公开数量 ${ctx.n(published)} 多于对外公开总数量 ${ctx.n(total)}，总数量应包含本年新公开的文件。`);
    }
    if (all(ctx, made, published) && ctx.n(published) > ctx.n(made)) {
      push(ctx, 'T2A-06', 'info', [made, published],
        `「${row(r)}」本年新公开数量 ${ctx.n(published)} 多于本年新制作数量 ${ctx.n(made)}；如有往年制作、本年公开的文件属正常，请确认。`);
    }
  }
  for (const r of ITEM_ROWS) {
    const [prev, delta] = [k(r, 'PREV_ITEMS'), k(r, 'DELTA')];
    if (all(ctx, prev, delta) && ctx.n(prev) + ctx.n(delta) < 0) {
      push(ctx, 'T2A-03', 'warning', [prev, delta],
        `「${row(r)}」上一年项目数量 ${ctx.n(prev)} 加本年增/减 ${ctx.n(delta)} 为 ${ctx.n(prev) + ctx.n(delta)}，项目数量不能小于 0。`);
    }
  }
  checkDecisionJumps(ctx);
  const prior = ctx.prior;
  if (!prior || prior.edition.id !== '2019') return;
  const py = prior.report.year;
  for (const r of ITEM_ROWS) {
    const [prev, delta] = [k(r, 'PREV_ITEMS'), k(r, 'DELTA')];
    if (!ctx.has(prev) || !all(prior, prev, delta)) continue;
    const expected = prior.n(prev) + prior.n(delta);
    if (ctx.n(prev) !== expected) {
      push(ctx, 'T2A-04', 'warning', [prev],
        `「${row(r)}」上一年项目数量 ${ctx.n(prev)}，而 ${py} 年报告的上一年项目数量 ${prior.n(prev)}、本年增/减 ${prior.n(delta)}，本年应为 ${expected}。`);
    }
  }
  for (const r of DOCUMENT_ROWS) {
    const total = k(r, 'TOTAL_PUBLIC');
    if (all(ctx, total) && all(prior, total) && ctx.n(total) < prior.n(total)) {
      push(ctx, 'T2A-05', 'warning', [total],
        `「${row(r)}」对外公开总数量 ${ctx.n(total)} 少于 ${py} 年报告的 ${prior.n(total)}，已公开的文件一般不会减少，请核对。`);
    }
  }
}

/**
 * T2A-07 / T2B-06: a 处理决定数量 ten times last year's or a tenth of it asks 请核对 — a note, as a
 * new power or a campaign can do that, but a digit typed twice or dropped does it more often.
 * Compared across the 2020 → 2021 edition change too: the count is the same in both.
 */
function checkDecisionJumps(ctx: Context): void {
  const prior = ctx.prior;
  if (!prior) return;
  const rule = ctx.edition.id === '2019' ? 'T2A-07' : 'T2B-06';
  for (const r of DECISION_ROWS) {
    const key = k(r, 'DECISIONS');
    if (!ctx.index.byKey.has(key) || !prior.index.byKey.has(key) || !ctx.has(key) || !prior.has(key)) continue;
    const [now, then] = [ctx.n(key), prior.n(key)];
    if (now === 0 || then === 0 || Math.max(now, then) < JUMP || Math.max(now, then) < JUMP * Math.min(now, then)) continue;
    const last = `${prior.report.year} 年（${then} 件）`;
    const times = now > then ? `是 ${last}的 ${Math.round(now / then)} 倍` : `约为 ${last}的 1/${Math.round(then / now)}`;
    push(ctx, rule, 'info', [key], `「${rowLabel(ctx, r)}」处理决定数量 ${now} 件，${times}。请核对是否多填或少填了一位数字；如确有变化（新增职权、专项行动等），可说明。`);
  }
}

export function checkActive2021(ctx: Context): void {
  const row = (r: string) => rowLabel(ctx, r);
  for (const r of DOCUMENT_ROWS) {
    const [issued, repealed, inForce] = [k(r, 'ISSUED'), k(r, 'REPEALED'), k(r, 'IN_FORCE')];
    if (all(ctx, issued, repealed, inForce) && ctx.n(issued) > ctx.n(inForce) + ctx.n(repealed)) {
      push(ctx, 'T2B-02', 'warning', [issued, repealed, inForce],
        `「${row(r)}」本年制发 ${ctx.n(issued)} 件，多于现行有效 ${ctx.n(inForce)} 件与本年废止 ${ctx.n(repealed)} 件之和；本年制发的文件应仍有效或已在本年废止。`);
    }
  }
  const fee = k('FEE', 'AMOUNT');
  if (ctx.has(fee) && ctx.n(fee) > FEE_AMOUNT_SUSPECT) {
    push(ctx, 'T2B-05', 'warning', [fee],
      `行政事业性收费本年收费金额为 ${ctx.n(fee)} 万元（约 ${Number((ctx.n(fee) / 10_000).toFixed(2))} 亿元），是否误按“元”填写？本栏单位为万元。`);
  }
  checkDecisionJumps(ctx);
  const prior = ctx.prior;
  if (!prior) return;
  if (prior.edition.id === '2019') {
    push(ctx, 'T2B-04', 'info', DOCUMENT_ROWS.map((r) => k(r, 'IN_FORCE')),
      `${prior.report.year} 年报告使用 2019 年版格式，其“对外公开总数量”与本年“现行有效件数”口径不同，不做跨年比对。`);
    return;
  }
  for (const r of DOCUMENT_ROWS) {
    const [issued, repealed, inForce] = [k(r, 'ISSUED'), k(r, 'REPEALED'), k(r, 'IN_FORCE')];
    if (!all(ctx, issued, repealed, inForce) || !all(prior, inForce)) continue;
    const expected = prior.n(inForce) + ctx.n(issued) - ctx.n(repealed);
    if (ctx.n(inForce) !== expected) {
      push(ctx, 'T2B-03', 'warning', [inForce, issued, repealed],
        `「${row(r)}」现行有效 ${ctx.n(inForce)} 件，而 ${prior.report.year} 年现行有效 ${prior.n(inForce)} 件 + 本年制发 ${ctx.n(issued)} 件 − 本年废止 ${ctx.n(repealed)} 件 = ${expected} 件；如有修订或集中清理，请确认。`);
    }
  }
}
