// One unit's draft as the desk sees it, computed in the parsing worker: the findings counted as
// `check` counts them, the stage and any 退回 from the review record, the publication date, the
// key figures and tables 三 and 四, the text's signature for 雷同, and the units a consolidated
// report sums. Main then holds these summaries, never the reports.

import { EDITIONS, cellIndex } from '../formats';
import { cellValues, reconcile, type CellValues } from '../reconcile';
import type { Report } from '../report';
import { publishedOf, stageOf } from '../workflow';
import { signatureOf } from './signature';
import type { DraftSummary, FollowUp, KeyFigures, PriorSummary } from './types';

export function keyFigures(values: CellValues): KeyFigures {
  const [ld, lr] = [values['review.LD.TOTAL'], values['review.LR.TOTAL']];
  return {
    received: values['apply.R1.TOT'] ?? null,
    concluded: values['apply.R3_7.TOT'] ?? null,
    carried: values['apply.R4.TOT'] ?? null,
    reviews: values['review.RV.TOTAL'] ?? null,
    lawsuits: ld === null && lr === null ? null : (ld ?? 0) + (lr ?? 0),
  };
}

/** 退回 and after: sent again (a 送审 after it), being revised (edited since), or still as returned. */
function followUpOf(report: Report, stage: DraftSummary['stage']): FollowUp | null {
  const history = report.workflow.history;
  const at = history.findLastIndex((e) => e.step === 'return');
  if (at < 0) return null;
  const entry = history[at];
  const state = history.slice(at + 1).some((e) => e.step === 'submit') ? 'resubmitted' : stage === 'returned' ? 'returned' : 'revising';
  return { state, at: entry.at, by: entry.by };
}

/** The aggregator's own sentence (shared/aggregate), for consolidated reports made before `consolidation`. */
const SUMMED = /本报告根据(.+?)等(\d+)个单位的政府信息公开工作年度报告汇总编制/;

export function consolidatedUnits(report: Pick<Report, 'consolidation' | 'text'>): string[] {
  if (report.consolidation) return report.consolidation.units.map((u) => u.organization);
  const m = SUMMED.exec(report.text.overview);
  const names = m ? m[1].split('、').filter(Boolean) : [];
  // Only when the count proves the list whole (a name holding 、 would make it guesswork).
  return m && names.length === Number(m[2]) ? names : [];
}

export function summarizePrior(prior: Report): PriorSummary {
  return { organization: prior.organization, year: prior.year, figures: keyFigures(cellValues(prior)), signature: signatureOf(prior) };
}

export function summarizeDraft(report: Report, prior: Report | null, savedAt: string): DraftSummary {
  const findings = reconcile(report, prior ?? undefined);
  const values = cellValues(report);
  const info = stageOf(report);
  const published = publishedOf(report);
  const index = cellIndex(EDITIONS[report.edition]);
  const tables: Record<string, number | null> = {};
  for (const cell of [...index.tableCells.apply, ...index.tableCells.review]) tables[cell.key] = values[cell.key] ?? null;
  const publishDate = published?.entry.date ?? report.publishDate;
  return {
    organization: report.organization,
    year: report.year,
    edition: report.edition,
    organizationType: report.organizationType,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning' && f.acknowledged === undefined).length,
    stage: info.stage,
    openRemarks: info.openRemarks,
    followUp: followUpOf(report, info.stage),
    publishDate,
    published: published !== null,
    figures: keyFigures(values),
    tables,
    signature: signatureOf(report),
    consolidates: consolidatedUnits(report),
    savedAt,
    prior: prior ? summarizePrior(prior) : null,
  };
}
