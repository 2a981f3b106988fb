// The full 2021-edition sample draft the benchmarks measure.

import { readFileSync } from 'node:fs';
import { parseDraft } from '../../shared/draft';
import type { Report } from '../../shared/report';

export function loadSample(): Report {
  const parsed = parseDraft(readFileSync(new URL('../fixtures/drafts/sample-2024.nianbao', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.draft.report;
}
