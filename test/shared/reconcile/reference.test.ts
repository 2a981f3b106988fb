// Acceptance (issue "Checks a clerk can trust"): the narrative checks on the prose of the eight
// reference reports, with their hand-checked figures as the cells, against the annotations of
// every claim (see test/narrativeAcceptance.ts for what is asked of each verdict).

import { describe } from 'vitest';
import { acceptNarrative, type KnownFault } from '../../narrativeAcceptance';
import { REFERENCE_REPORTS, annotations, referenceReport, type ReferenceName } from '../../referenceReports';

/** Faults outside the annotated claims that the reports really have (outline, wording), found where they are. */
const FAULTS: Partial<Record<ReferenceName, KnownFault[]>> = {
  'shangjie-2020': [{ rule: 'S-08', quote: '等五部分组成', why: 'the 前言 lists five parts (no 其他需要报告的事项) of a six-part report' }],
  // The issue's own example of a word written twice, as the PDF has it.
  'shanghai-kewei-2024': [{ rule: 'TXT-06', quote: '资金资金', why: '“科技计划资金资金分配结果信息”' }],
};

describe.each(REFERENCE_REPORTS)('%s', (name) => {
  acceptNarrative(referenceReport(name), annotations(name), FAULTS[name]);
});
