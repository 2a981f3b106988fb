// Child process for the crash-safety test: saves two versions of a large draft over the same
// file, alternately, until it is killed.

import { readFileSync } from 'node:fs';
import { saveDraft } from '../../../electron/services/documents';
import { parseDraft } from '../../../shared/draft';

const [target, ...versions] = process.argv.slice(2);
const reports = versions.map((path) => {
  const parsed = parseDraft(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.draft.report;
});

async function loop(): Promise<never> {
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) await saveDraft(target, reports[i % reports.length]);
}
void loop();
