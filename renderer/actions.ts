// What the toolbar and shortcuts do: open, save, export, start over — through window.api,
// with the outcome told to the clerk in Chinese.

import { rollForward } from '../shared/draft/rollForward';
import { withIdentity } from '../shared/import/confirm';
import { blankReport, type Report } from '../shared/report';
import type { ExportFormat, Failure } from '../shared/ipc';
import { api } from './api';
import { askToSave } from './dialog/ask';
import { confirmImport } from './dialog/importConfirm';
import { close, isDirty, load, markSaved, notify, useEditor } from './store/editor';

const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word 文档', html: '网页', 'html-fragment': '网页片段' };

function failed(result: Failure): void {
  if (result.reason !== 'canceled') notify({ kind: 'error', text: result.message });
}

/**
 * Before unsaved work would be replaced: asks 保存 / 不保存 / 取消, as Word does. True when the
 * caller may go on (saved, or the clerk chose not to save).
 */
export async function mayDiscard(): Promise<boolean> {
  if (!isDirty(useEditor.getState())) return true;
  const choice = await askToSave();
  if (choice === 'save') return save(false);
  return choice === 'discard';
}

export function startNew(organization: string, year: number): void {
  void api().detachDocument();
  load(blankReport(organization, year), null);
}

export async function backToStart(): Promise<void> {
  if (await mayDiscard()) close();
}

export async function openDocument(): Promise<void> {
  if (!(await mayDiscard())) return;
  const result = await api().openDocument();
  if (result.ok) load(result.report, result.fileName, true, { prior: result.prior });
  else failed(result);
}

export async function openSample(): Promise<void> {
  if (!(await mayDiscard())) return;
  const result = await api().openSample();
  if (result.ok) load(result.report, null);
  else failed(result);
}

/**
 * A published report (scraped text, saved page, Word, PDF) becomes a new, unsaved draft — after
 * the clerk has seen what was recognised and corrected the organisation or the year if need be.
 */
export async function importPublished(): Promise<void> {
  if (!(await mayDiscard())) return;
  const result = await api().importPublished();
  if (!result.ok) return failed(result);
  const identity = await confirmImport(result);
  if (!identity) return;
  load(withIdentity(result.report, identity), null, false);
  const marked = Object.keys(result.report.importMarks).length;
  notify({ kind: 'info', text: `已导入。${marked > 0 ? `有 ${marked} 个单元格以斜线底纹标出，` : ''}请对照原文核对检查结果中列出的问题。` });
}

/** 汇总: the units' drafts in a folder become a new, unsaved consolidated report. */
export async function aggregateUnits(organization: string, year: number): Promise<void> {
  if (!(await mayDiscard())) return;
  const result = await api().aggregateUnits({ organization, year });
  if (!result.ok) return failed(result);
  load(result.report, null, false, { units: { units: result.units, unreadable: result.unreadable } });
  const missing = result.unreadable.length;
  notify(
    missing > 0
      ? { kind: 'error', text: `已汇总 ${result.units.length} 个单位；另有 ${missing} 个文件无法读取，未计入，见“汇总单位”。` }
      : { kind: 'info', text: `已汇总 ${result.units.length} 个单位的报告。` },
  );
}

/** 以上年度报告为基础新建: last year's draft starts this year's, and stays beside it. */
export async function newFromPrior(): Promise<void> {
  if (!(await mayDiscard())) return;
  const result = await api().newFromPrior();
  if (!result.ok) return failed(result);
  load(result.report, null, false, { prior: result.prior, notes: result.notes ?? [] });
  notify({ kind: 'info', text: `已在 ${result.prior?.year} 年度报告的基础上新建 ${result.report.year} 年度报告。请逐项更新文字和数字。` });
}

/** Next year's report from the one open now, which stays beside it as last year's. */
export async function nextYearFromCurrent(): Promise<void> {
  const report = currentReport();
  if (!report || !(await mayDiscard())) return;
  const { report: next, notes } = rollForward(report);
  void api().detachDocument();
  load(next, null, false, { prior: report, notes: notes.map((n) => n.message) });
  notify({ kind: 'info', text: `已在 ${report.year} 年度报告的基础上新建 ${next.year} 年度报告。请逐项更新文字和数字。` });
}

export async function openRecent(index: number): Promise<void> {
  if (!(await mayDiscard())) return;
  const result = await api().openRecent({ index });
  if (result.ok) load(result.report, result.fileName, true, { prior: result.prior });
  else failed(result);
}

/** Brings back the copy of a session that ended abnormally; it stays unsaved until saved. */
export async function restoreRecovery(): Promise<void> {
  const result = await api().restoreRecovery();
  if (result.ok) {
    load(result.report, result.fileName, !result.unsaved, { prior: result.prior });
    notify({ kind: 'info', text: '已恢复上次未保存的内容，请检查后保存。' });
  } else failed(result);
}

function currentReport(): Report | null {
  return useEditor.getState().doc?.report ?? null;
}

/** Saves; true when the report is now on disk. */
export async function save(saveAs = false): Promise<boolean> {
  const report = currentReport();
  if (!report) return false;
  const invalid = Object.keys(useEditor.getState().doc!.invalid).length;
  if (invalid > 0 && !window.confirm(`有 ${invalid} 个单元格的内容无法识别，保存后这些单元格为空白。仍要保存吗？`)) return false;
  const { prior, fileName } = useEditor.getState();
  // A report without a file of its own always asks where: it must never land on another one.
  const result = await api().saveDocument({ report, prior, saveAs: saveAs || fileName === null });
  if (result.ok) {
    markSaved(report, result.fileName);
    notify({ kind: 'info', text: `已保存到“${result.fileName}”` });
  } else failed(result);
  return result.ok;
}

export async function exportReport(format: ExportFormat): Promise<void> {
  const report = currentReport();
  if (!report) return;
  const result = await api().exportReport({ format, report });
  if (result.ok) notify({ kind: 'info', text: `已导出${FORMAT_NAMES[format]}“${result.fileName}”` });
  else failed(result);
}
