// Narrative text → paragraphs with heading levels recognised from their numbering, so staff
// can paste from Word and the export still styles each level (GB/T 9704: 一、黑体;
// （一）楷体; 1. and （1） 仿宋).

export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

export interface Paragraph {
  /** 0: body text; 1: 一、; 2: （一）; 3: 1.; 4: （1）. */
  level: HeadingLevel;
  /** The heading phrase, up to and including its first full stop (empty for body text). */
  lead: string;
  /** Text after the heading phrase in the same paragraph, or the whole body paragraph. */
  rest: string;
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

/** Spaces and the full-width indentation people type (U+3000 "\u3000\u3000") are not content. */
function clean(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

const comparable = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

/**
 * @param ownHeadings the part's own heading and its variants: a first line repeating it
 *   (pasted with the text) is dropped, since the export prints the heading itself.
 */
export function paragraphs(text: string, ownHeadings: readonly string[] = []): Paragraph[] {
  const lines = text.split(/\r?\n/).map(clean).filter((l) => l !== '');
  const own = new Set(ownHeadings.map(comparable));
  if (lines.length > 0 && own.has(comparable(lines[0]))) lines.shift();
  return lines.map((line) => {
    const level = headingLevel(line);
    if (level === 0) return { level, lead: '', rest: line };
    const stop = line.search(/[。：:]/);
    if (stop === -1 || stop === line.length - 1) return { level, lead: line, rest: '' };
    return { level, lead: line.slice(0, stop + 1), rest: line.slice(stop + 1) };
  });
}
