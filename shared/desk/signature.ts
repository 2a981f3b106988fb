// 雷同 across a thousand units without comparing texts: each report's sentences (as
// shared/text/similarity reads them — years, figures, spaces, punctuation and the organisation's
// names ignored) hashed once in the parsing worker; the desk compares the hashes.

import { compare, fingerprint, namesOf, type Fingerprint } from '../text/similarity';
import { TEXT_SECTIONS, type Report } from '../report';
import type { Signature } from './types';

/**
 * cyrb53: a 53-bit string hash (public domain, bryc). Among a thousand reports' ~100,000
 * distinct sentences a collision is about one in a billion — far below a sentence's weight.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The whole narrative (前言 and the six parts), as TXT-02 reads a report. */
export function signatureOf(report: Pick<Report, 'organization' | 'text'>): Signature {
  const print = fingerprint(TEXT_SECTIONS.map((s) => report.text[s]).join('\n'), namesOf(report.organization));
  return { keys: print.sentences.map((s) => hash53(s.key)), weights: print.sentences.map((s) => s.weight) };
}

/** A signature as similarity's fingerprint (places unknown: only the shares are wanted). */
export function asFingerprint(signature: Signature): Fingerprint {
  const sentences = signature.keys.map((key, i) => ({ start: 0, end: 0, key, weight: signature.weights[i] }));
  return { sentences, keys: new Set(signature.keys), size: sentences.reduce((n, s) => n + s.weight, 0) };
}

/** Share of `a`'s text that `b` repeats (0 … 1); null when `a` has nothing to compare. */
export function repetition(a: Fingerprint, b: Fingerprint): number | null {
  return a.size === 0 ? null : compare(a, b).ratio;
}
