// 汇总: a government's consolidated report from its units' reports. Every entered cell is summed
// across units (amounts exactly, in integer millionths), totals are recomputed by reconcile as
// for any report, and mixed years, editions or repeated units are refused, naming the files — as
// is a sum beyond the limits a draft accepts (shared/report/limits), naming the cell.

import { EDITIONS, PARTS, cellIndex, editionForYear, type CellDef } from '../formats';
import { FEE_LIMIT_TEXT, MAX_COUNT, MAX_FEE_YUAN, blankReport, fromMillionths, limitText, toMillionths, withinLimit, type Fees, type Report } from '../report';
import { cellValues, reconcile } from '../reconcile';

export interface Unit {
  report: Report;
  /** Where the report came from, for messages: a file name or path. */
  source: string;
}

export interface UnitSummary {
  organization: string;
  source: string;
  errors: number;
  warnings: number;
  /** 新收申请 (一、总计), 办结 (（七）总计), 行政复议 (总计), 行政诉讼 (two 总计 together). */
  figures: { received: number | null; concluded: number | null; reviews: number | null; lawsuits: number | null };
}

/** A unit's report that cannot be summed with the others, and why (a sentence for the clerk). */
export interface Refused {
  source: string;
  reason: string;
}

/** `refused`: the reports left out (only when the caller asked to leave them out). */
export type Aggregated = { ok: true; report: Report; units: UnitSummary[]; refused: Refused[] } | { ok: false; message: string };

function summarize(unit: Unit): UnitSummary {
  const findings = reconcile(unit.report);
  const v = cellValues(unit.report);
  const lawsuits = v['review.LD.TOTAL'] === null && v['review.LR.TOTAL'] === null ? null : (v['review.LD.TOTAL'] ?? 0) + (v['review.LR.TOTAL'] ?? 0);
  return {
    organization: unit.report.organization,
    source: unit.source,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    figures: { received: v['apply.R1.TOT'], concluded: v['apply.R3_7.TOT'], reviews: v['review.RV.TOTAL'], lawsuits },
  };
}

/**
 * The reports that cannot be summed into a report for `year`: another year, the other edition of
 * the form, or a unit that appears more than once (every copy: which one is current, only the
 * clerk knows). Each with its reason.
 */
export function refusedUnits(units: readonly Unit[], year: number): Refused[] {
  const edition = editionForYear(year);
  const byName = new Map<string, Unit[]>();
  for (const u of units) byName.set(u.report.organization.trim(), [...(byName.get(u.report.organization.trim()) ?? []), u]);
  const refused: Refused[] = [];
  for (const u of units) {
    const copies = byName.get(u.report.organization.trim())!;
    const reason =
      u.report.year !== year ? `是 ${u.report.year} 年度的报告，不是 ${year} 年度的`
      : edition && u.report.edition !== edition.id ? `使用 ${u.report.edition} 年版格式，${year} 年度应使用 ${edition.id} 年版格式，请先转换`
      : copies.length > 1 ? `与${copies.filter((c) => c !== u).map((c) => `“${c.source}”`).join('、')}是同一单位（${u.report.organization.trim()}），汇总会重复计算，请只留一份`
      : null;
    if (reason) refused.push({ source: u.source, reason });
  }
  return refused;
}

/**
 * Sums the units' reports. Reports that cannot be summed (refusedUnits) stop it, naming the
 * files — unless `leaveOut` says to go on without them (the app, after the clerk agreed).
 */
export function aggregate(units: Unit[], organization: string, year: number, { leaveOut = false }: { leaveOut?: boolean } = {}): Aggregated {
  const edition = editionForYear(year);
  if (!edition) return { ok: false, message: `${year} 年度没有全国统一格式` };
  if (units.length === 0) return { ok: false, message: '没有可汇总的下级单位报告' };
  const refused = refusedUnits(units, year);
  if (refused.length > 0 && !leaveOut) {
    return { ok: false, message: `以下报告不能一起汇总：\n${refused.map((r) => `  · ${r.source}：${r.reason}`).join('\n')}` };
  }
  const left = new Set(refused.map((r) => r.source));
  units = units.filter((u) => !left.has(u.source));
  if (units.length === 0) return { ok: false, message: `没有可汇总的 ${year} 年度下级单位报告：\n${refused.map((r) => `  · ${r.source}：${r.reason}`).join('\n')}` };

  const report = blankReport(organization, year);
  const index = cellIndex(EDITIONS[edition.id]);
  for (const cell of index.entered) {
    let sum = 0;
    let present = 0;
    let notApplicable = 0;
    for (const u of units) {
      const v = u.report.cells[cell.key];
      if (v !== undefined) {
        sum += cell.kind === 'amount' ? toMillionths(v) : v;
        present++;
      } else if (u.report.notApplicable.includes(cell.key)) notApplicable++;
    }
    const total = cell.kind === 'amount' ? sum / 1_000_000 : sum;
    if (!withinLimit(total, cell.kind)) return { ok: false, message: tooLarge(cellName(cell), total, limitText(cell.kind), units, (u) => u.report.cells[cell.key]) };
    if (present > 0 || notApplicable > 0) {
      // "/" everywhere stays "/"; otherwise "/" counts as 0, as in each unit's own report.
      if (present === 0 && notApplicable === units.length) report.notApplicable.push(cell.key);
      else report.cells[cell.key] = cell.kind === 'amount' ? fromMillionths(sum) : sum;
    }
  }
  const fees = sumFees(units.map((u) => u.report.fees));
  if (fees.noticeCount !== null && fees.noticeCount > MAX_COUNT) {
    return { ok: false, message: tooLarge('信息处理费“发出收费通知的件数”', fees.noticeCount, `件数最多 ${MAX_COUNT}`, units, (u) => u.report.fees.noticeCount) };
  }
  for (const field of ['noticeAmountYuan', 'collectedYuan'] as const) {
    const v = fees[field];
    if (v !== null && v > MAX_FEE_YUAN) return { ok: false, message: tooLarge(`信息处理费“${FEE_NAMES[field]}”`, v, FEE_LIMIT_TEXT, units, (u) => u.report.fees[field]) };
  }
  report.fees = fees;
  const names = units.map((u) => u.report.organization.trim());
  report.text.overview = `本报告根据${names.join('、')}等${units.length}个单位的政府信息公开工作年度报告汇总编制。`;
  return { ok: true, report, units: units.map(summarize), refused };
}

const FEE_NAMES = { noticeAmountYuan: '收费通知总金额', collectedYuan: '实际收取的总金额' } as const;

const cellName = (cell: CellDef) => `“${PARTS.find((p) => p.table === cell.table)?.heading ?? cell.table}”表「${cell.rowLabel} / ${cell.columnLabel}」`;

/** The sum cannot be a figure of a draft: say which cell, and the units with the largest figures. */
function tooLarge(what: string, total: number, limit: string, units: Unit[], pick: (u: Unit) => number | null | undefined): string {
  const largest = units
    .map((u) => ({ u, v: pick(u) ?? 0 }))
    .sort((a, b) => Math.abs(b.v) - Math.abs(a.v))
    .slice(0, 3)
    .map(({ u, v }) => `  · ${u.source}（${u.report.organization}）：${v}`)
    .join('\n');
  return `汇总后${what}合计为 ${Math.round(total)}，超过了上限（${limit}），未生成汇总报告。请核对以下单位该栏的数字是否有误：\n${largest}`;
}

function sumFees(all: Fees[]): Fees {
  const sum = (pick: (f: Fees) => number | null, exact: boolean): number | null => {
    const present = all.map(pick).filter((v): v is number => v !== null);
    if (present.length === 0) return null;
    return exact ? fromMillionths(present.reduce((s, v) => s + toMillionths(v), 0)) : present.reduce((s, v) => s + v, 0);
  };
  return { noticeCount: sum((f) => f.noticeCount, false), noticeAmountYuan: sum((f) => f.noticeAmountYuan, true), collectedYuan: sum((f) => f.collectedYuan, true) };
}
