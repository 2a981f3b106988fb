// The reports the print tests lay out: every reference report (test/fixtures/reference) with
// its published narrative (extracted once into test/fixtures/print, as a clerk would have
// typed it) and its figures (the fixture draft, or the hand-checked cells of expected/), and
// the sample report. Built here, never through the importer.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blankReport, type Report } from '../../../shared/report';
import { loadFixture, referencePath, type FixtureName } from '../../helpers';

export const PRINT_FIXTURES = [
  'tianshui-2020',
  'shangjie-2020',
  'hongqiao-2020',
  'pingtan-2019',
  'pingtan-2022',
  'shanghai-kewei-2024',
  'hongze-2023',
  'shuyang-fagaiju-2023',
  'sample-2024',
] as const;
export type PrintFixture = (typeof PRINT_FIXTURES)[number];

interface Narrative {
  organization: string;
  year: number;
  /** The fixture draft holding this report's figures, if there is one. */
  draft?: FixtureName;
  text: Report['text'];
}

export function printFixture(name: PrintFixture): Report {
  if (name === 'sample-2024') return loadFixture(name);
  const narrative = JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/print/${name}.json`, import.meta.url)), 'utf8')) as Narrative;
  if (narrative.draft) return { ...loadFixture(narrative.draft), text: narrative.text };
  const expected = JSON.parse(readFileSync(referencePath('expected', `${name}.json`), 'utf8')) as { cells: Record<string, number> };
  return { ...blankReport(narrative.organization, narrative.year), text: narrative.text, cells: expected.cells };
}
