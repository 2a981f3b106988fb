// reconcile(report, prior?) -> findings: every rule of spec §7 that this edition has, the
// narrative checks, and the clerk's acknowledgements marked on the warnings they accept.
// Pure and synchronous; the editor calls it once per report change.

import type { CellKey } from '../formats';
import type { Report } from '../report';
import { markAcknowledged } from './anchor';
import { contextOf } from './context';
import { checkNarrative } from './narrative';
import { checkActive2019, checkActive2021 } from './rules/active';
import { checkPublished } from './rules/published';
import { checkBalance, checkCarryOver, checkFees } from './rules/apply';
import { KIND_RULES, checkCellKinds, checkStatedTotals } from './rules/cells';
import { checkHiddenCharacters } from './rules/characters';
import { checkEdition, checkPublication, checkTitleAndYear } from './rules/structure';
import type { Finding } from './types';
import type { LexiconEntry } from './wording/lexicon';

export type { Finding, Severity, TextSpan } from './types';
export { RULES } from './catalog';
export type { RuleInfo } from './catalog';
export { cellValues } from './values';
export type { CellValues } from './values';
export { anchorOf, canAcknowledge, lapsedAcknowledgements } from './anchor';
export { LEXICON_KINDS, SHIPPED_LEXICON, USER_LEXICON_LIMITS, findWrongForms, parseUserLexicon } from './wording/lexicon';
export type { LexiconEntry, LexiconKind, UserLexicon } from './wording/lexicon';

export interface ReconcileOptions {
  /** Cells whose typed text could not be read (the editor's INPUT-01): neither blank nor a figure. */
  unreadable?: ReadonlySet<CellKey>;
  /**
   * The office's own wrong forms (its leaders' names and titles …), from its plain-text list
   * (parseUserLexicon); checked with the shipped lexicon (TXT-05). Keep the same array across
   * calls: the matcher is built once per array.
   */
  lexicon?: readonly LexiconEntry[];
}

/**
 * @param prior the same body's draft for the year before; cross-year rules (T3-05, T2A-04,
 *   T2A-05, T2B-03, T2B-04, TXT-02) run only when it is exactly one year earlier.
 */
export function reconcile(report: Report, prior?: Report, options: ReconcileOptions = {}): Finding[] {
  const ctx = contextOf(report, prior, options.unreadable, options.lexicon);
  checkEdition(ctx);
  checkTitleAndYear(ctx);
  checkPublication(ctx);
  checkHiddenCharacters(ctx);
  checkCellKinds(ctx);
  checkStatedTotals(ctx);
  if (ctx.edition.id === '2019') checkActive2019(ctx);
  else checkActive2021(ctx);
  checkBalance(ctx);
  checkCarryOver(ctx);
  checkFees(ctx);
  checkNarrative(ctx);
  checkPublished(ctx);
  markAcknowledged(ctx.out, report);
  return ctx.out;
}

/** A finding that lists blank cells (counted as 0) rather than a wrong figure. */
export function isBlankCellsFinding(f: Finding): boolean {
  return f.severity === 'warning' && KIND_RULES.has(f.rule);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
