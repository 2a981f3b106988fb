// 机关类型 from the organisation's name, for the publication deadline (条例第四十九条, spec
// S-06) when the clerk has not set it: a guess the editor shows and the clerk can change.

import type { OrganizationType, Report } from './types';

/** 乡、镇人民政府 and 街道办事处: their own report, due by 1月31日 like a department's. */
const TOWNSHIP = /(?:镇|乡|苏木)(?:人民政府)?$|街道(?:办事处)?$|街道办$/;
/** 县级以上地方人民政府 (its consolidated report, due by 3月31日). */
const GOVERNMENT = /人民政府$/;
/** Offices, bureaux, commissions and other bodies (their own report, due by 1月31日). */
const DEPARTMENT = /(?:办公室|办公厅|局|委员会|委|厅|办|署|中心|院|会|所|站|部)$/;

/** null when the name does not tell (e.g. "平潭综合实验区"). */
export function guessOrganizationType(organization: string): OrganizationType | null {
  const name = organization.trim().replace(/[（(][^）)]*[）)]$/, '');
  if (TOWNSHIP.test(name)) return 'township';
  if (GOVERNMENT.test(name)) return 'government';
  if (DEPARTMENT.test(name)) return 'department';
  return null;
}

/** The type the clerk set, or else the guess from the name. */
export function organizationTypeOf(report: Pick<Report, 'organization' | 'organizationType'>): OrganizationType | null {
  return report.organizationType ?? guessOrganizationType(report.organization);
}

export const ORGANIZATION_TYPE_NAMES: Readonly<Record<OrganizationType, string>> = {
  department: '部门（本机关年度报告）',
  township: '乡镇人民政府、街道办事处',
  government: '县级以上人民政府（本级政府汇总报告）',
};

/** Month and day by which each type publishes the report of the year before (条例第四十九条). */
const DEADLINES: Readonly<Record<OrganizationType, { month: number; day: number }>> = {
  department: { month: 1, day: 31 },
  township: { month: 1, day: 31 },
  government: { month: 3, day: 31 },
};

/** The last day to publish the report on `year`: ISO date and as a clerk writes it. */
export function publicationDeadline(type: OrganizationType, year: number): { iso: string; shown: string } {
  const { month, day } = DEADLINES[type];
  const iso = `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, shown: `${year + 1}年${month}月${day}日` };
}
