// 查找 / 替换 (Ctrl+F, Ctrl+H) across the narrative of every part, in the order of the report:
// the text looked for, the matches as the texts stand now, the current one, and replacing one or
// all of them (全部替换: one undo step).

import { create } from 'zustand';
import type { TextSectionId } from '../../shared/formats';
import type { Report } from '../../shared/report';
import { applyTextFixes, notify, useEditor } from './editor';
import { PART_IDS } from './findings';

export interface Match {
  section: TextSectionId;
  start: number;
  end: number;
}

export interface FindState {
  open: boolean;
  /** The 替换为 row is shown (Ctrl+H). */
  replacing: boolean;
  query: string;
  replacement: string;
  /** Index of the current match, or null before the first 下一个. */
  current: number | null;
}

export const useFind = create<FindState>(() => ({ open: false, replacing: false, query: '', replacement: '', current: null }));

const set = useFind.setState;

// One list per (texts, query): the bar and every text area ask on each change.
let memo: { text: Report['text']; query: string; matches: Match[] } | null = null;

export function matchesIn(text: Report['text'], query: string): Match[] {
  if (memo && memo.text === text && memo.query === query) return memo.matches;
  const matches: Match[] = [];
  if (query !== '') {
    for (const section of PART_IDS) {
      const body = text[section];
      for (let at = body.indexOf(query); at !== -1; at = body.indexOf(query, at + query.length)) matches.push({ section, start: at, end: at + query.length });
    }
  }
  memo = { text, query, matches };
  return matches;
}

export function openFind(replacing: boolean): void {
  set((s) => ({ open: true, replacing: replacing || (s.open && s.replacing) }));
}

export function closeFind(): void {
  set({ open: false, current: null });
}

export function setQuery(query: string): void {
  set({ query, current: null });
}

export function setReplacement(replacement: string): void {
  set({ replacement });
}

/** The next (or previous) match, going round from the last one to the first; null when there is none. */
export function step(text: Report['text'], direction: 1 | -1): Match | null {
  const { query, current } = useFind.getState();
  const matches = matchesIn(text, query);
  if (matches.length === 0) return null;
  const next = current === null ? (direction === 1 ? 0 : matches.length - 1) : (current + direction + matches.length) % matches.length;
  set({ current: next });
  return matches[next];
}

/** 替换: the current match takes the replacement; the next 下一个 goes to the match after it. */
export function replaceCurrent(text: Report['text']): boolean {
  const { query, replacement, current } = useFind.getState();
  const match = current === null ? null : matchesIn(text, query)[current];
  if (!match) return false;
  applyTextFixes([{ ...match, replacement }]);
  // After the replacement, not in it (replacing 年 with 年度 must not find 年 there again).
  const after = matchesIn(useEditor.getState().doc!.report.text, query);
  const order = (m: Match) => PART_IDS.indexOf(m.section);
  const next = after.findIndex((m) => order(m) > order(match) || (m.section === match.section && m.start >= match.start + replacement.length));
  set({ current: (next === -1 ? after.length : next) - 1 });
  return true;
}

/** 全部替换: every match in every part, as one undo step. */
export function replaceAll(text: Report['text']): number {
  const { query, replacement } = useFind.getState();
  const matches = matchesIn(text, query);
  if (matches.length > 0) applyTextFixes(matches.map((m) => ({ ...m, replacement })));
  set({ current: null });
  notify({ kind: 'info', text: matches.length > 0 ? `已全部替换，共 ${matches.length} 处（Ctrl+Z 可撤销）。` : `没有找到“${query}”。` });
  return matches.length;
}
