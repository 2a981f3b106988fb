// What a check reports: a rule id from the spec (§7) or our own prefix, the cells involved
// and a message a clerk can act on without reading the rule.

import type { CellKey } from '../formats';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  cells: CellKey[];
  message: string;
}
