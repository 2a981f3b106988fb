// Acceptance on published reports the narrative rules were not written from
// (test/fixtures/unseen-prose, see its README): their prose, the printed figures of tables 三 and
// 四 as the cells, and hand annotations of every claim, judged as for the reference reports.

import { describe, expect, it } from 'vitest';
import { acceptNarrative } from '../../narrativeAcceptance';
import { UNSEEN_REPORTS, unseenFile, unseenReport } from '../../unseenReports';

it('has the unseen reports to try', () => {
  expect(UNSEEN_REPORTS.length).toBeGreaterThanOrEqual(4);
});

describe.each(UNSEEN_REPORTS)('%s', (name) => {
  const file = unseenFile(name);
  acceptNarrative(unseenReport(file), file.claims);
});
