// The acceptance of the narrative checks on an annotated report (issue "Checks a clerk can
// trust"): nothing raised on a claim that is right (AGREES, OTHER, LEGIT_PRIOR_YEAR), at most a
// "请核对" note without a fix where it can be read either way (AMBIGUOUS), every contradiction
// and stale year found, and no finding with a place in the text anywhere else.

import { expect, it } from 'vitest';
import type { TextSectionId } from '../shared/formats';
import { reconcile, type Finding } from '../shared/reconcile';
import { TEXT_SECTIONS, type Report } from '../shared/report';
import type { Claim } from './referenceReports';

interface Located extends Claim {
  section: TextSectionId;
  start: number;
  end: number;
}

function locate(report: Report, claim: Claim): Located {
  const places = TEXT_SECTIONS.flatMap((section) => {
    const text = report.text[section];
    const at = text.indexOf(claim.quote);
    return at >= 0 && text.indexOf(claim.quote, at + 1) < 0 ? [{ section, start: at, end: at + claim.quote.length }] : [];
  });
  expect(places, `“${claim.quote}” occurs once in one section`).toHaveLength(1);
  return { ...claim, ...places[0] };
}

const placed = (f: Finding) => f.text !== undefined && f.text.end > f.text.start;
const overlaps = (f: Finding, c: Located) => f.text!.section === c.section && f.text!.start < c.end && f.text!.end > c.start;
const raised = (f: Finding) => f.severity !== 'info';
const describeFinding = (f: Finding) => `${f.rule} ${f.severity}${f.fix ? ' fix' : ''}: ${f.message}`;

/** A fault of the report outside the claims the annotations judge (not a claim about the tables). */
export interface KnownFault {
  rule: string;
  quote: string;
  why: string;
}

/** The tests of one annotated report, inside a describe block. */
export function acceptNarrative(report: Report, annotations: readonly Claim[], faults: readonly KnownFault[] = []): void {
  const claims = annotations.map((c) => locate(report, c));
  const known = faults.map((k) => ({ ...locate(report, { quote: k.quote, verdict: 'CONTRADICTS', why: k.why }), rule: k.rule }));
  /** A listed fault, where it is: judged by its own test, not as a verdict on a claim it overlaps. */
  const isKnown = (f: Finding) => known.some((k) => k.rule === f.rule && overlaps(f, k));
  const findings = reconcile(report).filter(placed);
  const on = (c: Located) => findings.filter((f) => overlaps(f, c)).map(describeFinding);

  it.each(claims.filter((c) => ['AGREES', 'OTHER', 'LEGIT_PRIOR_YEAR'].includes(c.verdict)).map((c) => [c.verdict, c.quote, c] as const))(
    'raises nothing on %s “%s”',
    (_v, _q, claim) => {
      expect(findings.filter((f) => overlaps(f, claim) && (raised(f) || f.fix) && !isKnown(f)).map(describeFinding)).toEqual([]);
    },
  );

  it.each(claims.filter((c) => c.verdict === 'AMBIGUOUS').map((c) => [c.quote, c] as const))('at most asks 请核对 on AMBIGUOUS “%s”', (_q, claim) => {
    const here = findings.filter((f) => overlaps(f, claim));
    expect(here.filter((f) => raised(f) || f.fix).map(describeFinding)).toEqual([]);
    for (const f of here) expect(f.message).toContain('请核对');
  });

  it.each(claims.filter((c) => c.verdict === 'CONTRADICTS' || c.verdict === 'STALE').map((c) => [c.verdict, c.quote, c] as const))(
    'finds %s “%s”',
    (_v, _q, claim) => {
      expect(findings.filter((f) => overlaps(f, claim) && raised(f)).length, on(claim).join('\n')).toBeGreaterThan(0);
    },
  );

  it.each(known.map((k) => [k.rule, k.quote, k] as const))('finds the fault %s “%s”', (_r, _q, fault) => {
    expect(findings.filter((f) => f.rule === fault.rule && overlaps(f, fault) && raised(f)).length, on(fault).join('\n')).toBeGreaterThan(0);
  });

  it('raises nothing in the text outside the contradictions and stale years, and offers no fix there', () => {
    const wrong = claims.filter((c) => c.verdict === 'CONTRADICTS' || c.verdict === 'STALE');
    const stray = findings.filter((f) => (raised(f) || f.fix) && !wrong.some((c) => overlaps(f, c)) && !isKnown(f));
    expect(stray.map(describeFinding)).toEqual([]);
  });

  it('quotes the text exactly as written in every message about a place in it', () => {
    for (const f of findings) {
      const quoted = [...f.message.matchAll(/“([^”]+)”/g)].map((m) => m[1]).find((q) => !/^改为|^予以公开$|^\d{4}年$/.test(q));
      if (!quoted) continue;
      expect(report.text[f.text!.section].replace(/\s*\n\s*/g, ''), describeFinding(f)).toContain(quoted);
    }
  });
}
