// 严重表述错误 (TXT-05): exact wrong forms and their right forms — the shipped list (lexicon.json,
// each entry with its source) and the office's own plain-text list (its leaders' names and titles),
// read by parseUserLexicon. Exact matches only, never a guess; a place where the text reads an
// entry's right form is never flagged, even when a wrong form is part of it ("李克" in "李克强").

import shipped from './lexicon.json';

export type LexiconKind = 'politics' | 'organization' | 'statute' | 'common' | 'office';

export interface LexiconEntry {
  wrong: string;
  right: string;
  kind: LexiconKind;
  /** Where the right form is set down, or where the wrong one was seen; for the office's list, its line. */
  source: string;
}

/** How a message names each kind. */
export const LEXICON_KINDS: Readonly<Record<LexiconKind, string>> = {
  politics: '政治术语',
  organization: '国名、机构名称',
  statute: '法规名称',
  common: '常见别字',
  office: '本单位用语表',
};

export const SHIPPED_LEXICON: readonly LexiconEntry[] = shipped.entries as LexiconEntry[];

/** The office's list: a file as long as an office would write, entries as long as a title. */
export const USER_LEXICON_LIMITS = { entries: 2000, length: 50 } as const;

export interface UserLexicon {
  entries: LexiconEntry[];
  /** Lines that could not be read, each "第 N 行：…" (shown to the clerk, never fatal). */
  problems: string[];
}

/** "错误写法 → 正确写法", also ->, =>, =, a tab or spaces between the two; "#" starts a note. */
const SEPARATOR = /\s*(?:→|->|=>|=|＝|\t)\s*|\s+/;

/**
 * The office's list as it writes it, one entry a line:
 *   张三峰 → 张三丰    # 县长姓名
 * Blank lines and lines starting with # are skipped. A line that is not an entry is named in
 * `problems` and left out; the rest are used.
 */
export function parseUserLexicon(text: string): UserLexicon {
  const entries: LexiconEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const [body, ...note] = line.split(/[#＃]/);
    const content = body.trim();
    if (content === '') return;
    const at = `第 ${i + 1} 行`;
    if (entries.length >= USER_LEXICON_LIMITS.entries) {
      if (problems.length === 0 || !problems[problems.length - 1].includes('条目过多')) problems.push(`${at}起未读取：条目过多（最多 ${USER_LEXICON_LIMITS.entries} 条）`);
      return;
    }
    const parts = content.split(SEPARATOR).filter(Boolean);
    if (parts.length !== 2) {
      problems.push(`${at}“${content.slice(0, 30)}”应写成“错误写法 → 正确写法”`);
      return;
    }
    const [wrong, right] = parts;
    if (wrong === right) problems.push(`${at}错误写法与正确写法相同`);
    else if (wrong.length > USER_LEXICON_LIMITS.length || right.length > USER_LEXICON_LIMITS.length) problems.push(`${at}过长（每项最多 ${USER_LEXICON_LIMITS.length} 字）`);
    else if (!seen.has(wrong)) {
      seen.add(wrong);
      const remark = note.join('#').trim();
      entries.push({ wrong, right, kind: 'office', source: remark ? `本单位用语表${at}：${remark}` : `本单位用语表${at}` });
    }
  });
  return { entries, problems };
}

/** A wrong form found: where in the text searched and which entry. */
export interface WrongForm {
  start: number;
  end: number;
  entry: LexiconEntry;
}

interface Compiled {
  pattern: RegExp;
  byWrong: Map<string, LexiconEntry>;
  /** For each wrong form, the right forms that contain it and where ("李克" in "李克强" at 0). */
  inside: Map<string, { right: string; offset: number }[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new WeakMap<readonly LexiconEntry[], Compiled>();

function compile(entries: readonly LexiconEntry[]): Compiled {
  let found = compiled.get(entries);
  if (found) return found;
  const byWrong = new Map<string, LexiconEntry>();
  // The office's own entries first: its word on its own names wins.
  for (const e of entries) if (!byWrong.has(e.wrong)) byWrong.set(e.wrong, e);
  const wrongs = [...byWrong.keys()].sort((a, b) => b.length - a.length);
  const inside = new Map<string, { right: string; offset: number }[]>();
  for (const wrong of wrongs) {
    const holders: { right: string; offset: number }[] = [];
    for (const e of entries) for (let k = e.right.indexOf(wrong); k >= 0; k = e.right.indexOf(wrong, k + 1)) holders.push({ right: e.right, offset: k });
    if (holders.length > 0) inside.set(wrong, holders);
  }
  // One alternation, longest first: one pass over the text whatever the number of entries.
  const pattern = new RegExp(wrongs.length > 0 ? wrongs.map(escape).join('|') : '(?!)', 'g');
  compiled.set(entries, (found = { pattern, byWrong, inside }));
  return found;
}

/** Every wrong form in the text, except where the text reads a right form that contains it. */
export function findWrongForms(text: string, entries: readonly LexiconEntry[]): WrongForm[] {
  const { pattern, byWrong, inside } = compile(entries);
  const out: WrongForm[] = [];
  for (const m of text.matchAll(pattern)) {
    const at = m.index!;
    const correct = inside.get(m[0])?.some(({ right, offset }) => text.startsWith(right, at - offset));
    if (!correct) out.push({ start: at, end: at + m[0].length, entry: byWrong.get(m[0])! });
  }
  return out;
}

const joined = new WeakMap<readonly LexiconEntry[], readonly LexiconEntry[]>();

/** The shipped list with the office's entries (before it, so that they win), one array per office list. */
export function withShipped(user: readonly LexiconEntry[] | undefined): readonly LexiconEntry[] {
  if (!user || user.length === 0) return SHIPPED_LEXICON;
  let found = joined.get(user);
  if (!found) joined.set(user, (found = [...user, ...SHIPPED_LEXICON]));
  return found;
}
