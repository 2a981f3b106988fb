// Round trip: a report exported to HTML or to Word and imported back has the same cells, the
// same text and the same 信息处理费 figures — for random complete reports in both editions.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml } from '../../shared/export';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { importPublished } from '../../shared/import';
import { cellValues } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { completeReportArbitrary } from '../arbitraries';

async function roundTrip(report: Report, format: 'html' | 'docx'): Promise<Report> {
  const bytes = format === 'html' ? new TextEncoder().encode(toHtml(report)) : await toDocx(report);
  const imported = await importPublished(`报告.${format}`, bytes);
  if (!imported.ok) throw new Error(imported.message);
  expect(imported.findings.filter((f) => f.rule.startsWith('IMP'))).toEqual([]);
  return imported.report;
}

/** Entered cells as they were; printed totals come back as stated totals equal to the sums. */
export function sameCells(back: Report, report: Report): void {
  const index = cellIndex(EDITIONS[report.edition]);
  const entered = (r: Report) => Object.fromEntries(Object.entries(r.cells).filter(([k]) => !index.byKey.get(k)!.derived));
  expect(entered(back)).toEqual(entered(report));
  const computed = cellValues(report);
  for (const [key, v] of Object.entries(back.cells)) if (index.byKey.get(key)!.derived) expect(v, key).toBe(computed[key]);
  expect(back.importMarks).toEqual({});
}

const sameReport = (back: Report, report: Report) => {
  sameCells(back, report);
  expect([...back.notApplicable].sort()).toEqual([...report.notApplicable].sort());
  expect(back.text).toEqual(report.text);
  expect([back.organization, back.year, back.edition, back.title]).toEqual([report.organization, report.year, report.edition, null]);
  expect(back.fees).toEqual(report.fees);
};

describe.each(['2019', '2021'] as const)('%s edition', (edition) => {
  it('HTML export → import gives back the same report (60 random reports)', async () => {
    await fc.assert(
      fc.asyncProperty(completeReportArbitrary(edition), async (report) => sameReport(await roundTrip(report, 'html'), report)),
      { numRuns: 60 },
    );
  });

  it('Word export → import gives back the same report (50 random reports)', async () => {
    await fc.assert(
      fc.asyncProperty(completeReportArbitrary(edition), async (report) => sameReport(await roundTrip(report, 'docx'), report)),
      { numRuns: 50 },
    );
  }, 120_000);
});
