// What the toolbar and shortcuts do: open, save, export, start over — through window.api,
// with the outcome told to the clerk in Chinese.

import { rollForward } from '../shared/draft/rollForward';
import { toHtml } from '../shared/export/html';
import { toPlainText } from '../shared/export/plaintext';
import { withIdentity } from '../shared/import/confirm';
import { blankReport, type Report } from '../shared/report';
import { EXPORT_KINDS, type ExportFormat, type Failure, type Opened } from '../shared/ipc';
import { api } from './api';
import { copies } from './autosave';
import { ask, askToSave } from './dialog/ask';
import { confirmImport } from './dialog/importConfirm';
import { offerFileRecovery } from './recovery';
import { tellUnexpected } from './unexpected';
import { close, goTo, isDirty, load, markSaved, notify, useEditor } from './store/editor';
import { findingsOf, partOf } from './store/findings';
import { setReadOnly, useLife } from './store/life';

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
  const goOn = choice === 'save' ? await save(false) : choice === 'discard';
  // The report is about to be replaced: no copy of it may reach main once the next one is open.
  if (goOn) copies.stop();
  return goOn;
}

export function startNew(organization: string, year: number): void {
  void api().detachDocument();
  load(blankReport(organization, year), null);
}

export async function backToStart(): Promise<void> {
  if (!(await mayDiscard())) return;
  close();
  // Its file is free for other windows, and the copy of edits declined goes.
  await api().detachDocument();
}

/** A draft opened from its file; a recovery copy of that very file is offered at once. */
export async function showOpened(result: Opened | Failure): Promise<void> {
  if (!result.ok && result.reason === 'locked') return showOpened(await openLocked(result));
  if (!result.ok) return failed(result);
  load(result.report, result.fileName, true, { prior: result.prior });
  setReadOnly(result.readOnly ?? null);
  if (result.recovery?.[0]) await offerFileRecovery(result.recovery[0]);
}

/**
 * Someone else has the file open (its lock on the shared folder): read-only, or — when that
 * session seems to have ended without closing — take it over. Never two people silently editing.
 */
async function openLocked(result: Failure): Promise<Opened | Failure> {
  const stale = result.lock?.stale === true;
  const choice = await ask<'readOnly' | 'takeOver' | 'cancel'>({
    title: '年报编辑器',
    message: stale ? '这个文件上次没有正常关闭' : '这个文件正由别人编辑',
    detail: result.message,
    choices: [
      ...(stale ? [{ id: 'takeOver' as const, label: '接管', primary: true }] : []),
      { id: 'readOnly', label: '只读打开', primary: !stale },
      { id: 'cancel', label: '取消' },
    ],
    cancelId: 'cancel',
    defaultId: stale ? 'takeOver' : 'readOnly',
  });
  if (choice === 'cancel') return { ok: false, reason: 'canceled', message: '' };
  return api().openLocked({ choice });
}

export async function openDocument(): Promise<void> {
  if (!(await mayDiscard())) return;
  await showOpened(await api().openDocument());
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
  // A new report: it must never be saved over the file that was open before it.
  await api().detachDocument();
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
  await showOpened(await api().openRecent({ index }));
}

function currentReport(): Report | null {
  return useEditor.getState().doc?.report ?? null;
}

/** The file changed on disk since it was opened or saved here: never overwritten without asking. */
function askChanged(message: string): Promise<'overwrite' | 'saveAs' | 'cancel'> {
  return ask({
    title: '年报编辑器',
    message: '文件已在别处被修改',
    detail: `${message}建议另存为新文件，再对照两份内容。`,
    choices: [
      { id: 'overwrite', label: '覆盖' },
      { id: 'saveAs', label: '另存为', primary: true },
      { id: 'cancel', label: '取消' },
    ],
    cancelId: 'cancel',
    defaultId: 'saveAs',
  });
}

async function mayLoseUnreadable(): Promise<boolean> {
  const invalid = Object.keys(useEditor.getState().doc!.invalid).length;
  if (invalid === 0) return true;
  const choice = await ask({
    title: '年报编辑器',
    message: `有 ${invalid} 个单元格的内容无法识别`,
    detail: '保存后这些单元格为空白。仍要保存吗？',
    choices: [
      { id: 'save', label: '仍然保存' },
      { id: 'cancel', label: '取消', primary: true },
    ],
    cancelId: 'cancel',
    defaultId: 'cancel',
  });
  return choice === 'save';
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Saves; true when the report is now on disk. A failed save keeps the edits unsaved, and says
 * why. Saves run one after another (two quick Ctrl+S never write at once), each with the report
 * as it stands when its turn comes.
 */
export function save(saveAs = false): Promise<boolean> {
  const turn = saving.then(() => saveNow(saveAs)).catch(() => {
    tellUnexpected();
    return false;
  });
  saving = turn;
  return turn;
}

async function saveNow(saveAs: boolean): Promise<boolean> {
  const report = currentReport();
  if (!report || !(await mayLoseUnreadable())) return false;
  const { prior, fileName } = useEditor.getState();
  // A report without a file of its own always asks where: it must never land on another one.
  // Opened read-only (someone else has the file): always a new file.
  let result = await api().saveDocument({ report, prior, saveAs: saveAs || fileName === null || useLife.getState().readOnly !== null });
  if (!result.ok && result.reason === 'changed') {
    const choice = await askChanged(result.message);
    if (choice === 'cancel') return false;
    result = await api().saveDocument({ report, prior, saveAs: choice === 'saveAs', overwrite: choice === 'overwrite' });
  }
  if (result.ok) {
    markSaved(report, result.fileName);
    setReadOnly(null);
    notify({ kind: 'info', text: `已保存到“${result.fileName}”` });
  } else failed(result);
  return result.ok;
}

/** Shown in the export gate before "另有 N 项". */
const GATE_LISTED = 5;

/**
 * Before exporting a report with errors: shows them and asks 返回修改 / 仍然导出 (the command
 * line warns the same way). True when the export may go on.
 */
async function mayExportWithErrors(): Promise<boolean> {
  const { doc, prior } = useEditor.getState();
  const errors = findingsOf(doc!, prior).filter((f) => f.severity === 'error');
  if (errors.length === 0) return true;
  const listed = errors.slice(0, GATE_LISTED).map((f) => `· ${f.message}`);
  if (errors.length > GATE_LISTED) listed.push(`……另有 ${errors.length - GATE_LISTED} 项，见“检查结果”。`);
  const choice = await ask<'back' | 'export'>({
    title: '导出',
    message: `报告还有 ${errors.length} 项错误，改正前导出的文件不宜发布。`,
    detail: listed.join('\n'),
    choices: [
      { id: 'back', label: '返回修改', primary: true },
      { id: 'export', label: '仍然导出' },
    ],
    cancelId: 'back',
  });
  if (choice === 'back') goTo(partOf(errors[0]));
  return choice === 'export';
}

export async function exportReport(format: ExportFormat): Promise<void> {
  const report = currentReport();
  if (!report || !(await mayExportWithErrors())) return;
  const result = await api().exportReport({ format, report });
  if (result.ok) notify({ kind: 'info', text: `已导出${EXPORT_KINDS[format].name}“${result.fileName}”${result.notice ? `。${result.notice}` : ''}` });
  else failed(result);
}

/** 导出图解: the 图解 of the report, compared with last year's when the editor has it. */
export async function exportGraphic(): Promise<void> {
  const report = currentReport();
  if (!report || !(await mayExportWithErrors())) return;
  const result = await api().exportGraphic({ report, prior: useEditor.getState().prior });
  if (result.ok) notify({ kind: 'info', text: `已导出图解“${result.fileName}”` });
  else failed(result);
}

/** 打印: the print layout — the 预览's pages — through the system's print dialog. */
export async function printReport(): Promise<void> {
  const report = currentReport();
  if (!report) return;
  const result = await api().printReport({ report });
  if (result.ok) notify({ kind: 'info', text: '已发送到打印机。' });
  else failed(result);
}

/**
 * 复制网页片段: the CMS fragment on the clipboard as rich HTML, with the report as plain text
 * beside it, to paste straight into a portal's editor. Through the copy event of a click, which
 * needs no clipboard permission (the app's window grants none).
 */
export function copyHtmlFragment(): void {
  const report = currentReport();
  if (!report) return;
  const html = toHtml(report, { fragment: true });
  const text = toPlainText(report);
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/html', html);
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  // The copy command is the one clipboard write that works without a permission.
  const copied = document.execCommand('copy');
  document.removeEventListener('copy', onCopy);
  notify(
    copied
      ? { kind: 'info', text: '已复制网页片段。在网站编辑器中粘贴即可，表格的边框和合并单元格会保留。' }
      : { kind: 'error', text: '无法写入剪贴板。请改用“导出网页片段”，再打开文件复制。' },
  );
}

/** 审核签批单 of the version as it stands: one A4 page to print and sign (PDF or Word). */
export async function exportSignoff(format: 'pdf' | 'docx'): Promise<void> {
  const report = currentReport();
  if (!report) return;
  const result = await api().exportSignoff({ format, report, prior: useEditor.getState().prior });
  if (result.ok) notify({ kind: 'info', text: `已导出审核签批单“${result.fileName}”` });
  else failed(result);
}
