// What a frozen version holds and a fingerprint covers: the printed content of a report (title,
// organisation, year, edition, text, cells, "/" cells, 信息处理费, closing). The fingerprint is
// SHA-256 over one canonical form, so the same content gives the same fingerprint on any PC,
// whatever order the file listed its cells in; savedAt, the history itself and view settings
// never change it (design §3).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { EDITIONS, cellIndex } from '../formats';
import { TEXT_SECTIONS, type Report, type ReportContent } from '../report';

/** Bumped only if the canonical form ever changes: old fingerprints then stay what they were. */
const CANONICAL_VERSION = 'nianbao-content/1';

/** The report's content, cells and "/" cells in print order (so that files stay byte-stable). */
export function contentOf(report: ReportContent): ReportContent {
  const index = cellIndex(EDITIONS[report.edition]);
  const cells: Record<string, number> = {};
  for (const cell of index.all) if (report.cells[cell.key] !== undefined) cells[cell.key] = report.cells[cell.key];
  // A key the edition does not know is never dropped from what is fingerprinted.
  for (const [key, value] of Object.entries(report.cells)) if (!index.byKey.has(key)) cells[key] = value;
  const na = new Set(report.notApplicable);
  const notApplicable = [...index.all.map((c) => c.key).filter((k) => na.has(k)), ...report.notApplicable.filter((k) => !index.byKey.has(k))];
  return {
    edition: report.edition,
    year: report.year,
    organization: report.organization,
    title: report.title,
    text: Object.fromEntries(TEXT_SECTIONS.map((s) => [s, report.text[s]])) as Report['text'],
    cells,
    notApplicable,
    fees: { noticeCount: report.fees.noticeCount, noticeAmountYuan: report.fees.noticeAmountYuan, collectedYuan: report.fees.collectedYuan },
    closing: { signature: report.closing.signature, date: report.closing.date },
  };
}

/**
 * One string per content: fields in a fixed order, cells and "/" cells sorted by key (code
 * points, not print order: a future edition's layout can never change an old fingerprint).
 */
export function canonicalForm(content: ReportContent): string {
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const cells = Object.keys(content.cells)
    .sort(byKey)
    .map((k) => [k, content.cells[k]]);
  return JSON.stringify([
    CANONICAL_VERSION,
    content.edition,
    content.year,
    content.organization,
    content.title,
    TEXT_SECTIONS.map((s) => content.text[s]),
    cells,
    [...new Set(content.notApplicable)].sort(byKey),
    [content.fees.noticeCount, content.fees.noticeAmountYuan, content.fees.collectedYuan],
    [content.closing.signature, content.closing.date],
  ]);
}

// Versions are immutable objects that live as long as their draft: each is hashed once.
const hashed = new WeakMap<object, string>();

/** SHA-256 of the canonical form, 64 lowercase hex digits. */
export function fingerprint(content: ReportContent): string {
  const known = hashed.get(content);
  if (known) return known;
  const hex = bytesToHex(sha256(new TextEncoder().encode(canonicalForm(content))));
  hashed.set(content, hex);
  return hex;
}

/** Whether two contents print the same (what the fingerprint covers), without hashing either. */
export function sameContent(a: ReportContent, b: ReportContent): boolean {
  if (a === b) return true;
  if (a.edition !== b.edition || a.year !== b.year || a.organization !== b.organization || a.title !== b.title) return false;
  if (TEXT_SECTIONS.some((s) => a.text[s] !== b.text[s])) return false;
  if (a.fees.noticeCount !== b.fees.noticeCount || a.fees.noticeAmountYuan !== b.fees.noticeAmountYuan || a.fees.collectedYuan !== b.fees.collectedYuan) return false;
  if (a.closing.signature !== b.closing.signature || a.closing.date !== b.closing.date) return false;
  const ak = Object.keys(a.cells);
  if (ak.length !== Object.keys(b.cells).length || ak.some((k) => a.cells[k] !== b.cells[k])) return false;
  const na = new Set(a.notApplicable);
  const nb = new Set(b.notApplicable);
  return na.size === nb.size && [...na].every((k) => nb.has(k));
}

/** A short form for people: the first 8 hex digits, as git shows a commit. */
export const shortFingerprint = (fp: string): string => fp.slice(0, 8);

/** The report with its printed content replaced by a version's (everything else kept). */
export function withContent(report: Report, content: ReportContent): Report {
  const c = contentOf(content);
  return { ...report, ...c };
}
