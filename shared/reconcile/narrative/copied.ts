// TXT-02: parts 一 and 五 copied word for word from last year's report (条例第四十七条 lists
// 雷同 reports among those to be corrected).

import type { Context } from '../context';
import type { Finding } from '../types';
import { SECTION_NAMES } from '../../formats';

/** Share of the text, by characters, found word for word in last year's same part. */
export const COPIED_SHARE_LIMIT = 0.5;
const MIN_SENTENCE = 8;
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const trimmed = m[0].trim();
    if (trimmed) out.push({ text: trimmed, start: m.index! + m[0].indexOf(trimmed) });
  }
  return out;
}

const memory = new Map<string, { text: string; start: number }[]>();

function sentencesOf(text: string): { text: string; start: number }[] {
  let found = memory.get(text);
  if (!found) {
    if (memory.size >= 32) memory.clear();
    memory.set(text, (found = sentences(text)));
  }
  return found;
}

/** The finding for one part, remembered per pair of texts (a keystroke in a table changes neither). */
const found = new Map<string, { prior: string; year: number; finding: Finding | null }>();

export function checkCopiedText(ctx: Context): void {
  const prior = ctx.prior;
  if (!prior) return;
  for (const section of ['overview', 'problems'] as const) {
    const text = ctx.report.text[section];
    const before = prior.report.text[section];
    let hit = found.get(text);
    if (!hit || hit.prior !== before || hit.year !== prior.report.year) {
      if (found.size >= 32) found.clear();
      found.set(text, (hit = { prior: before, year: prior.report.year, finding: copiedFinding(section, text, before, prior.report.year) }));
    }
    if (hit.finding) ctx.out.push({ ...hit.finding });
  }
}

function copiedFinding(section: 'overview' | 'problems', text: string, priorText: string, priorYear: number): Finding | null {
  const before = new Set(sentencesOf(priorText).map((s) => s.text));
  const mine = sentencesOf(text).filter((s) => s.text.length >= MIN_SENTENCE);
  const copied = mine.filter((s) => before.has(s.text));
  const size = mine.reduce((n, s) => n + s.text.length, 0);
  const share = size === 0 ? 0 : copied.reduce((n, s) => n + s.text.length, 0) / size;
  if (share < COPIED_SHARE_LIMIT) return null;
  return {
    rule: 'TXT-02',
    severity: 'warning',
    cells: [],
    message: `「${SECTION_NAMES[section]}」有 ${Math.round(share * 100)}% 的文字（${copied.length} 句）与 ${priorYear} 年度报告完全相同，评议时会被视为内容雷同。请按本年实际情况重写。`,
    text: { section, start: copied[0].start, end: copied[0].start + copied[0].text.length },
  };
}
