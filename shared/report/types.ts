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
 * unreadable in the source, ambiguous (several readings fit), printed blank and read as 0, or
 * printed in 元 where the form asks for 万元 and converted.
 */
export const IMPORT_MARK_REASONS = ['unreadable', 'ambiguous', 'blankAsZero', 'converted'] as const;

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

/**
 * 署名 and 成文日期 (GB/T 9704-2012 §7.3.5): the closing block printed below the text, the
 * issuing body right-aligned with the date under it.
 */
export interface Closing {
  /** 署名; null: the organisation's name. */
  signature: string | null;
  /** 成文日期, "YYYY-MM-DD"; null: 发布日期 when it is set. */
  date: string | null;
}

/**
 * How an imported figure's place in the table was proven (never guessed): by the printed header
 * over it, by its position in a row of the statute's shape, or by the statute's arithmetic.
 */
export const PROVENANCE_PROOFS = ['header', 'position', 'arithmetic'] as const;
export type ProvenanceProof = (typeof PROVENANCE_PROOFS)[number];

/**
 * Where an imported figure stood in its source: a line (1-based) and column (0-based, UTF-16
 * units) of a text or markdown file; a page (1-based) and the left edge and baseline of the
 * printed piece in a PDF (points from the page's top left); a table, row and cell of a Word or
 * HTML table (1-based, in document order: every table counts, nested ones too; a row's cells as
 * its markup lists them); or a paragraph of a Word file or saved page outside any table (1-based)
 * and the column in its text as read (entities decoded, runs of white space as one).
 */
export type SourcePlace =
  | { kind: 'text'; line: number; column: number }
  | { kind: 'page'; page: number; x: number; y: number }
  | { kind: 'table'; table: number; row: number; cell: number }
  | { kind: 'paragraph'; paragraph: number; column: number };

/** One imported figure's provenance: where it stood, what was printed there, how it was proven. */
export interface CellSource {
  place: SourcePlace;
  /** The figure exactly as printed at `place` ('' for a cell printed blank, "/" for not applicable). */
  printed: string;
  /**
   * A figure printed in two pieces (digits broken over two lines, a number cut into two cells)
   * and joined by the statute's arithmetic: where its second piece stood, as printed there.
   */
  joined?: { place: SourcePlace; printed: string };
  /** The source as printed around the figure (a short excerpt, for the clerk). */
  snippet: string;
  proof: ProvenanceProof;
}

/**
 * Cells counted from a ledger (台账): the ledger's file name and sheet (never its content — it
 * holds applicants' names) and, per counted cell, the ledger's row numbers it counts.
 */
export interface LedgerLink {
  /** The ledger file's name (never a path). */
  source: string;
  sheet: string;
  /** When it was counted (ISO date-time). */
  countedAt: string;
  /** Per cell, the row numbers as the spreadsheet shows them (1-based). */
  rows: Record<CellKey, number[]>;
}

/**
 * The report's life (起草 → 送审 → 审核通过 / 退回 → 签发 → 备案 → 发布): each step a clerk or
 * reviewer records. 送审 … 发布 are the steps; 起草 is where a report is before any, or after an
 * edit since its last step.
 */
export const WORKFLOW_STEPS = ['submit', 'approve', 'return', 'sign', 'file', 'publish'] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/** One recorded step, with the fingerprint of the version it froze. */
export interface WorkflowEntry {
  step: WorkflowStep;
  /** Who (a typed name: people are named, not logged in). */
  by: string;
  /** When it was recorded (ISO date-time with the clerk's offset). */
  at: string;
  note: string;
  /** The content fingerprint of the frozen version (a key of Workflow.versions). */
  fingerprint: string;
  /** 发布: the publication date "YYYY-MM-DD"; null for other steps. */
  date: string | null;
  /** 发布: the portal address, when given. */
  url: string | null;
}

/** A reviewer's remark (审核意见), anchored to its place as acknowledgements are. */
export interface Remark {
  id: string;
  /** cells:…, table:…, part:… or text:… (shared/reconcile/anchor). */
  anchor: string;
  /** What it concerns as the reviewer saw it: a cell's label, a quoted sentence. */
  quote: string;
  text: string;
  by: string;
  at: string;
  resolved: { by: string; at: string; note: string } | null;
}

/** What a version freezes and a fingerprint covers: everything that is printed. */
export type ReportContent = Pick<Report, 'edition' | 'year' | 'organization' | 'title' | 'text' | 'cells' | 'notApplicable' | 'fees' | 'closing'>;

export interface Workflow {
  history: WorkflowEntry[];
  /** The frozen versions by fingerprint (a version frozen by several steps is kept once). */
  versions: Record<string, ReportContent>;
  remarks: Remark[];
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
  /** Since fileVersion 4: 署名 and 成文日期. */
  closing: Closing;
  /** Where each imported figure stood in its source and how it was proven, until the clerk edits it. */
  provenance: Record<CellKey, CellSource>;
  /** Ledgers the tables were counted from, with the rows behind each counted cell. */
  ledgers: LedgerLink[];
  /** Review, sign-off, filing and publication: the steps, the frozen versions and the remarks. */
  workflow: Workflow;
  /** A consolidated report (汇总): the units it sums, kept with it; absent for a unit's own report. */
  consolidation?: Consolidation;
}

/**
 * What a consolidated report (汇总) was summed from: each unit's report, and the units expected
 * but left out with the reason — so that a county's desk knows a township's consolidated report
 * already holds its offices and never counts them twice.
 */
export interface Consolidation {
  /** When it was summed (ISO date-time). */
  at: string;
  units: { organization: string; file: string; errors: number; warnings: number }[];
  left: { organization: string; reason: string }[];
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
