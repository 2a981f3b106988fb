// Acceptance on published reports the narrative rules were not written from
// (test/fixtures/unseen-prose, see its README): their prose, the printed figures of tables 三 and
// 四 as the cells, and hand annotations of every claim, judged as for the reference reports.

import { describe, expect, it } from 'vitest';
import { acceptNarrative, type KnownFault } from '../../narrativeAcceptance';
import { UNSEEN_REPORTS, unseenFile, unseenReport } from '../../unseenReports';

it('has the unseen reports to try', () => {
  expect(UNSEEN_REPORTS.length).toBeGreaterThanOrEqual(4);
});

/** Faults outside the annotated claims that the reports as kept really have, found where they are. */
const FAULTS: Record<string, KnownFault[]> = {
  // The comparison print the text was cut from runs part 二's heading into part 一's text.
  'suqian-2023': [{ rule: 'S-09', quote: '二、主动公开政府信息情况 (重复率: 80%)', why: 'part 二’s heading inside part 一’s text' }],
  'pingtan-czj-2025': [{ rule: 'TXT-06', quote: '全会精神精神', why: '“贯彻党的二十大及二十届历次全会精神精神”, as published' }],
};

describe.each(UNSEEN_REPORTS)('%s', (name) => {
  const file = unseenFile(name);
  acceptNarrative(unseenReport(file), file.claims, FAULTS[name]);
});
