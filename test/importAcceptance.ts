// The acceptance of an import on a real report with hand-checked figures (test/fixtures/reference
// and test/fixtures/unseen, `expected/*.json`): the expected file's shape, each report imported
// once per test file, and "every printed figure exact, and nothing else".

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importFile } from '../electron/services/imports';
import type { Imported } from '../shared/import';
import type { Report } from '../shared/report';

export interface ExpectedImport {
  file: string;
  organization: string;
  year: number;
  format: '2019' | '2021';
  cells: Record<string, number>;
  stated_totals: Record<string, number>;
  blank: string[];
  ambiguous: string[];
  rule_violations: string[];
  nonstandard_rows?: string[];
  /** Table-三 rows whose run-together digits admit no cut under which the printed totals agree. */
  contradicted_rows?: string[];
}

/** Every expected file of the folder in this format (older reference files use another, without `cells`). */
export function expectedImports(folder: string): ExpectedImport[] {
  return readdirSync(folder)
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')))
    .filter((e): e is ExpectedImport => 'cells' in e);
}

type Accepted = Extract<Imported, { ok: true }>;

/** Imports each file once (by the name `pathOf` resolves), failing with the refusal if refused. */
export function importedOnce(pathOf: (file: string) => string): (file: string) => Promise<Accepted> {
  const imported = new Map<string, Promise<Imported>>();
  return (file) => {
    if (!imported.has(file)) imported.set(file, importFile(pathOf(file)));
    return imported.get(file)!.then((r) => {
      if (!r.ok) throw new Error(r.message);
      return r;
    });
  };
}

/** Every printed figure and stated total exact; every other cell in the draft a blank read as 0. */
export function expectPrintedFigures(report: Report, expected: ExpectedImport): void {
  for (const [key, v] of Object.entries(expected.cells)) expect(report.cells[key], key).toBe(v);
  for (const [key, v] of Object.entries(expected.stated_totals)) expect(report.cells[key], key).toBe(v);
  const extra = Object.keys(report.cells).filter((k) => !(k in expected.cells) && !(k in expected.stated_totals) && !expected.blank.includes(k));
  expect(extra).toEqual([]);
}
