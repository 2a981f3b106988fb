// What the clerk changes in the import confirmation before the draft opens: the organisation and
// the year, said in the import record so the summary reopened later tells the whole story.

import { reportYearProblem } from '../formats';
import type { Report } from '../report';

export interface Identity {
  organization: string;
  year: number;
}

/** Why this year cannot be taken, or null. */
export const yearProblem = reportYearProblem;

export function withIdentity(report: Report, { organization, year }: Identity): Report {
  const name = organization.trim();
  if (name === report.organization && year === report.year) return report;
  const notes = [...(report.importRecord?.notes ?? [])];
  if (name !== report.organization) notes.push(`导入确认时把机关名称由“${report.organization || '（空）'}”改为“${name}”。`);
  if (year !== report.year) notes.push(`导入确认时把报告年度由 ${report.year} 改为 ${year}。`);
  return { ...report, organization: name, year, importRecord: report.importRecord && { ...report.importRecord, notes } };
}
