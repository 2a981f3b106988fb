// Acceptance (issue "Checks a clerk can trust"): the narrative checks on the prose of the eight
// reference reports, with their hand-checked figures as the cells, against the annotations of
// every claim (see test/narrativeAcceptance.ts for what is asked of each verdict).

import { describe } from 'vitest';
import { acceptNarrative } from '../../narrativeAcceptance';
import { REFERENCE_REPORTS, annotations, referenceReport } from '../../referenceReports';

describe.each(REFERENCE_REPORTS)('%s', (name) => {
  acceptNarrative(referenceReport(name), annotations(name));
});
