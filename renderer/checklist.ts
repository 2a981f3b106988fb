// 发布前检查 (issue 24): the 检查报告 written as PDF or Word by main, and last year's report chosen
// for the cross-year checks and 雷同 — a draft, or a published report imported — through window.api.

import type { ChecklistFormat, Failure } from '../shared/ipc';
import { api } from './api';
import { notify, setPrior, useEditor } from './store/editor';

function failed(result: Failure): void {
  if (result.reason !== 'canceled') notify({ kind: 'error', text: result.message });
}

export async function exportChecklist(format: ChecklistFormat): Promise<void> {
  const { doc, prior } = useEditor.getState();
  if (!doc) return;
  const result = await api().exportChecklist({ format, report: doc.report, prior });
  if (result.ok) notify({ kind: 'info', text: `已导出检查报告“${result.fileName}”` });
  else failed(result);
}

/** Last year's report from a draft or a published report; it replaces the one the draft remembers. */
export async function choosePrior(source: 'draft' | 'published'): Promise<void> {
  const report = useEditor.getState().doc?.report;
  if (!report) return;
  const result = await api().openPrior({ source, year: report.year });
  if (!result.ok) return failed(result);
  setPrior(result.prior);
  notify({ kind: 'info', text: `已将“${result.fileName}”（${result.prior.year} 年度）作为上年报告，用于跨年度核对和重复率。保存后随草稿保留。` });
}
