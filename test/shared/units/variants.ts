// The ways a retyped or pasted unit name differs from the name without being another unit: one
// list for the identity's own tests and for everything that tells units apart (汇总, the desk).

export const NAME = '天水市第1中学';

/** Each way a retyped or pasted name differs from NAME without being another unit. */
export const VARIANTS: [string, string][] = [
  ['a zero-width space', '天水市\u200B第1中学'],
  ['a zero-width non-joiner', '天水市第\u200C1中学'],
  ['a zero-width joiner', '天水\u200D市第1中学'],
  ['a word joiner', '天水市第1\u2060中学'],
  ['a byte-order mark', '\uFEFF天水市第1中学'],
  ['a soft hyphen', '天水市\u00AD第1中学'],
  ['a left-to-right mark', '天水市第1中学\u200E'],
  ['a right-to-left override', '天水市\u202E第1中学\u202C'],
  ['a direction isolate', '\u2066天水市第1中学\u2069'],
  ['a variation selector', '天水市\uFE00第1中学'],
  ['a full-width digit', '天水市第１中学'],
  ['a Kangxi radical for a 汉字', '天\u2F54市第1中学'],
  ['a no-break space', '天水市\u00A0第1中学'],
  ['an ideographic space', '天水市\u3000第1中学'],
  ['an en space', '天水市\u2002第1中学'],
  ['a narrow no-break space', '天水市第1\u202F中学'],
  ['spaces around the name', '  天水市第1中学\u3000'],
  ['a tab and a line break', '天水市\t第1中学\n'],
  ['a control character', '天水市\u0007第1中学'],
];
