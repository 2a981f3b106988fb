// Characters nobody sees and characters XML cannot hold: zero-width and direction marks pasted
// from web pages, control characters, U+FFFF and lone surrogates from converted pages. Named for
// messages, removed by 一键排版 and from exports, ignored when units are told apart.

/**
 * Invisible or control characters: formatting marks (zero-width, direction, BOM, soft hyphen),
 * controls other than tab and line breaks, surrogates without their pair and noncharacters.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const HIDDEN = /[\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** What XML 1.0 forbids (§2.2): a Word document holding one of these does not open. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMES: Record<number, string> = {
  0x00ad: '软连字符',
  0x061c: '方向标记',
  0x180e: '蒙古文元音分隔符',
  0x200b: '零宽空格',
  0x200c: '零宽非连接符',
  0x200d: '零宽连接符',
  0x200e: '方向标记',
  0x200f: '方向标记',
  0x2060: '零宽不换行符',
  0xfeff: '零宽不换行符（BOM）',
  0xfffe: '非字符',
  0xffff: '非字符',
};

/** "U+200B（零宽空格）" */
export function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    NAMES[code] ??
    (code >= 0x202a && code <= 0x202e ? '方向控制符' : code >= 0x2066 && code <= 0x2069 ? '方向隔离符' : code >= 0xd800 && code <= 0xdfff ? '不成对的代理项' : /\p{Cf}/u.test(ch) ? '格式字符' : /\p{Noncharacter_Code_Point}/u.test(ch) ? '非字符' : '控制字符');
  return `${hex}（${name}）`;
}

/** Where each invisible or control character stands (tab and line breaks are text, not hidden). */
export function hiddenCharacters(text: string): { index: number; char: string }[] {
  return [...text.matchAll(HIDDEN)].map((m) => ({ index: m.index, char: m[0] }));
}

/** The distinct hidden characters of a text, described: ["U+200B（零宽空格）", …]. */
export function hiddenCharacterNames(text: string): string[] {
  return [...new Set(hiddenCharacters(text).map((h) => h.char))].map(describeCharacter);
}

/** The text without its invisible and control characters (tab and line breaks kept). */
export function withoutHidden(text: string): string {
  return text.replace(HIDDEN, '');
}

/** The text without what XML forbids: what every export writes. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Whether the text holds a character XML forbids. */
export function hasXmlForbidden(text: string): boolean {
  XML_FORBIDDEN.lastIndex = 0;
  const found = XML_FORBIDDEN.test(text);
  XML_FORBIDDEN.lastIndex = 0;
  return found;
}
