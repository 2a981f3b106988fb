// The 政务公开办's desk as data: the roster of units it expects reports from (单位名册), what the
// parsing worker reads from each unit's draft (DraftSummary), and the desk's rows and summary as
// the app, the command line, the workbook and the printed table all show them.

import type { CellKey, EditionId } from '../formats';
import type { Stage } from '../workflow';

/** 部门 / 乡镇 / 街道 / 开发区 / 县（市、区）政府 (a city's desk) / 其他. */
export const UNIT_TYPES = ['department', 'township', 'street', 'zone', 'government', 'other'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE_NAMES: Readonly<Record<UnitType, string>> = {
  department: '部门',
  township: '乡镇',
  street: '街道',
  zone: '开发区',
  government: '县（市、区）政府',
  other: '其他',
};

/** One unit the office expects a report from. */
export interface RosterUnit {
  name: string;
  type: UnitType;
  /** 联系人 and 电话 as the office keeps them. */
  contact: string;
  /** 曾用名, or the units merged into this one: a draft under one of them is this unit's, and said so. */
  formerNames: string[];
}

export interface Roster {
  units: RosterUnit[];
  /** The file it was read from; null: started from the drafts found. */
  source: string | null;
  /** Rows left out or doubtful, each with its row number (Chinese). */
  problems: string[];
}

/** 新收 (一、本年新收), 办结 (（七）总计), 结转 (四、结转下年度), 行政复议, 行政诉讼 — 总计 each. */
export interface KeyFigures {
  received: number | null;
  concluded: number | null;
  carried: number | null;
  reviews: number | null;
  lawsuits: number | null;
}

/** A report's text for 雷同: one hash per sentence (years, figures and names ignored) and its weight. */
export interface Signature {
  keys: string[];
  weights: number[];
}

/** 退回 and what came of it: still as returned, being revised (edited, not yet sent again), or sent again. */
export interface FollowUp {
  state: 'returned' | 'revising' | 'resubmitted';
  at: string;
  by: string;
}

/** What the desk needs of one draft: read in the parsing worker, so main never holds the reports. */
export interface DraftSummary {
  organization: string;
  year: number;
  edition: EditionId;
  /** 机关类型 as set in the draft (never a guess). */
  organizationType: 'department' | 'township' | 'government' | null;
  /** As `check` counts them (with the last year's report the draft remembers); accepted warnings left out. */
  errors: number;
  warnings: number;
  stage: Stage;
  openRemarks: number;
  followUp: FollowUp | null;
  /** 发布: the date recorded with the step, else the report's own 发布日期. */
  publishDate: string | null;
  published: boolean;
  figures: KeyFigures;
  /** Every cell of tables 三 and 四, totals too. */
  tables: Record<CellKey, number | null>;
  signature: Signature;
  /** The units a consolidated report sums (汇总), by name; [] for a unit's own report. */
  consolidates: string[];
  savedAt: string;
  /** Last year's report the draft remembers, if any. */
  prior: PriorSummary | null;
}

export interface PriorSummary {
  organization: string;
  year: number;
  figures: KeyFigures;
  signature: Signature;
}

/** A draft found in the folder tree: its path relative to the desk's folder. */
export interface FoundDraft {
  file: string;
  summary: DraftSummary;
}

export interface UnreadableDraft {
  file: string;
  reason: string;
}

export interface SimilarUnit {
  name: string;
  ratio: number;
}

/** One row of the desk: an expected unit (missing or not), or a draft of the year outside the roster. */
export interface DeskRow {
  /** The unit's identity (shared/units/identity): stable across spellings. */
  key: string;
  name: string;
  type: UnitType;
  contact: string;
  /** On the roster; false: a draft of the year that no roster unit's name proves to be its. */
  expected: boolean;
  missing: boolean;
  /** The draft shown, relative to the desk's folder. */
  file: string | null;
  /** The organisation as the draft writes it, when it is not the roster's name. */
  draftName: string | null;
  year: number | null;
  edition: EditionId | null;
  errors: number | null;
  warnings: number | null;
  openRemarks: number | null;
  stage: Stage | null;
  followUp: FollowUp | null;
  publishDate: string | null;
  /** Published on or before the desk's day (a later 发布日期 is a plan). */
  published: boolean;
  deadline: string;
  late: boolean;
  /** Published late by, or overdue by (not published and past the deadline), in days. */
  lateDays: number | null;
  /** Not published yet, deadline ahead: days left (0: today). */
  dueInDays: number | null;
  repetitionFromLastYear: number | null;
  mostSimilarUnit: SimilarUnit | null;
  figures: KeyFigures | null;
  priorFigures: KeyFigures | null;
  tables: Record<CellKey, number | null> | null;
  /** The unit's draft could not be read: why. */
  unreadable: string | null;
  /** Other drafts of the same unit for the year (never summed twice, never picked silently). */
  duplicates: string[];
  /** The consolidated reports (汇总) of roster units already holding this unit, when both are in the folder: every one. */
  coveredBy: string[];
  consolidates: string[];
  /** Each problem in Chinese: what and where. */
  problems: string[];
  /** The problems in a word each (未收到、有错误、逾期 …): a narrow column, the printed table. */
  flags: string[];
  notes: string[];
  goodStanding: boolean;
}

export interface DeskSummary {
  expected: number;
  received: number;
  missing: number;
  wrongYear: number;
  withErrors: number;
  withOpenRemarks: number;
  returned: number;
  late: number;
  published: number;
  repeated: number;
  unreadable: number;
  outsideRoster: number;
  goodStanding: number;
}

export interface DeskView {
  /** The folder's name (never a path). */
  folder: string;
  year: number;
  edition: EditionId;
  /** The day the deadlines were counted from. */
  today: string;
  roster: { source: string | null; units: number; problems: string[] };
  /** The folder last year's reports were read from (上年文件夹), by name; null: none chosen. */
  prior: string | null;
  rows: DeskRow[];
  summary: DeskSummary;
  /** Files that could not be read and belong to no unit the file name proves. */
  unreadable: UnreadableDraft[];
  notes: string[];
}
