// Where a report is in its life, derived — never stored twice: the last recorded step, and
// whether the content still is the version that step froze. Any edit after a step puts the report
// back at 起草 (and says after which step); after 发布, the published version is kept apart so
// that a later change can be named (PUB-01) until a new 发布 is recorded.

import type { Report, ReportContent, WorkflowEntry, WorkflowStep } from '../report';
import { contentOf, fingerprint, sameContent } from './content';
import { FROM, NEEDS, ROUTE } from './order';

export const STAGES = ['draft', 'submitted', 'returned', 'approved', 'signed', 'filed', 'published'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_NAMES: Readonly<Record<Stage, string>> = {
  draft: '起草',
  submitted: '送审',
  returned: '退回',
  approved: '审核通过',
  signed: '签发',
  filed: '备案',
  published: '发布',
};

/** The steps as the clerk and the command line name them. */
export const STEP_NAMES: Readonly<Record<WorkflowStep, string>> = {
  submit: '送审',
  approve: '通过',
  return: '退回',
  sign: '签发',
  file: '备案',
  publish: '发布',
};

export const STAGE_OF_STEP: Readonly<Record<WorkflowStep, Stage>> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  sign: 'signed',
  file: 'filed',
  publish: 'published',
};

export interface Published {
  entry: WorkflowEntry;
  fingerprint: string;
  /** The published version; null when the file lacks it (refused on open, so only in code). */
  content: ReportContent | null;
}

export interface StageInfo {
  stage: Stage;
  /** The last recorded step. */
  last: WorkflowEntry | null;
  /** The content was changed after this step: the report is back at 起草. */
  editedSince: WorkflowStep | null;
  openRemarks: number;
  resolvedRemarks: number;
  /** The last 发布 recorded, if any. */
  published: Published | null;
  /** The content is no longer the published version (PUB-01). */
  changedSincePublished: boolean;
}

// A stored version is trusted for a quick comparison only once it has been hashed intact.
const intact = new WeakMap<ReportContent, boolean>();

/** Whether a stored version still hashes to the fingerprint it is filed under. */
export function isIntact(fp: string, content: ReportContent): boolean {
  let ok = intact.get(content);
  if (ok === undefined) {
    ok = fingerprint(contentOf(content)) === fp;
    intact.set(content, ok);
  }
  return ok;
}

// A report's own fingerprint, hashed at most once per report object (a keystroke makes a new one).
const hashed = new WeakMap<Report, string>();
function fingerprintOf(report: Report): string {
  let fp = hashed.get(report);
  if (fp === undefined) {
    fp = fingerprint(contentOf(report));
    hashed.set(report, fp);
  }
  return fp;
}

/** Whether the report's content is exactly the version with this fingerprint. */
export function isVersion(report: Report, fp: string): boolean {
  const stored = report.workflow.versions[fp];
  // Compared with the stored version when it is intact (no hashing per keystroke), else hashed.
  if (stored && isIntact(fp, stored)) return sameContent(contentOf(report), stored);
  return fingerprintOf(report) === fp;
}

/**
 * Whether the stage can be told only by hashing the report: the version of the last step or of the
 * publication is missing from the file or no longer hashes intact (else it is a comparison).
 */
export function stageHashes(report: Report): boolean {
  const { history, versions } = report.workflow;
  const needed = [history.at(-1)?.fingerprint, publishedOf(report)?.fingerprint];
  return needed.some((fp) => fp !== undefined && !(versions[fp] && isIntact(fp, versions[fp])));
}

export function publishedOf(report: Report): Published | null {
  const entry = report.workflow.history.findLast((e) => e.step === 'publish');
  if (!entry) return null;
  return { entry, fingerprint: entry.fingerprint, content: report.workflow.versions[entry.fingerprint] ?? null };
}

export function stageOf(report: Report): StageInfo {
  const { history, remarks } = report.workflow;
  const last = history.at(-1) ?? null;
  const unchanged = last !== null && isVersion(report, last.fingerprint);
  const published = publishedOf(report);
  const open = remarks.filter((r) => r.resolved === null).length;
  return {
    stage: last && unchanged ? STAGE_OF_STEP[last.step] : 'draft',
    last,
    editedSince: last && !unchanged ? last.step : null,
    openRemarks: open,
    resolvedRemarks: remarks.length - open,
    published,
    changedSincePublished: published !== null && !isVersion(report, published.fingerprint),
  };
}

/** What the stage bar says after an edit that undid a step (“送审后已修改，回到起草”). */
export function editedNote(info: StageInfo): string | null {
  if (!info.editedSince) return null;
  const step = STEP_NAMES[info.editedSince];
  if (info.editedSince === 'return') return null; // revising after 退回 is what is expected
  return `${step}后报告已修改，已回到起草阶段；需要重新送审${info.editedSince === 'publish' ? '、签发和发布' : ''}。`;
}

/**
 * Versions whose content no longer hashes to their fingerprint, steps whose version is missing,
 * and a history that recordStep could not have written (replayed below).
 */
export function integrityProblems(report: Report): string[] {
  const out: string[] = [];
  const { versions, history } = report.workflow;
  for (const [fp, content] of Object.entries(versions)) {
    if (!isIntact(fp, content)) out.push(`版本 ${fp.slice(0, 8)} 的内容与其指纹不符：文件中的这一版本在记录之后被改动过，不能作为${usedBy(report, fp)}的凭据。`);
  }
  history.forEach((e, i) => {
    if (!versions[e.fingerprint]) out.push(`第 ${i + 1} 步（${STEP_NAMES[e.step]}）所冻结的版本 ${e.fingerprint.slice(0, 8)} 不在文件中。`);
  });
  return [...out, ...historyProblems(history)];
}

/**
 * The history replayed as recordStep would have recorded it: each step from the stage the entry
 * before it left (a different version means the report was edited — 起草, from which only 送审
 * goes on), and never dated before it. A step appended by hand to the file (a 发布 of an edited
 * version) would otherwise stand as the record.
 */
function historyProblems(history: readonly WorkflowEntry[]): string[] {
  const out: string[] = [];
  history.forEach((e, i) => {
    const name = `第 ${i + 1} 步（${STEP_NAMES[e.step]}）`;
    const before = i > 0 ? history[i - 1] : null;
    const changed = before !== null && e.fingerprint !== before.fingerprint;
    const from: Stage = before && !changed ? STAGE_OF_STEP[before.step] : 'draft';
    if (!FROM[e.step].includes(from)) {
      if (changed) out.push(`${name}所冻结的版本与上一步不同，且未经${ROUTE[e.step]}。`);
      else out.push(`${name}不能接在${before ? `第 ${i} 步（${STEP_NAMES[before.step]}）` : '起草'}之后：${NEEDS[e.step]}。`);
    }
    if (before && Date.parse(e.at) < Date.parse(before.at)) out.push(`${name}记录的时间 ${e.at} 早于第 ${i} 步（${STEP_NAMES[before.step]}）的 ${before.at}。`);
  });
  return out;
}

function usedBy(report: Report, fp: string): string {
  const steps = [...new Set(report.workflow.history.filter((e) => e.fingerprint === fp).map((e) => STEP_NAMES[e.step]))];
  return steps.length > 0 ? steps.join('、') : '该版本';
}
