// Helpers for the import tests: comparing a report imported back with the one that was printed.

import { expect } from 'vitest';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { cellValues } from '../../shared/reconcile';
import type { Report } from '../../shared/report';

/** Entered cells as they were; printed totals come back as stated totals equal to the sums. */
export function sameCells(back: Report, report: Report): void {
  const index = cellIndex(EDITIONS[report.edition]);
  const entered = (r: Report) => Object.fromEntries(Object.entries(r.cells).filter(([k]) => !index.byKey.get(k)!.derived));
  expect(entered(back)).toEqual(entered(report));
  const computed = cellValues(report);
  for (const [key, v] of Object.entries(back.cells)) if (index.byKey.get(key)!.derived) expect(v, key).toBe(computed[key]);
  expect(back.importMarks).toEqual({});
}

