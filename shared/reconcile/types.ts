// What a check reports: a rule id from the spec (§7) or our own prefix, the cells involved
// and a message a clerk can act on without reading the rule.

import type { CellKey, TextSectionId } from '../formats';

/** Where in the narrative a finding is: a section and a character range in its text. */
export interface TextSpan {
  section: TextSectionId;
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  cells: CellKey[];
  message: string;
  /** For narrative findings: the exact place in the text. */
  text?: TextSpan;
  /** An obvious correction: replace the text span with this. */
  fix?: { label: string; replacement: string };
}
