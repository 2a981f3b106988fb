// Recording a step (送审, 通过, 退回, 签发, 备案, 发布): who, when, a note, and the version it
// freezes. The rules a clerk expects: each step follows its stage; open review remarks hold up
// 送审, 通过 and 签发, and 退回 needs at least one; 签发 is refused while errors remain or a warning
// has no reason (说明); 发布 records its date — checked against the deadline (S-06) — and the
// portal address when given. Steps are often recorded after the fact (a paper signed last week),
// so a date is only refused when it cannot be: before the report year ends, or after today.

import { WORKFLOW_LIMITS, publicationDeadline, organizationTypeOf, type Report, type WorkflowEntry, type WorkflowStep } from '../report';
import { reconcile } from '../reconcile';
import { contentOf, fingerprint } from './content';
import { FROM, NEEDS } from './order';
import { STAGE_NAMES, STEP_NAMES, isIntact, stageOf, type Stage } from './stage';

export interface StepDetails {
  /** Who records it (a typed name). */
  by: string;
  /** When (ISO date-time with the clerk's offset). */
  at: string;
  note?: string;
  /** 发布: the publication date, "YYYY-MM-DD". */
  date?: string | null;
  /** 发布: the portal address. */
  url?: string | null;
}

export type StepResult = { ok: true; report: Report; entry: WorkflowEntry; notes: string[] } | { ok: false; message: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL = /^https?:\/\/[^\s<>"]+$/i;

/** The steps that may be recorded at a stage (the stage bar enables these). */
export function stepsFrom(stage: Stage): WorkflowStep[] {
  return (Object.keys(FROM) as WorkflowStep[]).filter((s) => FROM[s].includes(stage));
}

/** The steps that may be recorded now. */
export const allowedSteps = (report: Report): WorkflowStep[] => stepsFrom(stageOf(report).stage);

/** Why this step cannot be recorded now, in Chinese; null when it can. */
export function stepProblem(report: Report, step: WorkflowStep, details: StepDetails, prior?: Report | null): string | null {
  const name = STEP_NAMES[step];
  const info = stageOf(report);
  if (!FROM[step].includes(info.stage)) {
    const now = info.editedSince ? `${STEP_NAMES[info.editedSince]}后已修改，现为起草` : `现为${STAGE_NAMES[info.stage]}`;
    return `不能${name}：${NEEDS[step]}（${now}）。`;
  }
  const by = details.by.trim();
  if (by === '') return `不能${name}：请填写姓名。`;
  if (by.length > WORKFLOW_LIMITS.name) return `不能${name}：姓名不能超过 ${WORKFLOW_LIMITS.name} 个字。`;
  // The history is replayed on opening (integrityProblems): a step may not be dated before the last.
  const last = report.workflow.history.at(-1);
  if (last && Date.parse(details.at) < Date.parse(last.at)) {
    return `不能${name}：本机时间 ${details.at.slice(0, 16).replace('T', ' ')} 早于上一步（${STEP_NAMES[last.step]}）记录的时间 ${last.at.slice(0, 16).replace('T', ' ')}，请核对电脑的日期和时间。`;
  }
  if ((details.note ?? '').length > WORKFLOW_LIMITS.note) return `不能${name}：说明不能超过 ${WORKFLOW_LIMITS.note} 个字。`;
  if (report.workflow.history.length >= WORKFLOW_LIMITS.entries) return `不能${name}：本草稿已记录 ${WORKFLOW_LIMITS.entries} 步，达到上限。请以本报告为基础另存新草稿。`;
  if (step === 'return' && info.openRemarks === 0) return '不能退回：请先在需要修改的地方添加至少一条审核意见。';
  if ((step === 'submit' || step === 'approve' || step === 'sign') && info.openRemarks > 0) {
    return `不能${name}：还有 ${info.openRemarks} 条审核意见未处理。请逐条修改并标为已处理。`;
  }
  if (step === 'sign') return signProblem(report, prior);
  if (step === 'publish') return publishProblem(report, details);
  if (details.date || details.url) return `${name}不记录发布日期和网址。`;
  return null;
}

/** 签发: no errors, and every warning either fixed or accepted with a reason. */
function signProblem(report: Report, prior?: Report | null): string | null {
  const findings = reconcile(report, prior ?? undefined);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return `不能签发：报告还有 ${errors.length} 项错误，例如：${errors[0].message}`;
  // PUB-01 and PUB-02 speak of the record, not of the report: a corrected version is signed
  // precisely so that it can be published again.
  const unexplained = findings.filter((f) => f.severity === 'warning' && f.acknowledged === undefined && !f.rule.startsWith('PUB-'));
  if (unexplained.length > 0) return `不能签发：还有 ${unexplained.length} 项警告未处理（改正，或在检查结果中填写说明后接受），例如：${unexplained[0].message}`;
  return null;
}

function publishProblem(report: Report, details: StepDetails): string | null {
  const date = details.date ?? '';
  if (!ISO_DATE.test(date) || !realDate(date)) return '不能发布：请填写发布日期（YYYY-MM-DD）。';
  if (date <= `${report.year}-12-31`) return `不能发布：发布日期 ${date} 在报告年度 ${report.year} 年结束之前，年度报告应在次年公布。`;
  if (date > details.at.slice(0, 10)) return `不能发布：发布日期 ${date} 晚于今天，请在发布后记录。`;
  const url = details.url ?? '';
  if (url !== '' && (!URL.test(url) || url.length > WORKFLOW_LIMITS.url)) return '不能发布：网址应以 http:// 或 https:// 开头，且不含空格。';
  return null;
}

/** A "YYYY-MM-DD" that is a day of the calendar (not 2025-02-30). */
export function realDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Records the step and freezes the version; or says, in Chinese, why it cannot. */
export function recordStep(report: Report, step: WorkflowStep, details: StepDetails, prior?: Report | null): StepResult {
  const problem = stepProblem(report, step, details, prior);
  if (problem) return { ok: false, message: problem };
  const content = contentOf(report);
  const fp = fingerprint(content);
  const publish = step === 'publish';
  const entry: WorkflowEntry = {
    step,
    by: details.by.trim(),
    at: details.at,
    note: (details.note ?? '').trim(),
    fingerprint: fp,
    date: publish ? details.date! : null,
    url: publish && details.url ? details.url : null,
  };
  const { versions } = report.workflow;
  // A version kept already is kept once; one that no longer hashes to its key is replaced by the real one.
  const keep = versions[fp] && isIntact(fp, versions[fp]) ? versions : { ...versions, [fp]: content };
  const next: Report = {
    ...report,
    ...(publish ? { publishDate: entry.date } : {}),
    workflow: { ...report.workflow, history: [...report.workflow.history, entry], versions: keep },
  };
  return { ok: true, report: next, entry, notes: publish ? lateNote(next, entry.date!) : [] };
}

/** S-06: a 发布 after the deadline is recorded as it happened, and said. */
function lateNote(report: Report, date: string): string[] {
  const type = organizationTypeOf(report) ?? 'government';
  const deadline = publicationDeadline(type, report.year);
  return date > deadline.iso ? [`发布日期 ${date} 晚于期限 ${deadline.shown}（条例第四十九条，S-06）。`] : [];
}
