// A counted table into the draft: what would change (old → new, cell by cell) and the report with
// the counted figures, the ledger's link (its name and sheet, and per cell its row numbers — never
// its content) and nothing left over that described the old figures (import marks, sources,
// stated totals, other ledgers' rows for the same cells).

import { EDITIONS, cellIndex, type CellKey } from '../formats';
import type { LedgerLink, Report } from '../report';
import type { LedgerCount } from './result';

/** As many ledgers as a draft's schema keeps (shared/draft/schema.ts). */
export const MAX_LEDGER_LINKS = 20;

export interface CellChange {
  key: CellKey;
  /** The cell's name as the form prints it: "（一）予以公开 / 自然人". */
  name: string;
  /** null: blank; 'na': "/" (not applicable). */
  from: number | null | 'na';
  to: number;
}

export interface CountedLedger {
  count: LedgerCount;
  /** The ledger's file name (never a path) and sheet. */
  source: string;
  sheet: string;
}

/** The cells the counts would change, in print order. */
export function previewCounts(report: Report, counted: readonly CountedLedger[]): CellChange[] {
  const index = cellIndex(EDITIONS[report.edition]);
  const changes: CellChange[] = [];
  for (const { count } of counted) {
    if (count.edition !== report.edition) continue;
    for (const [key, to] of Object.entries(count.cells)) {
      const from = report.notApplicable.includes(key) ? 'na' : (report.cells[key] ?? null);
      if (from !== to) {
        const cell = index.byKey.get(key)!;
        changes.push({ key, name: `${cell.rowLabel} / ${cell.columnLabel}`, from, to });
      }
    }
  }
  const order = index.position;
  return changes.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}

/** Why the counts cannot go into this report, or null. */
export function applyProblem(report: Report, counted: readonly CountedLedger[]): string | null {
  const other = counted.find((c) => c.count.year !== report.year);
  return other ? `台账按 ${other.count.year} 年度统计，而报告是 ${report.year} 年度的，请按报告年度重新统计` : null;
}

export function applyCounts(report: Report, counted: readonly CountedLedger[], countedAt: string): Report {
  if (applyProblem(report, counted)) return report;
  const index = cellIndex(EDITIONS[report.edition]);
  const cells = { ...report.cells };
  const written = new Set<CellKey>();
  for (const { count } of counted) {
    for (const [key, v] of Object.entries(count.cells)) {
      cells[key] = v;
      written.add(key);
    }
  }
  // A stated total (printed in an imported report) described the old figures.
  for (const d of index.derived) if (d.derived!.sumOf.some((k) => written.has(k))) delete cells[d.key];
  const drop = <T>(record: Record<CellKey, T>) => Object.fromEntries(Object.entries(record).filter(([k]) => !written.has(k)));
  const links: LedgerLink[] = report.ledgers
    .map((l) => ({ ...l, rows: drop(l.rows) }))
    .filter((l) => Object.keys(l.rows).length > 0 && !counted.some((c) => c.source === l.source && c.sheet === l.sheet));
  for (const { count, source, sheet } of counted) links.push({ source, sheet, countedAt, rows: { ...count.rows } });
  // A draft keeps at most MAX_LEDGER_LINKS ledgers (shared/draft's schema): the oldest go first.
  links.splice(0, Math.max(0, links.length - MAX_LEDGER_LINKS));
  return {
    ...report,
    cells,
    notApplicable: report.notApplicable.filter((k) => !written.has(k)),
    importMarks: drop(report.importMarks),
    provenance: drop(report.provenance),
    ledgers: links,
  };
}

/** The ledger rows behind a cell, with the ledger they are in. */
export function ledgerRowsOf(report: Report, key: CellKey): { source: string; sheet: string; rows: number[] }[] {
  return report.ledgers.filter((l) => l.rows[key]?.length).map((l) => ({ source: l.source, sheet: l.sheet, rows: l.rows[key] }));
}

/** "第 3、5、9–12 行": consecutive rows as ranges, for the clerk. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return `第 ${parts.join('、')} 行`;
}
