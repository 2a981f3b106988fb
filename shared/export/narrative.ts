// Narrative text → paragraphs with heading levels recognised from their numbering, so staff
// can paste from Word and the export still styles each level (GB/T 9704: 一、黑体;
// （一）楷体; 1. and （1） 仿宋). A numbered line is a heading only when it reads like one:
// "1.行政法规、规章和规范性文件；" is an item of a list and stays body text.

export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

export interface Paragraph {
  /** 0: body text; 1: 一、; 2: （一）; 3: 1.; 4: （1）. */
  level: HeadingLevel;
  /** The heading phrase, up to and including its first full stop (empty for body text). */
  lead: string;
  /** Text after the heading phrase in the same paragraph, or the whole body paragraph. */
  rest: string;
  /** A heading on a line of its own: printed as a heading and kept with what follows. */
  heading: boolean;
}

const LEVELS: [HeadingLevel, RegExp][] = [
  [1, /^[一二三四五六七八九十]{1,3}、/],
  [2, /^[（(][一二三四五六七八九十]{1,3}[）)]/],
  [4, /^[（(]\d{1,2}[）)]/],
  // "1." but not "1.5万件" or "2020年"
  [3, /^\d{1,2}[.．、](?!\d)/],
];

export function headingLevel(line: string): HeadingLevel {
  return LEVELS.find(([, re]) => re.test(line))?.[0] ?? 0;
}

/**
 * Whether a numbered phrase reads as a heading: short, and no sentence inside it. A heading may
 * end with 。 or ： ("（三）政府信息管理情况。"); a list item ends with ；，、 or runs long.
 * Levels 1–2 allow "、" and "，" inside ("（三）完善公开制度规范，加强政府信息管理"); the
 * lower levels, where lists live, allow only "、".
 */
export function looksLikeHeading(phrase: string, level: HeadingLevel): boolean {
  const body = phrase.replace(/[。：:]$/, '');
  if (/[；;，,、]$/.test(body) || /[。；;！!？?：:]/.test(body)) return false;
  if (level <= 2) return body.length <= 30;
  return body.length <= 20 && !/[，,]/.test(body);
}

/** Spaces and the full-width indentation people type (U+3000 "\u3000\u3000") are not content. */
function clean(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

const comparable = (s: string) => s.normalize('NFKC').replace(/\s/g, '');
const body = (line: string): Paragraph => ({ level: 0, lead: '', rest: line, heading: false });

/**
 * @param ownHeadings the part's own heading and its variants: a first line repeating it
 *   (pasted with the text) is dropped, since the export prints the heading itself.
 */
export function paragraphs(text: string, ownHeadings: readonly string[] = []): Paragraph[] {
  const lines = text.split(/\r?\n/).map(clean).filter((l) => l !== '');
  const own = new Set(ownHeadings.map(comparable));
  if (lines.length > 0 && own.has(comparable(lines[0]))) lines.shift();
  return lines.map((line): Paragraph => {
    const level = headingLevel(line);
    if (level === 0) return body(line);
    const stop = line.search(/[。：:]/);
    if (stop === -1 || stop === line.length - 1) {
      return looksLikeHeading(line, level) ? { level, lead: line, rest: '', heading: true } : body(line);
    }
    // A run-in heading ("1.加强组织领导。及时召开…") styles its phrase; a long first sentence is no heading.
    const lead = line.slice(0, stop + 1);
    return looksLikeHeading(lead, level) ? { level, lead, rest: line.slice(stop + 1), heading: false } : body(line);
  });
}
