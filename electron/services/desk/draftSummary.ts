// A unit's draft read for the desk, inside the parsing worker (untrusted/worker.ts): opened as any
// draft is (size cap, scan, schema), then checked and summarised there — main gets the summary,
// never the report, and a draft that breaks a check is refused like a broken file.

import { openDraft } from '../documents';
import { summarizeDraft, type DraftSummary } from '../../../shared/desk';

export type SummaryRead = { ok: true; summary: DraftSummary } | { ok: false; message: string };

export async function readDraftSummary(path: string): Promise<SummaryRead> {
  const opened = await openDraft(path);
  if (!opened.ok) return opened;
  try {
    const { report, prior, savedAt } = opened.draft;
    return { ok: true, summary: summarizeDraft(report, prior, savedAt) };
  } catch {
    return { ok: false, message: '草稿可以打开，但检查时出现意外错误（文件未被改动），请在年报编辑器中打开它查看' };
  }
}
