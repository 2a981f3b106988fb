// The Report: what a clerk enters for one organisation and one report year (design §3).

import type { CellKey, EditionId, TextSectionId } from '../formats';

export interface Fees {
  /** 发出收费通知的件数 (2021 edition, part 六; 国办函〔2020〕109号). */
  noticeCount: number | null;
  /** 收费通知总金额, 元. */
  noticeAmountYuan: number | null;
  /** 实际收取的总金额, 元. */
  collectedYuan: number | null;
}

/**
 * 机关类型, for the publication deadline (条例第四十九条, spec S-06): a department's or a
 * township's own report is due by 1月31日, a county-or-higher government's consolidated report
 * by 3月31日.
 */
export const ORGANIZATION_TYPES = ['department', 'township', 'government'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/**
 * A warning the clerk has read and accepted, with the reason (说明). `anchor` names the place
 * of the finding (its cells, or its quoted text) so that it survives edits elsewhere; it is
 * computed by shared/reconcile from the finding.
 */
export interface Acknowledgement {
  rule: string;
  anchor: string;
  reason: string;
}

/**
 * What an import could not establish about a cell, kept until the clerk edits or confirms it:
 * unreadable in the source, ambiguous (several readings fit), or printed blank and read as 0.
 */
export const IMPORT_MARK_REASONS = ['unreadable', 'ambiguous', 'blankAsZero'] as const;

export interface ImportMark {
  reason: (typeof IMPORT_MARK_REASONS)[number];
  /** Why, in Chinese, for the clerk (shown on hover). */
  detail: string;
}

/** The summary of the import a draft was started from, so that it can be reopened later. */
export interface ImportRecord {
  /** The source file's name (never a path). */
  source: string;
  /** When it was imported (ISO date-time). */
  importedAt: string;
  /** What was recognised and from where, and every line and cell left out: sentences for the clerk. */
  notes: string[];
}

export const EXPORT_FONTS = ['gb2312', 'common'] as const;

/** How exports set type (spec §10). */
export interface ExportOptions {
  /** 'gb2312': 仿宋_GB2312 / 楷体_GB2312 as GB/T 9704 practice names them; 'common': 仿宋 / 楷体 for PCs without the GB2312 fonts. */
  fonts: (typeof EXPORT_FONTS)[number];
}

export interface Report {
  edition: EditionId;
  year: number;
  organization: string;
  /** null: the standard "<机关>YYYY年政府信息公开工作年度报告". */
  title: string | null;
  /** Narrative, plain text, one paragraph per line. */
  text: Record<TextSectionId, string>;
  /**
   * Entered cells; a missing key is a blank cell. Nianbao computes totals and never stores
   * them, but a derived key may appear as a *stated* total (printed in an imported report or
   * written by another tool): reconcile then checks it against the computed sum.
   */
  cells: Record<CellKey, number>;
  /** Printed as "/" (e.g. no power to make 规章); counts as 0. */
  notApplicable: CellKey[];
  fees: Fees;
  /** Rule id → the clerk's explanation for a finding that allows an override (e.g. T3-05). */
  explanations: Record<string, string>;
  /** 发布日期, "YYYY-MM-DD"; optional while drafting (spec S-06). */
  publishDate: string | null;
  /** null: guessed from the organisation's name (e.g. "…人民政府" → government). */
  organizationType: OrganizationType | null;
  /** Warnings the clerk has acknowledged with a reason. */
  acknowledgements: Acknowledgement[];
  /** Cells an import could not establish, until the clerk settles them. */
  importMarks: Record<CellKey, ImportMark>;
  /** The import this draft was started from, if any. */
  importRecord: ImportRecord | null;
  exportOptions: ExportOptions;
}

export const TEXT_SECTIONS: readonly TextSectionId[] = [
  'preamble',
  'overview',
  'active',
  'applications',
  'review',
  'problems',
  'other',
];
