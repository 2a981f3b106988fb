// Tolerant label matching (spec §8 "Importer consequences"): abridged labels ("5.属于三类内部信息"),
// stray spaces ("不予 公开"), 其它/其他, ASCII or full-width punctuation, unit notes appended
// ("采购总金额(单位:万元,保留4位小数)").

import { comparable } from './normalize';

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** The token is this label, possibly abridged by a few characters or without its note in brackets. */
export function isLabel(token: string, label: string): boolean {
  const a = comparable(token);
  const b = comparable(label);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  // "（二）部分公开（区分处理的，…）" is often printed as "（二）部分公开".
  const withoutNote = label.replace(/（[^（）]*）$/, '');
  if (withoutNote !== label && a === comparable(withoutNote)) return true;
  // Abridged: every character of the token in order in the label, most of them there.
  return a.length >= 2 && a.length / b.length >= 0.7 && isSubsequence(a, b);
}

/** The token is this label or this label with a note appended (a header cell, not a value). */
export function isHeaderLike(token: string, label: string): boolean {
  if (isLabel(token, label)) return true;
  const a = comparable(token);
  const b = comparable(label);
  return b.length >= 4 && a.startsWith(b);
}
