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
