// The reports the print tests lay out: every reference report (test/fixtures/reference) with its
// published narrative as a clerk would have typed it (extracted once into test/fixtures/print:
// paragraphs whole, where test/fixtures/prose keeps a PDF's line breaks for the checks) and its
// hand-checked figures (referenceReports), and the sample report. Never through the importer.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EDITIONS, cellIndex } from '../../../shared/formats';
import type { Report } from '../../../shared/report';
import { loadFixture } from '../../helpers';
import { REFERENCE_REPORTS, referenceReport } from '../../referenceReports';

export const PRINT_FIXTURES = [...REFERENCE_REPORTS, 'sample-2024'] as const;
export type PrintFixture = (typeof PRINT_FIXTURES)[number];

/** The report's figures (entered cells only: the exports print the totals they compute) and its narrative as typed. */
export function printFixture(name: PrintFixture): Report {
  if (name === 'sample-2024') return loadFixture(name);
  const narrative = JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/print/${name}.json`, import.meta.url)), 'utf8')) as { text: Report['text'] };
  const report = referenceReport(name);
  const index = cellIndex(EDITIONS[report.edition]);
  const cells = Object.fromEntries(Object.entries(report.cells).filter(([key]) => !index.byKey.get(key)!.derived));
  return { ...report, cells, importMarks: {}, text: narrative.text };
}
