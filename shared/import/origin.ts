// Where each token's text stood in the source, kept through every cut the importer makes, so that
// a placed figure can say where it was printed (Report.provenance). A token knows the place of its
// first character and, where its text is not one stretch of the source (a label wrapped over two
// lines, pinyin cut out), the places its later stretches start at.

import type { SourcePlace } from '../report';
import type { Token } from './tokens';

/** What the source prints from `offset` of a token's text, `length` characters long. */
export const printedText = (t: Token, offset: number, length: number) => (t.printedAs ?? t.text).slice(offset, offset + length);

/** From `offset` of a token's text on, the source continues at `at`. */
export interface Break {
  offset: number;
  at: SourcePlace;
}

/** Places with a column move with the text; a cell or a piece of a PDF line is one place. */
function moved(at: SourcePlace, by: number): SourcePlace {
  if (by === 0) return at;
  if (at.kind === 'text' || at.kind === 'paragraph') return { ...at, column: at.column + by };
  return at;
}

/** Where the character at `offset` of the token's text stood; undefined when the token has no place. */
export function placeAt(t: Token, offset: number): SourcePlace | undefined {
  if (!t.at) return undefined;
  let base: Break = { offset: 0, at: t.at };
  for (const b of t.breaks ?? []) if (b.offset <= offset) base = b;
  return moved(base.at, offset - base.offset);
}

/** The token's text from `start` to `end`, trimmed, with its place (a cut never loses where it stood). */
export function piece(t: Token, start: number, end = t.text.length, extra: Partial<Token> = {}): Token {
  const raw = t.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const from = start + lead;
  const out: Token = { ...t, ...extra, text };
  delete out.at;
  delete out.breaks;
  if (t.printedAs !== undefined) out.printedAs = t.printedAs.slice(from, from + text.length);
  const at = placeAt(t, from);
  if (at) out.at = at;
  const breaks = (t.breaks ?? []).filter((b) => b.offset > from && b.offset < from + text.length).map((b) => ({ offset: b.offset - from, at: b.at }));
  if (breaks.length > 0) out.breaks = breaks;
  return out;
}

/** Two tokens' texts as one (`between` in the middle, printed nowhere): each part keeps its place. */
export function joined(a: Token, b: Token, between = '', extra: Partial<Token> = {}): Token {
  const out: Token = { ...a, ...extra, text: a.text + between + b.text };
  if (a.printedAs !== undefined || b.printedAs !== undefined) out.printedAs = (a.printedAs ?? a.text) + between + (b.printedAs ?? b.text);
  const offset = a.text.length + between.length;
  const breaks = [...(a.breaks ?? [])];
  if (b.at) breaks.push({ offset, at: b.at });
  for (const x of b.breaks ?? []) breaks.push({ offset: offset + x.offset, at: x.at });
  if (breaks.length > 0) out.breaks = breaks;
  else delete out.breaks;
  return out;
}

/**
 * The token with some stretches of its text removed (`removed`: [start, end) spans, in order),
 * each later stretch keeping its own place — pinyin inserts cut out of a line.
 */
export function without(t: Token, removed: readonly [number, number][]): Token {
  if (removed.length === 0) return t;
  let text = '';
  const breaks: Break[] = [];
  let from = 0;
  for (const [start, end] of [...removed, [t.text.length, t.text.length] as [number, number]]) {
    const at = placeAt(t, from);
    if (from > 0 && at) breaks.push({ offset: text.length, at });
    for (const b of t.breaks ?? []) if (b.offset > from && b.offset < start) breaks.push({ offset: text.length + b.offset - from, at: b.at });
    text += t.text.slice(from, start);
    from = end;
  }
  const out: Token = { ...t, text };
  // A break at offset 0 is where the text now starts.
  while (breaks.length > 0 && breaks[0].offset === 0) out.at = breaks.shift()!.at;
  if (breaks.length > 0) out.breaks = breaks;
  else delete out.breaks;
  return out;
}
