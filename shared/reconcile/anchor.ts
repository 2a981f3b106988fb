// Acknowledged warnings (说明): the clerk accepts a warning with a reason, saved in the draft as
// {rule, anchor, reason}. The anchor names the finding's place — its cells, or the sentence its
// text span lies in and where in it — so an acknowledgement survives edits elsewhere and lapses
// when that place changes. Errors cannot be acknowledged (T3-05 takes its reason through
// `explanations`, as the statute allows). Anchors are read per text once (where its sentences
// stop, where each sentence recurs), so thousands of findings cost no more than the text.

import type { Acknowledgement, Report } from '../report';
import type { Finding } from './types';

/** 。！？!?；;\n: where a sentence stops. */
const STOPS = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x0a]);
/** How far the sentence is read around the span (a text without stops would be read whole per finding). */
const REACH = 1000;

interface TextIndex {
  /** Every stop's position, in order. */
  stops: number[];
  /** Where each sentence asked about occurs (any occurrence, as a substring), in order. */
  occurrences: Map<string, number[]>;
}

/** The texts read lately: a keystroke in a cell leaves every text as it was. */
const indexes = new Map<string, TextIndex>();
const KEPT = 32;

function indexOf(raw: string): TextIndex {
  let index = indexes.get(raw);
  if (!index) {
    const stops: number[] = [];
    for (let i = 0; i < raw.length; i++) if (STOPS.has(raw.charCodeAt(i))) stops.push(i);
    index = { stops, occurrences: new Map() };
    if (indexes.size >= KEPT) indexes.delete(indexes.keys().next().value!);
    indexes.set(raw, index);
  }
  return index;
}

/** The first position in the sorted list at or after `at` (the list's length when none). */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many times the sentence occurs in the text before `start` (its repetition number). */
function repetition(raw: string, index: TextIndex, sentence: string, start: number): number {
  let at = index.occurrences.get(sentence);
  if (!at) {
    at = [];
    for (let i = raw.indexOf(sentence); i >= 0; i = raw.indexOf(sentence, i + 1)) at.push(i);
    index.occurrences.set(sentence, at);
  }
  return firstAtOrAfter(at, start);
}

/** The sentence a span lies in: from the stop before it to the stop after it, at most REACH away. */
function sentenceAround(raw: string, index: TextIndex, from: number, to: number): { start: number; end: number } {
  const before = firstAtOrAfter(index.stops, from) - 1;
  const after = firstAtOrAfter(index.stops, to);
  const start = Math.max(Math.max(0, from - REACH), before >= 0 ? index.stops[before] + 1 : 0);
  const end = Math.min(Math.min(raw.length, to + REACH), after < index.stops.length ? index.stops[after] : raw.length);
  return { start, end };
}

/**
 * "text:overview:0:5:全年共收到政府信息公开申请145件" (section, which repetition of that sentence,
 * offset of the span in it, the sentence), "cells:apply.R1.NP,apply.R2.NP", or "part:other".
 */
export function anchorOf(finding: Finding, report: Report): string {
  const { text } = finding;
  if (text && text.end > text.start) {
    const raw = report.text[text.section];
    const index = indexOf(raw);
    const { start, end } = sentenceAround(raw, index, text.start, text.end);
    const sentence = raw.slice(start, end);
    return `text:${text.section}:${repetition(raw, index, sentence, start)}:${text.start - start}:${sentence}`;
  }
  if (text) return `part:${text.section}`;
  if (finding.cells.length > 0) return `cells:${finding.cells.join(',')}`;
  return `part:${finding.part ?? 'preamble'}`;
}

export const canAcknowledge = (finding: Finding): boolean => finding.severity !== 'error';

/** Marks each warning or note the report acknowledges with the clerk's reason. */
export function markAcknowledged(findings: Finding[], report: Report): void {
  if (report.acknowledgements.length === 0) return;
  const reasons = new Map<string, string>();
  // The first acknowledgement of a place counts, as it always did.
  for (const a of [...report.acknowledgements].reverse()) reasons.set(`${a.rule}\u0000${a.anchor}`, a.reason);
  const rules = new Set(report.acknowledgements.map((a) => a.rule));
  for (const f of findings) {
    if (!canAcknowledge(f) || !rules.has(f.rule)) continue;
    const reason = reasons.get(`${f.rule}\u0000${anchorOf(f, report)}`);
    if (reason !== undefined) f.acknowledged = reason;
  }
}

/** Acknowledgements whose finding is gone or has moved: kept in the file, shown as lapsed. */
export function lapsedAcknowledgements(findings: readonly Finding[], report: Report): Acknowledgement[] {
  if (report.acknowledgements.length === 0) return [];
  const rules = new Set(report.acknowledgements.map((a) => a.rule));
  const live = new Set(findings.filter((f) => canAcknowledge(f) && rules.has(f.rule)).map((f) => `${f.rule}\u0000${anchorOf(f, report)}`));
  return report.acknowledgements.filter((a) => !live.has(`${a.rule}\u0000${a.anchor}`));
}
