// Round trip: a report exported to HTML or to Word and imported back has the same cells, the
// same text and the same 信息处理费 figures — for random complete reports in both editions. An
// empty part 六 is printed "无。" (when no fee statement stands in for it) and is read back as those
// printed words: a published "无。" is the report's own text, never dropped.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeStatement, toDocx, toHtml } from '../../shared/export';
import { importPublished } from '../../shared/import';
import type { Report } from '../../shared/report';
import { completeReportArbitrary } from '../arbitraries';
import { sameCells } from './importHelpers';

async function roundTrip(report: Report, format: 'html' | 'docx'): Promise<Report> {
  const bytes = format === 'html' ? new TextEncoder().encode(toHtml(report)) : await toDocx(report);
  const imported = await importPublished(`报告.${format}`, bytes);
  if (!imported.ok) throw new Error(imported.message);
  expect(imported.findings.filter((f) => f.rule.startsWith('IMP'))).toEqual([]);
  return imported.report;
}

const sameReport = (back: Report, report: Report) => {
  sameCells(back, report);
  expect([...back.notApplicable].sort()).toEqual([...report.notApplicable].sort());
  const printedNothing = report.text.other === '' && (report.edition === '2019' || feeStatement(report.fees) === null);
  expect(back.text).toEqual(printedNothing ? { ...report.text, other: '无。' } : report.text);
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
