// `status <draft> [--json]`: where the report is — its stage, every step with its version's
// fingerprint, the open remarks, the published version and whether the content changed since
// (naming what), and any frozen version that no longer matches its fingerprint. Exit 0, or 2.

import { reconcile } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { STAGE_NAMES, STEP_NAMES, compareContents, contentOf, describeComparison, fingerprint, integrityProblems, openRemarksOf, placeOf, stageOf } from '../../shared/workflow';
import { SECTION_NAMES } from '../../shared/formats';
import { EXIT_OK, EXIT_UNREADABLE, type Io } from './io';
import { openDraftOrSay } from './output';

export interface Status {
  stage: string;
  /** The step after which the content was changed (the report is back at 起草), if any. */
  editedSince: string | null;
  fingerprint: string;
  history: { step: string; by: string; at: string; note: string; fingerprint: string; date: string | null; url: string | null }[];
  openRemarks: { id: string; by: string; at: string; where: string; quote: string; text: string }[];
  resolvedRemarks: number;
  published: { fingerprint: string; date: string | null; url: string | null; by: string } | null;
  changedSincePublished: boolean;
  changes: string[];
  problems: string[];
}

export function statusOf(report: Report): Status {
  const info = stageOf(report);
  const published = info.published;
  const changes = published?.content && info.changedSincePublished ? describeComparison(compareContents(published.content, contentOf(report)), 50) : [];
  return {
    stage: STAGE_NAMES[info.stage],
    editedSince: info.editedSince ? STEP_NAMES[info.editedSince] : null,
    fingerprint: fingerprint(contentOf(report)),
    history: report.workflow.history.map((e) => ({ ...e, step: STEP_NAMES[e.step] })),
    openRemarks: openRemarksOf(report).map((r) => ({ id: r.id, by: r.by, at: r.at, where: SECTION_NAMES[placeOf(r, report).section], quote: r.quote, text: r.text })),
    resolvedRemarks: info.resolvedRemarks,
    published: published ? { fingerprint: published.fingerprint, date: published.entry.date, url: published.entry.url, by: published.entry.by } : null,
    changedSincePublished: info.changedSincePublished,
    changes,
    problems: integrityProblems(report),
  };
}

export async function statusCommand(io: Io, file: string, options: { json: boolean }): Promise<number> {
  const opened = await openDraftOrSay(io, file);
  if (!opened) return EXIT_UNREADABLE;
  const s = statusOf(opened.report);
  if (options.json) {
    // PUB-01 and PUB-02 among them, as `check` reports them.
    io.out(JSON.stringify({ ...s, findings: reconcile(opened.report, opened.prior ?? undefined).filter((f) => f.rule.startsWith('PUB-')) }));
    return EXIT_OK;
  }
  io.out(`阶段：${s.stage}${s.editedSince ? `（${s.editedSince}后已修改）` : ''}，当前内容指纹：${s.fingerprint}`);
  if (s.history.length === 0) io.out('尚未记录任何步骤。');
  for (const e of s.history) {
    const extra = [e.date ? `发布日期 ${e.date}` : '', e.url ?? '', e.note].filter(Boolean).join('，');
    io.out(`  ${e.at}  ${e.step}  ${e.by}  ${e.fingerprint}${extra ? `  ${extra}` : ''}`);
  }
  io.out(`审核意见：未处理 ${s.openRemarks.length} 条，已处理 ${s.resolvedRemarks} 条`);
  for (const r of s.openRemarks) io.out(`  [${r.id}] ${r.where}「${r.quote}」：${r.text}（${r.by}）`);
  if (s.published) {
    io.out(`已发布版本：${s.published.fingerprint}（${s.published.date}${s.published.url ? `，${s.published.url}` : ''}）`);
    io.out(s.changedSincePublished ? `与已发布版本不一致：\n${s.changes.map((c) => `  · ${c}`).join('\n')}` : '当前内容与已发布版本一致。');
  }
  for (const p of s.problems) io.out(`[警告] ${p}`);
  return EXIT_OK;
}
