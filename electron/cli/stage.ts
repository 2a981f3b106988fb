// `stage <draft> <送审|通过|退回|签发|备案|发布> --by <姓名> [--note] [--date] [--url] [--json]`:
// records a step of the report's life in the draft and freezes its version (shared/workflow).
// Exit 0 recorded; 1 refused, with the reason (a rule, or the draft open on another PC);
// 2 the draft cannot be read or written.

import { localIsoString } from '../../shared/draft';
import { reconcile } from '../../shared/reconcile';
import type { WorkflowStep } from '../../shared/report';
import { STEP_NAMES, recordStep, shortFingerprint, stageOf, STAGE_NAMES } from '../../shared/workflow';
import { fileErrorMessage, saveDraft } from '../services/documents';
import { describeOwner, readLock } from '../services/lock';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';
import { openDraftOrSay } from './output';

const STEPS = Object.fromEntries(Object.entries(STEP_NAMES).map(([step, name]) => [name, step as WorkflowStep]));

export async function stageCommand(io: Io, file: string, stepName: string, options: { by?: string; note?: string; date?: string; url?: string; json: boolean }): Promise<number> {
  const step = STEPS[stepName];
  if (!step) throw new UsageError(`步骤应为 ${Object.keys(STEPS).join('、')} 之一，实际为“${stepName}”`);
  if (!options.by) throw new UsageError('stage 需要 --by <姓名>');
  const opened = await openDraftOrSay(io, file);
  if (!opened) return EXIT_UNREADABLE;
  const refuse = (message: string) => {
    if (options.json) io.out(JSON.stringify({ ok: false, step: stepName, message, findings: [] }));
    io.err(message);
    return EXIT_FINDINGS;
  };
  // Never two people silently editing one file: a draft open in the app stays theirs.
  const held = await readLock(file);
  if (held && !held.stale) return refuse(`未记录：${file} 正由 ${describeOwner(held.owner)}打开编辑，请对方关闭后再记录。`);
  const { report, prior } = opened;
  const result = recordStep(report, step, { by: options.by, at: localIsoString(new Date()), note: options.note, date: options.date ?? null, url: options.url ?? null }, prior);
  if (!result.ok) return refuse(result.message);
  try {
    await saveDraft(file, result.report, prior);
  } catch (e) {
    io.err(`无法写入 ${file}：${fileErrorMessage(e)}。草稿保持原样，步骤未记录`);
    return EXIT_UNREADABLE;
  }
  const info = stageOf(result.report);
  if (options.json) {
    io.out(JSON.stringify({ ok: true, step: stepName, stage: STAGE_NAMES[info.stage], entry: result.entry, notes: result.notes, findings: reconcile(result.report, prior ?? undefined) }));
  } else {
    io.out(`已记录“${stepName}”（${result.entry.by}，${result.entry.at}），版本 ${shortFingerprint(result.entry.fingerprint)}；当前阶段：${STAGE_NAMES[info.stage]}`);
    for (const note of result.notes) io.out(`注意：${note}`);
  }
  return EXIT_OK;
}
