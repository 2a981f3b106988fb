// A new, empty report and the standard title.

import { editionForYear } from '../formats';
import { TEXT_SECTIONS, type Report } from './types';

/** The title the format expects: "〈机关全称〉YYYY年政府信息公开工作年度报告" (spec S-05). */
export function standardTitle(organization: string, year: number): string {
  return `${organization}${year}年政府信息公开工作年度报告`;
}

export function reportTitle(report: Pick<Report, 'title' | 'organization' | 'year'>): string {
  return report.title ?? standardTitle(report.organization, report.year);
}

/** The fields added in fileVersions 3 and 4, as a report without them reads (fresh objects each call). */
export const REPORT_DEFAULTS = (): Pick<
  Report,
  'publishDate' | 'organizationType' | 'acknowledgements' | 'importMarks' | 'importRecord' | 'exportOptions' | 'closing' | 'provenance' | 'ledgers' | 'workflow'
> => ({
  publishDate: null,
  organizationType: null,
  acknowledgements: [],
  importMarks: {},
  importRecord: null,
  exportOptions: { fonts: 'gb2312' },
  closing: { signature: null, date: null },
  provenance: {},
  ledgers: [],
  workflow: { history: [], versions: {}, remarks: [] },
});

export function blankReport(organization: string, year: number): Report {
  const edition = editionForYear(year);
  if (!edition) throw new RangeError(`no national format for report year ${year}`);
  return {
    edition: edition.id,
    year,
    organization,
    title: null,
    text: Object.fromEntries(TEXT_SECTIONS.map((s) => [s, ''])) as Report['text'],
    cells: {},
    notApplicable: [],
    fees: { noticeCount: null, noticeAmountYuan: null, collectedYuan: null },
    explanations: {},
    ...REPORT_DEFAULTS(),
  };
}
