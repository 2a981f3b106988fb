// Round trip: a report exported to HTML or to Word and imported back has the same cells, the
// same text, the same 信息处理费 figures and the same closing block (署名, 成文日期: read back into
// report.closing, not into part 六's text) — for random complete reports in both editions.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml } from '../../shared/export';
import { closingBlock } from '../../shared/export/closing';
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
  expect(back.text).toEqual(report.text);
  expect(closingBlock(back)).toEqual(closingBlock(report));
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
