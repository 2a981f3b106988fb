// Generated variants: random complete reports of both editions, printed the ways real pages come
// (one cell per line, pipe rows, figures run together, header words split, the title year first,
// no title at all), import back to identical cells — or, where figures run together admit more
// than one cut, to blanks with an IMP finding naming the row and its cuts; never a wrong figure.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS, cellIndex, type EditionId } from '../../shared/formats';
import { importText } from '../../shared/import';
import { cellValues } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { completeReportArbitrary } from '../arbitraries';
import { printReport, type PrintStyle } from './importPrint';
import { sameCells } from './importHelpers';
import { expectProven } from '../importTrace';

const imported = (report: Report, style: PrintStyle) => {
  const result = importText(printReport(report, style));
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe.each(['2019', '2021'] as const)('%s edition', (edition) => {
  it.each(['lines', 'pipes', 'splitHeaders', 'yearFirst', 'noTitle'] as const)('printed as %s: identical cells, organisation and year', (style) => {
    fc.assert(
      fc.property(completeReportArbitrary(edition), (report) => {
        const back = imported(report, style);
        sameCells(back.report, report);
        expect([back.report.organization, back.report.year, back.report.edition]).toEqual([report.organization, report.year, edition]);
        expect(back.findings.filter((f) => f.rule.startsWith('IMP'))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('figures run together: every figure placed is right, every row left blank is named with its cuts', () => {
    let placed = 0;
    let blank = 0;
    fc.assert(
      fc.property(smallCountsReport(edition), (report) => {
        const back = imported(report, 'runs');
        expectProven(back.report);
        const truth = cellValues(report);
        const index = cellIndex(EDITIONS[edition]);
        for (const cell of index.all) {
          const got = back.report.cells[cell.key];
          if (got !== undefined) {
            expect(got, cell.key).toBe(truth[cell.key]);
            if (!cell.derived) placed++;
          } else if (!cell.derived) {
            blank++;
            expect(back.report.importMarks[cell.key]?.reason, cell.key).toBe('ambiguous');
            const finding = back.findings.find((f) => f.rule === 'IMP-08' && f.cells.includes(cell.key));
            expect(finding?.message, cell.key).toMatch(/的数字连写为“[^”]+”，(可拆为 [^，]+|可拆法过多)/);
          }
        }
      }),
      { numRuns: 25 },
    );
    // Both happen: the arithmetic proves most rows, and some stay open.
    expect(placed).toBeGreaterThan(blank);
    expect(blank).toBeGreaterThan(0);
  });
});

/** Complete reports with the small, zero-heavy counts of real tables (so runs of digits are short). */
function smallCountsReport(edition: EditionId): fc.Arbitrary<Report> {
  const index = cellIndex(EDITIONS[edition]);
  return fc.tuple(completeReportArbitrary(edition), fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 30 })), { minLength: index.entered.length, maxLength: index.entered.length })).map(([report, small]) => {
    const cells: Record<string, number> = {};
    index.entered.forEach((c, i) => {
      cells[c.key] = c.kind === 'signedCount' ? small[i] - 5 : small[i];
    });
    return { ...report, cells, notApplicable: [] };
  });
}
