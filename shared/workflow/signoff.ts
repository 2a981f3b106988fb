// 审核签批单: what the one-page sheet that gets printed and signed says — the report's title, the
// fingerprint of the version it is for, each stage with name and date, the remarks open and
// resolved, the check summary (errors; each accepted warning with its reason), and the lines for
// handwritten signatures. Rendered by shared/export/signoff (Word, and HTML for a PDF).

import { reconcile, type Finding } from '../reconcile';
import { reportTitle, type Report, type WorkflowEntry, type WorkflowStep } from '../report';
import { contentOf, fingerprint } from './content';
import { STAGE_NAMES, STAGE_OF_STEP, stageOf } from './stage';

export interface SignoffStage {
  name: string;
  by: string;
  /** "2025-01-20", or '' when not yet recorded for this version. */
  date: string;
  note: string;
}

export interface SignoffSheet {
  title: string;
  organization: string;
  year: number;
  fingerprint: string;
  /** Where the report stands now (起草 … 发布). */
  stage: string;
  /** The portal address recorded with 发布 of this version, or ''. */
  portalUrl: string;
  stages: SignoffStage[];
  returns: number;
  remarks: { open: number; resolved: number };
  checks: { errors: number; warnings: number; infos: number; accepted: { rule: string; message: string; reason: string }[] };
  /** Accepted warnings beyond what one page holds (listed in the editor's 检查结果). */
  acceptedMore: number;
  signatures: string[];
}

/** One A4 page: past this many accepted warnings the rest are counted, not listed. */
export const SIGNOFF_LISTED_WARNINGS = 6;

const SHEET_STEPS: readonly WorkflowStep[] = ['submit', 'approve', 'sign', 'file', 'publish'];

/**
 * The steps this very version went through in its current round: from its last 送审, and after
 * a 退回 only what came after it — an earlier version's approval is not this one's, and an
 * approval withdrawn by 退回 is no approval (the 退回 is counted apart).
 */
function currentCycle(history: readonly WorkflowEntry[], fp: string): WorkflowEntry[] {
  const start = history.findLastIndex((e) => e.step === 'submit' && e.fingerprint === fp);
  if (start < 0) return [];
  const round = history.slice(start).filter((e) => e.fingerprint === fp);
  const back = round.findLastIndex((e) => e.step === 'return');
  return back < 0 ? round : [round[0], ...round.slice(back + 1)];
}

export function signoffSheet(report: Report, prior?: Report | null, findings: readonly Finding[] = reconcile(report, prior ?? undefined)): SignoffSheet {
  const fp = fingerprint(contentOf(report));
  const info = stageOf(report);
  const ofThis = currentCycle(report.workflow.history, fp);
  const stages = SHEET_STEPS.map((step): SignoffStage => {
    const entry = ofThis.findLast((e) => e.step === step);
    return { name: STAGE_NAMES[STAGE_OF_STEP[step]], by: entry?.by ?? '', date: entry ? (entry.date ?? entry.at.slice(0, 10)) : '', note: entry?.note ?? '' };
  });
  const publish = ofThis.findLast((e) => e.step === 'publish');
  const accepted = findings.filter((f) => f.acknowledged !== undefined).map((f) => ({ rule: f.rule, message: f.message, reason: f.acknowledged! }));
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    title: reportTitle(report),
    organization: report.organization,
    year: report.year,
    fingerprint: fp,
    stage: info.editedSince ? `起草（${STAGE_NAMES[STAGE_OF_STEP[info.editedSince]]}后已修改）` : STAGE_NAMES[info.stage],
    portalUrl: publish?.url ?? '',
    stages,
    returns: report.workflow.history.filter((e) => e.step === 'return').length,
    remarks: { open: info.openRemarks, resolved: info.resolvedRemarks },
    checks: { errors: count('error'), warnings: count('warning'), infos: count('info'), accepted: accepted.slice(0, SIGNOFF_LISTED_WARNINGS) },
    acceptedMore: Math.max(0, accepted.length - SIGNOFF_LISTED_WARNINGS),
    signatures: ['经办人', '科室负责人（复核）', '分管领导（签发）', '政务公开办（备案）'],
  };
}
