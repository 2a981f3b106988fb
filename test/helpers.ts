// Shared test helpers: the fixture drafts of test/fixtures/drafts and small report edits.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDraft } from '../shared/draft';
import type { Report } from '../shared/report';
import type { Finding } from '../shared/reconcile';

export const FIXTURE_DRAFTS = ['tianshui-2020', 'shangjie-2020', 'hongqiao-2020', 'sample-2024'] as const;
export type FixtureName = (typeof FIXTURE_DRAFTS)[number];

/**
 * A fixture draft as a file of this test process's own: the app keeps a lock file beside an open
 * draft (services/lock), so test processes opening the repository's files would meet each
 * other's locks — and leave files in test/fixtures. Byte for byte the fixture.
 */
export function fixturePath(name: FixtureName): string {
  copies ??= mkdtempSync(join(tmpdir(), 'nianbao-fixtures-'));
  const copy = join(copies, 'drafts', `${name}.nianbao`);
  if (!existsSync(copy)) {
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(fileURLToPath(new URL(`./fixtures/drafts/${name}.nianbao`, import.meta.url)), copy);
  }
  return copy;
}
let copies: string | undefined;

/** A fixture draft in a folder of its own, for a test whose app may not see another test's open files. */
export function freshFixturePath(name: FixtureName): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'nianbao-fixture-')), 'drafts', `${name}.nianbao`);
  mkdirSync(dirname(copy));
  copyFileSync(fixturePath(name), copy);
  return copy;
}

export function loadFixture(name: FixtureName): Report {
  const result = parseDraft(readFileSync(fixturePath(name), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.draft.report;
}

/** A copy of the report with some cells changed; undefined removes (blanks) a cell. */
export function withCells(report: Report, changes: Record<string, number | undefined>): Report {
  const cells = { ...report.cells };
  for (const [key, v] of Object.entries(changes)) {
    if (v === undefined) delete cells[key];
    else cells[key] = v;
  }
  return { ...report, cells };
}

export function byRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/**
 * A file of the reference reports in test/fixtures/reference: real published reports, their
 * hand-checked figures and prose annotations, copied from the project's reference folder so
 * that a fresh clone tests alone.
 */
export function referencePath(...parts: string[]): string {
  return fileURLToPath(new URL(['./fixtures/reference', ...parts].join('/'), import.meta.url));
}

/**
 * A published report's fixture draft with its narrative: the drafts carry the tables and the
 * preamble only, the other parts are filled from test/fixtures/prose (the published prose).
 */
export function loadPublished(name: 'tianshui-2020' | 'shangjie-2020' | 'hongqiao-2020'): Report {
  const report = loadFixture(name);
  const prose: { text: Report['text'] } = JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/prose/${name}.json`, import.meta.url)), 'utf8'));
  const text = Object.fromEntries(Object.entries(report.text).map(([section, t]) => [section, t || prose.text[section as keyof Report['text']]]));
  return { ...report, text: text as Report['text'] };
}
