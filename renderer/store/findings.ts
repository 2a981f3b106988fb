// Findings as the editor shows them: the reconcile rules plus the cells whose typed text could
// not be read (kept visible, never dropped, and not also counted blank), per cell and per part,
// computed once per change.

import { EDITIONS, PARTS, TABLE_PARTS, cellIndex, type CellKey, type TableId, type TextSectionId } from '../../shared/formats';
import { isBlankCellsFinding, reconcile, type Finding, type Severity } from '../../shared/reconcile';
import type { Doc, EditorState } from './editor';
import { useLexicon } from './lexicon';

/** Our own id for typed text that is not a figure (design §5: own ids are prefixed). */
const INPUT_RULE = 'INPUT-01';

const cache = new WeakMap<Doc, { prior: unknown; lexicon: unknown; findings: Finding[] }>();

export function findingsOf(doc: Doc, prior: Doc['report'] | null): Finding[] {
  // The office's 用语表 arrives once, just after start: the same array from then on.
  const lexicon = useLexicon.getState().entries;
  const hit = cache.get(doc);
  if (hit && hit.prior === prior && hit.lexicon === lexicon) return hit.findings;
  const index = cellIndex(EDITIONS[doc.report.edition]);
  const inputs: Finding[] = Object.entries(doc.invalid).map(([key, input]) => {
    const cell = index.byKey.get(key)!;
    return { rule: INPUT_RULE, severity: 'error', cells: [key], message: `「${cell.rowLabel} / ${cell.columnLabel}」${input.reason}` };
  });
  const unreadable = new Set(Object.keys(doc.invalid));
  const findings = [...inputs, ...reconcile(doc.report, prior ?? undefined, { unreadable, lexicon })];
  cache.set(doc, { prior, lexicon, findings });
  return findings;
}

export interface CellStatus {
  severity: Severity;
  messages: string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const statusCache = new WeakMap<Finding[], Map<CellKey, CellStatus>>();

export function cellStatuses(findings: Finding[]): Map<CellKey, CellStatus> {
  let map = statusCache.get(findings);
  if (map) return map;
  map = new Map();
  for (const f of findings) {
    // A new form is all blanks: the panel says so once; marking every cell would drown the rest.
    // A warning the clerk accepted with a reason no longer marks its cells either.
    if (isBlankCellsFinding(f) || f.acknowledged !== undefined) continue;
    for (const key of f.cells) {
      const s = map.get(key);
      if (!s) map.set(key, { severity: f.severity, messages: [f.message] });
      else {
        if (RANK[f.severity] > RANK[s.severity]) s.severity = f.severity;
        s.messages.push(f.message);
      }
    }
  }
  statusCache.set(findings, map);
  return map;
}

/** The part where the clerk fixes it: its text, the part the rule names, or its cells' table. */
export function partOf(f: Finding): TextSectionId {
  if (f.text) return f.text.section;
  if (f.part) return f.part;
  if (f.cells.length > 0) return TABLE_PARTS[f.cells[0].split('.')[0] as TableId];
  return 'preamble';
}

/** What the clerk still has to look at: errors, and warnings not accepted with a reason. */
export const isOpen = (f: Finding): boolean => f.acknowledged === undefined;

/** How many open findings of a severity. */
export const countOpen = (findings: readonly Finding[], severity: Severity): number => findings.filter((f) => f.severity === severity && isOpen(f)).length;

/**
 * "errors,warnings" still open, in the whole report or in one part — the one count the panel,
 * the navigation and the folded strip all show. A string, so a subscriber re-renders only when a
 * count changes.
 */
export const openCounts =
  (part?: TextSectionId) =>
  (s: EditorState): string => {
    const all = findingsOf(s.doc!, s.prior);
    const findings = part === undefined ? all : all.filter((f) => partOf(f) === part);
    return `${countOpen(findings, 'error')},${countOpen(findings, 'warning')}`;
  };

export const PART_IDS: readonly TextSectionId[] = ['preamble', ...PARTS.map((p) => p.text)];
