// The desk's part of the contract (政务公开办的单位一览, issue 25): the page gets the desk's rows and
// names a unit's draft by the file the desk listed — never a path; main keeps the folder, the
// paths and the roster. No runtime imports: the preload bundles channels.ts, which imports this.

import type { DeskView } from '../desk';

export type DeskOpened = { ok: true; view: DeskView };
/** While the folder is read: drafts answered of those found (total 0 until the tree is walked). */
export interface DeskProgress {
  busy: boolean;
  done: number;
  total: number;
}
export type DeskExportFormat = 'xlsx' | 'pdf';
export const DESK_EXPORT_FORMATS: readonly DeskExportFormat[] = ['xlsx', 'pdf'];
/** 汇总 from the desk: the 本级政府's name, and the units the office confirmed despite their problems (by key). */
export interface DeskSumRequest {
  organization: string;
  confirmed: string[];
}
/** A roster unit's former name (更名) or a unit merged into it (合并), as the office records it. */
export interface FormerNameRequest {
  unit: string;
  former: string;
}
