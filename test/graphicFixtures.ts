// Reports with hand-checked figures for the indicator and 图解 tests: the reference reports
// (test/referenceReports.ts) and the unseen ones whose expected files give cells by key — among them
// a 2019-edition report with no applications at all, and the next year of a reference unit.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blankReport, type Report } from '../shared/report';
import { referenceReport } from './referenceReports';

/** An expected file of test/fixtures/unseen as a draft: its printed cells and stated totals. */
export function unseenExpectedReport(name: string): Report {
  const path = fileURLToPath(new URL(`./fixtures/unseen/expected/${name}.json`, import.meta.url));
  const expected = JSON.parse(readFileSync(path, 'utf8')) as { organization: string; year: number; cells: Record<string, number>; stated_totals: Record<string, number> };
  return { ...blankReport(expected.organization, expected.year), cells: { ...expected.cells, ...expected.stated_totals } };
}

/** The three 图解 of the acceptance: a 2019 edition, a 2021 edition with last year's, and one with 0 applications. */
export function graphicCases(): { name: string; report: Report; prior: Report | null }[] {
  return [
    { name: 'tianshui-2020', report: referenceReport('tianshui-2020'), prior: null },
    { name: 'hongze-2024', report: unseenExpectedReport('hongze-2024'), prior: referenceReport('hongze-2023') },
    { name: 'pingtan-caijin-2019', report: unseenExpectedReport('pingtan-caijin-2019'), prior: null },
  ];
}
