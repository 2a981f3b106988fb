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
  /** For narrative findings: the exact place in the text (an empty range: the section as a whole). */
  text?: TextSpan;
  /** Where the clerk fixes a finding that has neither cells nor text (e.g. a table left blank). */
  part?: TextSectionId;
  /**
   * Every place in the text the finding speaks of, when there are several (TXT-02: each sentence
   * repeated from last year), in text order; `text` is the first of them when the finding has one.
   */
  marks?: TextSpan[];
  /** A certain correction: replace the text span with this. */
  fix?: { label: string; replacement: string };
  /** The clerk's reason (说明) for accepting this warning, from the report's acknowledgements. */
  acknowledged?: string;
}
