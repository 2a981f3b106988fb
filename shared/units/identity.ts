// One identity for a unit (机关) wherever units are told apart — 汇总, the 政务公开办's desk, the
// duplicate check: a name retyped, pasted from a web page or converted from a PDF is still the
// same unit when it differs only by width (全角/半角), invisible characters or spaces.

import { hiddenCharacterNames, withoutHidden } from '../text/characters';

/** Marks that change a glyph's look only (variation selectors) and fillers that show nothing. */
const INVISIBLE_LETTERS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u115F\u1160\u3164\uFFA0]/gu;
/** Any kind of space or line break, after NFKC (which makes U+00A0, U+3000 … a plain space). */
const SPACES = /\s+/gu;
/** A space beside a 汉字 or a Chinese mark separates nothing in a Chinese name. */
const SPACE_BY_CHINESE = / (?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])|(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]) /gu;

/**
 * The key two names of one unit share: NFKC (full-width digits and letters, compatibility
 * ideographs), invisible and control characters removed, spaces of every kind trimmed,
 * collapsed, and dropped beside Chinese text. "天水市\u200B人民政府" and "天水市 人民政府" are
 * "天水市人民政府".
 */
export function unitKey(name: string): string {
  const visible = withoutHidden(name.replace(/[\t\n\r]/g, ' ')).replace(INVISIBLE_LETTERS, '');
  return visible.normalize('NFKC').replace(SPACES, ' ').trim().replace(SPACE_BY_CHINESE, '');
}

/** The name as it should be shown: invisible characters removed, spaces trimmed and collapsed. */
export function unitDisplayName(name: string): string {
  return withoutHidden(name.replace(/[\t\n\r]/g, ' ')).replace(INVISIBLE_LETTERS, '').replace(SPACES, ' ').trim();
}

/** The invisible or control characters a name holds, described ("U+200B（零宽空格）"); none: []. */
export function hiddenInName(name: string): string[] {
  const controls = [...name].filter((ch) => ch === '\t' || ch === '\n' || ch === '\r').map((ch) => (ch === '\t' ? 'U+0009（制表符）' : ch === '\n' ? 'U+000A（换行符）' : 'U+000D（回车符）'));
  return [...new Set([...controls, ...hiddenCharacterNames(name)])];
}
