// Acknowledged warnings (说明): the clerk accepts a warning with a reason, saved in the draft as
// {rule, anchor, reason}. The anchor names the finding's place — its cells, or the sentence its
// text span lies in and where in it — so an acknowledgement survives edits elsewhere and lapses
// when that place changes. Errors cannot be acknowledged (T3-05 takes its reason through
// `explanations`, as the statute allows).

import type { Acknowledgement, Report } from '../report';
import type { Finding } from './types';

const SENTENCE_STOPS = /[。！？!?；;\n]/;
/** How far the sentence is read around the span (a text without stops would be read whole per finding). */
const REACH = 1000;

/**
 * "text:overview:0:5:全年共收到政府信息公开申请145件" (section, which repetition of that sentence,
 * offset of the span in it, the sentence), "cells:apply.R1.NP,apply.R2.NP", or "part:other".
 */
export function anchorOf(finding: Finding, report: Report): string {
  const { text } = finding;
  if (text && text.end > text.start) {
    const raw = report.text[text.section];
    let start = text.start;
    const first = Math.max(0, text.start - REACH);
    while (start > first && !SENTENCE_STOPS.test(raw[start - 1])) start--;
    let end = text.end;
    const last = Math.min(raw.length, text.end + REACH);
    while (end < last && !SENTENCE_STOPS.test(raw[end])) end++;
    const sentence = raw.slice(start, end);
    let repetition = 0;
    for (let i = raw.indexOf(sentence); i >= 0 && i < start; i = raw.indexOf(sentence, i + 1)) repetition++;
    return `text:${text.section}:${repetition}:${text.start - start}:${sentence}`;
  }
  if (text) return `part:${text.section}`;
  if (finding.cells.length > 0) return `cells:${finding.cells.join(',')}`;
  return `part:${finding.part ?? 'preamble'}`;
}

export const canAcknowledge = (finding: Finding): boolean => finding.severity !== 'error';

/** Marks each warning or note the report acknowledges with the clerk's reason. */
export function markAcknowledged(findings: Finding[], report: Report): void {
  if (report.acknowledgements.length === 0) return;
  for (const f of findings) {
    if (!canAcknowledge(f)) continue;
    const anchor = anchorOf(f, report);
    const ack = report.acknowledgements.find((a) => a.rule === f.rule && a.anchor === anchor);
    if (ack) f.acknowledged = ack.reason;
  }
}

/** Acknowledgements whose finding is gone or has moved: kept in the file, shown as lapsed. */
export function lapsedAcknowledgements(findings: readonly Finding[], report: Report): Acknowledgement[] {
  if (report.acknowledgements.length === 0) return [];
  const live = new Set(findings.filter(canAcknowledge).map((f) => `${f.rule}\u0000${anchorOf(f, report)}`));
  return report.acknowledgements.filter((a) => !live.has(`${a.rule}\u0000${a.anchor}`));
}
