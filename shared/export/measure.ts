// Text measured and broken into lines without a browser, so that the print layout is the same
// on every machine and the Word tables break their narrow header cells where the print layout
// does. A Chinese character or full-width mark is 1 em wide in every CJK font; Latin letters
// and digits are given the widest advance found among the fonts we name and their fallbacks
// (FangSong's are 0.5 em, Noto Serif CJK's up to ~1.05 em), so a measured line never overflows.

const NARROW = new Set([...".,:;!'|`ijlI"]);
const SEMI_NARROW = new Set([...'-/\\()[]{}"frt ']);
const WIDE = new Set([...'mwMW@%&']);

/** The advance of one character in em. */
export function advance(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x2e80 || /[—…“”‘’]/.test(ch)) return 1;
  if (NARROW.has(ch)) return 0.36;
  if (SEMI_NARROW.has(ch)) return 0.42;
  if (WIDE.has(ch)) return 1.06;
  if (/[A-Z]/.test(ch)) return 0.86;
  return 0.66;
}

/** The width of a text in points at a size, with extra spacing after every character. */
export function measure(text: string, sizePt: number, spacingPt = 0): number {
  let width = 0;
  for (const ch of text) width += advance(ch) * sizePt + spacingPt;
  return width;
}

// 避头尾 (GB/T 15834 practice): these never start a line …
const NO_START = new Set([...'，。、；：？！）》」』”’〕】〗〉%％·…—,.;:?!)]}']);
// … and these never end one.
const NO_END = new Set([...'（《「『“‘〔【〖〈([{']);

/** The most units 避头尾 moves to the next line (real text needs two or three: "抓”，"). */
const MAX_PULLED = 4;

/**
 * The text as units that must stay on one line: a run of Latin letters, digits and URL
 * characters is one unit (a number or a web address is not split); everything else is a
 * character. `words` may pre-cut the text (table labels, see words.ts).
 */
export function units(text: string, words?: readonly string[]): string[] {
  if (words) return [...words];
  return text.match(/[A-Za-z0-9@#%&*+=_~.,:;/\\?!'"()[\]{}|$-]+|[\s\S]/gu) ?? [];
}

/** A unit of text that goes on one line, with whatever the caller needs to know of it. */
export interface Piece {
  text: string;
}

/**
 * Greedy line breaking with the 避头尾 rules: a unit that may not start a line takes the last
 * unit of the line down with it; a unit that may not end one moves down. A unit wider than a
 * line is cut by characters. Widths in points; `firstIndent` narrows the first line.
 */
export function breakPieces<T extends Piece>(pieces: readonly T[], width: number, sizePt: number, spacingPt = 0, firstIndent = 0): T[][] {
  const size = (p: Piece) => measure(p.text, sizePt, spacingPt);
  const lines: T[][] = [[]];
  let used = 0;
  const room = () => (lines.length === 1 ? width - firstIndent : width);
  const queue = pieces.flatMap((p) => (size(p) > width ? [...p.text].map((ch) => ({ ...p, text: ch })) : [p]));
  for (const piece of queue) {
    const w = size(piece);
    const line = lines[lines.length - 1];
    if (used + w <= room() + 0.01 || line.length === 0) {
      line.push(piece);
      used += w;
      continue;
    }
    const next: T[] = [piece];
    // Pull back what may not start or end a line ("抓”，" moves down whole), keeping one unit
    // above — and at most a few: a run of marks longer than that breaks where it must (else
    // every line of "。。。…" would hold one mark and the text take thousands of pages).
    while (line.length > 1 && next.length <= MAX_PULLED && (NO_START.has(next[0].text[0]) || NO_END.has(line[line.length - 1].text.slice(-1)))) next.unshift(line.pop()!);
    lines.push(next);
    used = next.reduce((s, p) => s + size(p), 0);
  }
  return lines;
}

/** breakPieces for plain strings. */
export function breakLines(pieces: readonly string[], width: number, sizePt: number, spacingPt = 0, firstIndent = 0): string[] {
  return breakPieces(pieces.map((text) => ({ text })), width, sizePt, spacingPt, firstIndent).map((l) => l.map((p) => p.text).join(''));
}
