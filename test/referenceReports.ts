// The eight reference reports as drafts, for the narrative acceptance tests and the print tests:
// the figures as the hand-checked expected/*.json give them (so that no importer blurs them) and
// the prose as committed in test/fixtures/prose (cut from the published texts once, see its README).

import { readFileSync } from 'node:fs';
import { EDITIONS, cellIndex, type CellKey, type EditionId } from '../shared/formats';
import { blankReport, parseCellValue, type Report } from '../shared/report';
import { referencePath } from './helpers';

export const REFERENCE_REPORTS = [
  'tianshui-2020',
  'shangjie-2020',
  'hongqiao-2020',
  'pingtan-2019',
  'pingtan-2022',
  'shanghai-kewei-2024',
  'hongze-2023',
  'shuyang-fagaiju-2023',
] as const;
export type ReferenceName = (typeof REFERENCE_REPORTS)[number];

export type Verdict = 'AGREES' | 'CONTRADICTS' | 'OTHER' | 'STALE' | 'LEGIT_PRIOR_YEAR' | 'AMBIGUOUS';
export interface Claim {
  quote: string;
  verdict: Verdict;
  why: string;
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const APPLY_COLUMNS = ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT'];
const REVIEW_CELLS = ['RV', 'LD', 'LR'].flatMap((g) => ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'].map((c) => `review.${g}.${c}`));

/** The first three reports' format: tables as arrays in printed order, table 二 by its labels. */
interface ArrayExpected {
  applications: Record<string, (number | null)[]>;
  review_litigation: (number | null)[];
  active: Record<string, Record<string, Record<string, number | string>>>;
}

function arrayCells(expected: ArrayExpected, edition: EditionId): { cells: Record<CellKey, number>; unknown: CellKey[] } {
  const index = cellIndex(EDITIONS[edition]);
  const entries: [CellKey, number | null][] = [];
  for (const [row, values] of Object.entries(expected.applications)) {
    values.forEach((v, i) => entries.push([`apply.${row}.${APPLY_COLUMNS[i]}`, v]));
  }
  expected.review_litigation.forEach((v, i) => entries.push([REVIEW_CELLS[i], v]));
  for (const rows of Object.values(expected.active)) {
    for (const [rowLabel, columns] of Object.entries(rows)) {
      for (const [columnLabel, v] of Object.entries(columns)) {
        const cell = index.tableCells.active.find((c) => c.rowLabel === rowLabel && c.columnLabel === columnLabel.replace(/_万元$/, ''))!;
        const parsed = parseCellValue(String(v), cell.kind);
        if (!parsed.ok || parsed.value === null) throw new Error(`${rowLabel}/${columnLabel}: ${v}`);
        entries.push([cell.key, parsed.value]);
      }
    }
  }
  return {
    cells: Object.fromEntries(entries.filter((e): e is [CellKey, number] => e[1] !== null)),
    unknown: entries.filter(([, v]) => v === null).map(([k]) => k),
  };
}

export function referenceReport(name: ReferenceName): Report {
  const expected = json(referencePath('expected', `${name}.json`));
  const edition: EditionId = expected.format;
  const prose = json(new URL(`./fixtures/prose/${name}.json`, import.meta.url).pathname);
  const report = { ...blankReport(expected.organization, expected.year), text: prose.text };
  if ('cells' in expected) {
    // cells and the printed totals; blank cells stay blank, ambiguous ones blank with their mark.
    const marks = Object.fromEntries(
      (expected.ambiguous as CellKey[]).map((k) => [k, { reason: 'ambiguous' as const, detail: '印刷的数字无法唯一确定' }]),
    );
    return { ...report, cells: { ...expected.cells, ...expected.stated_totals }, importMarks: marks };
  }
  const { cells, unknown } = arrayCells(expected, edition);
  const marks = Object.fromEntries(unknown.map((k) => [k, { reason: 'unreadable' as const, detail: '原文缺少此单元格' }]));
  return { ...report, cells, importMarks: marks };
}

export function annotations(name: ReferenceName): Claim[] {
  return json(referencePath('narrative', `${name}.json`)).claims;
}
