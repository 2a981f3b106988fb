// Helpers for the import tests: comparing a report imported back with the one that was printed.

import { expect } from 'vitest';
import { formatAmount } from '../../shared/export';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { cellValues } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { expectProven } from '../importTrace';

/** Exports print 万元 with up to 4 decimals, as published reports do (shared/export/layout): what an import reads back. */
export function printedCells(report: Report): Report['cells'] {
  const index = cellIndex(EDITIONS[report.edition]);
  return Object.fromEntries(Object.entries(report.cells).map(([key, v]) => [key, index.byKey.get(key)?.kind === 'amount' ? Number(formatAmount(v)) : v]));
}

/** Entered cells as they were printed, each with its proof; printed totals come back as stated totals equal to the sums. */
export function sameCells(back: Report, report: Report): void {
  const index = cellIndex(EDITIONS[report.edition]);
  const entered = (r: Report) => Object.fromEntries(Object.entries(r.cells).filter(([k]) => !index.byKey.get(k)!.derived));
  expect(entered(back)).toEqual(entered({ ...report, cells: printedCells(report) }));
  const computed = cellValues(report);
  for (const [key, v] of Object.entries(back.cells)) if (index.byKey.get(key)!.derived) expect(v, key).toBe(computed[key]);
  expect(back.importMarks).toEqual({});
  // And not one of them placed without a proof.
  expectProven(back);
}

