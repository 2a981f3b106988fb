// 汇总 from the desk: which units' reports make the government's report. Units in good standing
// are summed; a received unit with problems (errors, open remarks …) only once the office has
// seen them and confirmed it; a unit a consolidated report already holds never twice; every unit
// left out is kept with its reason, in the consolidated report itself (Report.consolidation).

import type { Consolidation } from '../report';
import type { DeskRow } from './types';

export interface SumPlan {
  include: DeskRow[];
  /** Received and readable, but not in good standing: summed only when confirmed. */
  toConfirm: DeskRow[];
  left: { name: string; reason: string }[];
}

/** Why a row's report cannot be summed at all, whatever the office confirms; null when it can. */
function blocked(row: DeskRow, edition: string): string | null {
  if (!row.expected) return '不在单位名册中';
  if (row.unreadable !== null) return `草稿无法读取：${row.unreadable}`;
  if (row.file === null) return '未收到报告';
  if (row.missing) return `只有 ${row.year} 年度的草稿`;
  if (row.edition !== edition) return `草稿为 ${row.edition} 年版格式`;
  if (row.duplicates.length > 0) return `同一单位有 ${row.duplicates.length + 1} 份草稿，请只保留一份`;
  return null;
}

/** `confirmed`: keys of units the office chose to sum despite their problems. */
export function planSum(rows: readonly DeskRow[], edition: string, confirmed: ReadonlySet<string>): SumPlan {
  const left: SumPlan['left'] = [];
  const toConfirm: DeskRow[] = [];
  const summed: DeskRow[] = [];
  for (const row of rows) {
    const reason = blocked(row, edition);
    if (reason) {
      if (row.expected) left.push({ name: row.name, reason });
    } else if (row.goodStanding || confirmed.has(row.key)) summed.push(row);
    else {
      toConfirm.push(row);
      left.push({ name: row.name, reason: `未确认计入：${row.problems.join('')}`.slice(0, 500) });
    }
  }
  // A unit held by a consolidated report that is summed counts once: in that report — whichever of
  // its holders is summed, and through a chain (A holds B holds C: C is in A's figures too).
  const names = new Set(summed.map((r) => r.name));
  const byName = new Map(rows.map((r) => [r.name, r]));
  const summedHolder = (row: DeskRow): string | null => {
    const seen = new Set<string>([row.name]);
    const queue = [...row.coveredBy];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (names.has(name)) return name;
      queue.push(...(byName.get(name)?.coveredBy ?? []));
    }
    return null;
  };
  const include = summed.filter((r) => {
    const holder = summedHolder(r);
    if (holder === null) return true;
    left.push({ name: r.name, reason: `已含在“${holder}”的汇总报告中` });
    return false;
  });
  return { include, toConfirm, left };
}

export function consolidationOf(plan: SumPlan, at: string): Consolidation {
  return {
    at,
    units: plan.include.map((r) => ({ organization: r.name, file: r.file!, errors: r.errors ?? 0, warnings: r.warnings ?? 0 })),
    left: plan.left.map((l) => ({ organization: l.name, reason: l.reason })),
  };
}
