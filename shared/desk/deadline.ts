// Each unit's publication deadline (条例第四十九条, as S-06 checks it: a department's, a township's
// or a street's own report by 1月31日, a government's consolidated report by 3月31日) and where the
// unit stands against it on a given day: published late, overdue, or due in N days.

import { guessOrganizationType, publicationDeadline, type OrganizationType } from '../report';
import type { UnitType } from './types';

/** The deadline's kind of body for a roster type; 其他 says nothing. */
const BY_UNIT_TYPE: Readonly<Record<UnitType, OrganizationType | null>> = {
  department: 'department',
  township: 'township',
  street: 'township',
  zone: 'department',
  government: 'government',
  other: null,
};

/**
 * The type that sets the deadline: the one the draft's clerk chose, else the roster's, else the
 * name's. A 开发区 or another body the name does not place reports as a department does.
 */
export function deadlineType(draftType: OrganizationType | null, unitType: UnitType, name: string): OrganizationType {
  return draftType ?? BY_UNIT_TYPE[unitType] ?? guessOrganizationType(name) ?? 'department';
}

export function deadlineOf(type: OrganizationType, year: number): string {
  return publicationDeadline(type, year).iso;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export interface Timeliness {
  late: boolean;
  /** Published late by, or overdue by, in days. */
  lateDays: number | null;
  /** Not published, deadline not passed: days left. */
  dueInDays: number | null;
}

/**
 * A 发布日期 after `today` is a plan, not a publication: the unit is still due (or overdue). A
 * report without one is overdue once the deadline has passed.
 */
export function timeliness(publishDate: string | null, deadline: string, today: string): Timeliness {
  if (publishDate !== null && publishDate <= today) {
    const late = publishDate > deadline;
    return { late, lateDays: late ? daysBetween(deadline, publishDate) : null, dueInDays: null };
  }
  if (today > deadline) return { late: true, lateDays: daysBetween(deadline, today), dueInDays: null };
  return { late: false, lateDays: null, dueInDays: daysBetween(today, deadline) };
}
