// Draft summaries for the desk's tests, as the parsing worker would give them: a unit's name, year
// and what a test needs, the rest a clean report's (no findings, published on time).

import { signatureOf, type DraftSummary, type FoundDraft } from '../../../shared/desk';
import { blankReport } from '../../../shared/report';

const FIGURES = { received: 10, concluded: 9, carried: 1, reviews: 0, lawsuits: 0 };

/**
 * A narrative of its own for each unit: sentences naming the unit's own work ("公安局" — not its full
 * name, which 雷同 ignores). Two of the same length compare as halves exactly.
 */
export const ownText = (core: string) => `围绕${core}领域重点工作推进政务公开，及时发布${core}相关政策文件。${core}依法办理政府信息公开申请，答复文书规范完整。`;

export function summary(organization: string, year: number, over: Partial<DraftSummary> = {}, text = ownText(organization.replace(/^某县/, ''))): DraftSummary {
  const report = blankReport(organization, year);
  return {
    organization,
    year,
    edition: year >= 2021 ? '2021' : '2019',
    organizationType: null,
    errors: 0,
    warnings: 0,
    stage: 'draft',
    openRemarks: 0,
    followUp: null,
    publishDate: `${year + 1}-01-20`,
    published: false,
    figures: FIGURES,
    tables: { 'apply.R1.TOT': FIGURES.received },
    signature: signatureOf({ ...report, text: { ...report.text, overview: text } }),
    consolidates: [],
    savedAt: '2025-01-15T09:00:00+08:00',
    prior: null,
    ...over,
  };
}

export const found = (file: string, s: DraftSummary): FoundDraft => ({ file, summary: s });
