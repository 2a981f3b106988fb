// The handlers behind window.api (shared/ipc), in plain Node: Electron main wires one session
// per window to ipcMain with native dialogs; the test/dev harness wires one per page to HTTP on
// loopback. The session owns every path; the renderer only ever sees file names.

import { basename, dirname, relative, sep } from 'node:path';
import { asPrior, rollForward } from '../../shared/draft';
import { MAX_LISTED_DROPS } from '../../shared/import/format';
import { toPrintHtml } from '../../shared/export/print';
import { reportFileName } from '../../shared/files/fileName';
import { EXPORT_KINDS, GRAPHIC_KIND, type ExportFormat, type Failure, type Opened, type Saved } from '../../shared/ipc';
import type { Report } from '../../shared/report';
import { aggregateFiles } from './aggregate';
import { checklistPage, writeChecklist } from './checklist';
import { USER_LEXICON_FILE } from './lexicon';
import { writeReason, type WriteFailure } from './atomicWrite';
import { openDraft, saveDraft } from './documents';
import { exportPathProblem, writeExport, writeSignoff } from './exports';
import { fontNotice } from './fontCheck';
import { fileKey, fileStamp, sameStamp, stampDate, type FileStamp } from './fileIdentity';
import { graphicFormatOf, graphicTargets, writeGraphic } from './graphic';
import { readTrendReports } from './trend';
import type { FileOwner } from './openFiles';
import { DraftLock, describeOwner, type LockHeld } from './lock';
import { deskHandlers } from './desk/session';
import { ledgerHandlers } from './ledger/session';
import { describeOffer, staleNote } from './recovery';
import type { DocumentSession, SessionOptions } from './sessionTypes';
import { importUntrusted } from './untrusted';

export type { Dialogs, DocumentSession, Printer, SessionOptions } from './sessionTypes';

const canceled: Failure = { ok: false, reason: 'canceled', message: '' };
const NO_PRINTER: Failure = { ok: false, reason: 'io', message: '此处无法打印或生成 PDF' };

/** “报告.nianbao”（D:\文档）: the file and where it is, for messages. */
const place = (path: string) => `“${basename(path)}”（位于 ${dirname(path)}）`;
const clock = (d: Date) => d.toLocaleString('zh-CN', { hour12: false });

export function createDocumentSession(options: SessionOptions): DocumentSession {
  const { dialogs, recent, recovery, openFiles } = options;
  /** The file shown, and its stamp when opened or last saved by us: a different one means changed. */
  let current: { path: string; stamp: FileStamp | null } | null = null;
  let slot = recovery.store.slot();
  let dirty = false;
  const self: FileOwner = { focus: () => options.focusWindow?.() };
  // The draft lock on a shared folder (lock.ts): only where the app knows who works at this PC.
  const lock = options.profile ? new DraftLock(() => options.profile!.lockIdentity()) : null;
  /** Opened read-only because someone else has the file: who (describeOwner), for the refusal to save over it. */
  let readOnly: string | null = null;
  /** A file found locked, waiting for the clerk's choice (openLocked). */
  let pending: string | null = null;

  /** The document no longer has a file (a new report, an import …): the file is free again. */
  async function detach(): Promise<void> {
    current = null;
    readOnly = null;
    openFiles.release(self);
    await lock?.release();
    await slot.clear();
  }

  function locked(path: string, held: LockHeld): Failure {
    pending = path;
    const who = describeOwner(held.owner);
    const message = held.stale
      ? `“${basename(path)}”有一个遗留的占用标记：${who}打开过，但那次编辑似乎已意外结束（程序关闭或电脑断开）。如确认无人在编辑，可以接管。`
      : `“${basename(path)}”正由 ${who}打开编辑。为免两人同时修改，只能以只读方式打开（修改后请另存为新文件）。`;
    return { ok: false, reason: 'locked', message, lock: { user: held.owner.user, host: held.owner.host, since: held.owner.since, stale: held.stale } };
  }

  function elsewhere(path: string, owner: FileOwner): Failure {
    owner.focus();
    return { ok: false, reason: 'elsewhere', message: `“${basename(path)}”已在另一个窗口中打开，已切换到那个窗口。` };
  }

  async function open(path: string, asSample = false, how: 'lock' | 'readOnly' | 'takeOver' = 'lock'): Promise<Opened | Failure> {
    const key = await fileKey(path);
    const owner = asSample ? null : openFiles.ownerOf(key, self);
    if (owner) return elsewhere(path, owner);
    // The stamp before reading: a change while reading is then noticed at the next save.
    const stamp = await fileStamp(path).catch(() => null);
    const opened = await openDraft(path);
    if (!opened.ok) return { ok: false, reason: 'invalid', message: `无法打开“${basename(path)}”：${opened.message}` };
    // The sample opens as a new, untitled report so that saving never writes over it.
    if (asSample) {
      await detach();
      return { ok: true, report: opened.draft.report, prior: opened.draft.prior, fileName: null };
    }
    let holder: string | null = null;
    if (lock) {
      // Read-only only while someone else still has it: a lock gone meanwhile is taken as usual.
      const held = how === 'readOnly' ? await lock.readHeld(path) : null;
      if (held) {
        holder = describeOwner(held.owner);
        await lock.release();
      } else {
        const got = await lock.acquire(path, { takeOver: how === 'takeOver' });
        if (!got.ok) return locked(path, got);
      }
    }
    pending = null;
    const taken = openFiles.claim(self, key);
    if (taken) return elsewhere(path, taken);
    readOnly = holder;
    current = { path, stamp };
    await recent.add(path);
    await slot.clear();
    const copies = await Promise.all((await recovery.offers.forFile(path)).map(describeOffer));
    return {
      ok: true,
      report: opened.draft.report,
      prior: opened.draft.prior,
      fileName: basename(path),
      ...(copies.length > 0 ? { recovery: copies } : {}),
      ...(holder ? { readOnly: `只读：“${basename(path)}”正由 ${holder}打开编辑。修改后请另存为新文件。` } : {}),
    };
  }

  /** The clerk chose where to save: refused when another window has that file open. */
  async function chooseSaveTarget(report: Report): Promise<string | Failure> {
    const path = await dialogs.chooseDraftToSave(reportFileName(report, '.nianbao'));
    if (!path) return canceled;
    if (openFiles.ownerOf(await fileKey(path), self)) {
      return { ok: false, reason: 'elsewhere', message: `“${basename(path)}”已在另一个窗口中打开，不能保存到这个文件。请换一个文件名，或先关闭那个窗口。` };
    }
    return path;
  }

  /** Whether the file on disk is still the one we opened or last saved. */
  async function changedOnDisk(path: string, stamp: FileStamp | null): Promise<Failure | null> {
    const now = await fileStamp(path).catch(() => null);
    if (sameStamp(now, stamp)) return null;
    const message = now
      ? `“${basename(path)}”在打开之后已被修改（${clock(stampDate(now))}，可能是其他人或其他程序）。覆盖会丢失那些修改。`
      : `“${basename(path)}”已不在原来的位置（被移动、改名或删除）。选择“覆盖”将在原位置重新保存。`;
    return { ok: false, reason: 'changed', message };
  }

  async function save(path: string, report: Report, prior: Report | null): Promise<Saved | Failure> {
    if (readOnly && path === current?.path) {
      return { ok: false, reason: 'locked', message: `“${basename(path)}”正由 ${readOnly}打开编辑，这里是只读打开的，不能保存到这个文件。请另存为新文件。` };
    }
    const previous = lock?.draft ?? null;
    if (lock) {
      const got = await lock.acquire(path);
      if (!got.ok) return { ok: false, reason: 'invalid', message: `不能保存到“${basename(path)}”：它正由 ${describeOwner(got.owner)}打开编辑。请换一个文件名。` };
    }
    let stamp: FileStamp;
    try {
      stamp = await saveDraft(path, report, prior);
    } catch (e) {
      // The file is untouched; what the clerk tried to save is kept as the recovery copy.
      const copy = await slot.write(report, current?.path ?? null, prior, current?.stamp ?? null).then(
        () => '修改仍在窗口中，也已留有恢复副本',
        (c: unknown) => `修改仍在窗口中（恢复副本也未能写入：${writeReason(c)}）`,
      );
      // The file this window still shows keeps its lock.
      if (lock && previous && previous !== path) await lock.acquire(previous).catch(() => undefined);
      const full = ['ENOSPC', 'EDQUOT'].includes((e as WriteFailure).code ?? '');
      const advice = full ? '请腾出磁盘空间，或另存到其他位置。' : '可以另存到其他位置。';
      return { ok: false, reason: 'io', message: `未能保存${place(path)}：${writeReason(e)}。原文件没有改动；${copy}。${advice}` };
    }
    current = { path, stamp };
    readOnly = null;
    openFiles.claim(self, await fileKey(path));
    await recent.add(path);
    // Saved: a copy that cannot be removed now is only offered needlessly later.
    await slot.clear().catch(() => undefined);
    return { ok: true, fileName: basename(path) };
  }

  return {
    currentPath: () => current?.path ?? null,
    isDirty: () => dirty,
    discardEdits: () => slot.clear(),
    async dispose() {
      openFiles.release(self);
      await lock?.release();
    },
    async pageLost() {
      await slot.settled();
      const copy = await recovery.store.read(slot.id);
      if (copy) recovery.offers.add(copy);
      // A fresh slot: closing the window clears that one, never the copy on offer.
      slot = recovery.store.slot();
      dirty = false;
      current = null;
      readOnly = null;
      openFiles.release(self);
      await lock?.release();
    },

    async initialDocument() {
      return options.initialPath ? open(options.initialPath) : { ok: false, reason: 'none' };
    },
    async openDocument() {
      const path = await dialogs.chooseDraftToOpen();
      return path ? open(path) : canceled;
    },
    openSample: () => open(options.samplePath, true),
    async openLocked({ choice }) {
      if (!pending) return { ok: false, reason: 'invalid', message: '没有等待打开的文件' };
      return open(pending, false, choice);
    },
    async userName() {
      return { name: (await options.profile?.name()) ?? null };
    },
    async setUserName({ name }) {
      await options.profile?.setName(name);
      return { ok: true };
    },
    async detachDocument() {
      // Never save a new report over the file that was open before it.
      await detach();
      return { ok: true };
    },
    async newFromPrior() {
      const path = await dialogs.chooseDraftToOpen();
      if (!path) return canceled;
      const opened = await openDraft(path);
      if (!opened.ok) return { ok: false, reason: 'invalid', message: `无法打开“${basename(path)}”：${opened.message}` };
      const { report, notes } = rollForward(opened.draft.report);
      // A new file: saving asks where, so last year's draft is never written over.
      await detach();
      return { ok: true, report, prior: opened.draft.report, fileName: null, unsaved: true, notes: notes.map((n) => n.message) };
    },
    async saveDocument({ report, prior, saveAs, overwrite }) {
      if (!saveAs && current) {
        const changed = overwrite ? null : await changedOnDisk(current.path, current.stamp);
        return changed ?? save(current.path, report, prior);
      }
      const path = await chooseSaveTarget(report);
      return typeof path === 'string' ? save(path, report, prior) : path;
    },
    async exportReport({ format, report }: { format: ExportFormat; report: Report }) {
      const { printer } = options;
      if (format === 'pdf' && !printer) return NO_PRINTER;
      const path = await dialogs.chooseExportTarget(reportFileName(report, EXPORT_KINDS[format].suffix), format);
      if (!path) return canceled;
      const problem = (await exportPathProblem(path, current?.path)) ?? (openFiles.ownerOf(await fileKey(path)) ? '该文件是另一个窗口中打开的草稿，不能用作导出文件' : null);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
      try {
        await writeExport(path, report, format, (r) => printer!.toPdf(toPrintHtml(r)));
        // Chromium substitutes missing fonts without a word: the clerk is told which and by what.
        const notice = format === 'pdf' ? await fontNotice(report, 'chromium') : null;
        return notice ? { ok: true, fileName: basename(path), notice } : { ok: true, fileName: basename(path) };
      } catch (e) {
        return { ok: false, reason: 'io', message: `未能导出${place(path)}：${writeReason(e)}。该位置原有的文件没有改动。` };
      }
    },
    async exportSignoff({ format, report, prior }) {
      const { printer } = options;
      if (format === 'pdf' && !printer) return NO_PRINTER;
      const path = await dialogs.chooseExportTarget(reportFileName(report, `（审核签批单）${EXPORT_KINDS[format].suffix}`), format);
      if (!path) return canceled;
      const problem = (await exportPathProblem(path, current?.path)) ?? (openFiles.ownerOf(await fileKey(path)) ? '该文件是另一个窗口中打开的草稿，不能用作导出文件' : null);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
      try {
        await writeSignoff(path, report, prior, format, { fromHtml: (html) => printer!.toPdf(html) });
        return { ok: true, fileName: basename(path) };
      } catch (e) {
        return { ok: false, reason: 'io', message: `未能导出${place(path)}：${writeReason(e)}。该位置原有的文件没有改动。` };
      }
    },
    // 发布前检查 (issue 24): the 检查报告 of the report as it stands, with last year's and the office's 用语表.
    async exportChecklist({ format, report, prior }) {
      const { printer } = options;
      if (format === 'pdf' && !printer) return NO_PRINTER;
      const suffix = format === 'pdf' ? '（发布前检查）.pdf' : '（发布前检查）.docx';
      const path = await dialogs.chooseExportTarget(reportFileName(report, suffix), format);
      if (!path) return canceled;
      const problem = (await exportPathProblem(path, current?.path)) ?? (openFiles.ownerOf(await fileKey(path)) ? '该文件是另一个窗口中打开的草稿，不能用作导出文件' : null);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
      try {
        const page = checklistPage(report, prior, options.lexicon?.entries);
        await writeChecklist(path, page, report, format, (_page, html) => printer!.toPdf(html));
        return { ok: true, fileName: basename(path) };
      } catch (e) {
        return { ok: false, reason: 'io', message: `未能导出${place(path)}：${writeReason(e)}。该位置原有的文件没有改动。` };
      }
    },
    async exportGraphic({ report, prior }) {
      const path = await dialogs.chooseExportTarget(reportFileName(report, GRAPHIC_KIND.suffix), 'graphic');
      if (!path) return canceled;
      const format = graphicFormatOf(path);
      if (!format) return { ok: false, reason: 'invalid', message: '图解可导出为 PNG 图片（.png）、SVG 图形（.svg）或网页片段（.html），请选用其中一种文件类型' };
      for (const target of graphicTargets(path, format)) {
        const problem = (await exportPathProblem(target, current?.path)) ?? (openFiles.ownerOf(await fileKey(target)) ? '该文件是另一个窗口中打开的草稿，不能用作导出文件' : null);
        if (problem) return { ok: false, reason: 'invalid', message: `${basename(target)}：${problem}` };
      }
      try {
        const written = await writeGraphic(path, report, prior, format);
        return { ok: true, fileName: written.map((w) => basename(w)).join('”和“') };
      } catch (e) {
        return { ok: false, reason: 'io', message: `未能导出图解${place(path)}：${writeReason(e)}。该位置原有的文件没有改动。` };
      }
    },
    async trendReports() {
      const paths = await dialogs.chooseTrendReports();
      if (paths.length === 0) return canceled;
      const read = await readTrendReports(paths);
      if ('problem' in read) return { ok: false, reason: 'invalid', message: read.problem };
      return { ok: true, ...read };
    },
    async openPrior({ source, year }) {
      const path = source === 'draft' ? await dialogs.chooseDraftToOpen() : await dialogs.choosePublishedReport();
      if (!path) return canceled;
      // A published report is someone else's file: read in the worker, within its limits.
      const read = source === 'draft' ? await openDraft(path).then((o) => (o.ok ? { ok: true as const, report: o.draft.report } : o)) : await importUntrusted(path);
      if (!read.ok) return { ok: false, reason: 'invalid', message: `无法读取“${basename(path)}”：${read.message}` };
      if (read.report.year !== year - 1) {
        return { ok: false, reason: 'invalid', message: `“${basename(path)}”是 ${read.report.year} 年度的报告，上年报告应为 ${year - 1} 年度。` };
      }
      return { ok: true, prior: asPrior(read.report), fileName: basename(path) };
    },
    async userLexicon() {
      const lexicon = options.lexicon;
      return { entries: lexicon?.entries ?? [], problems: lexicon?.problems ?? [], fileName: lexicon?.fileName ?? USER_LEXICON_FILE };
    },
    async printReport({ report }) {
      if (!options.printer) return NO_PRINTER;
      try {
        return (await options.printer.print(toPrintHtml(report))) ? { ok: true } : canceled;
      } catch (e) {
        // Chromium's reason is English: the clerk gets ours.
        const noPrinter = e instanceof Error && /no (valid )?printer/i.test(e.message);
        return { ok: false, reason: 'io', message: noPrinter ? '打印未完成：没有可用的打印机，请先在系统中添加打印机' : '打印未完成：打印机未能完成打印，请检查打印机后重试' };
      }
    },

    async aggregateUnits({ organization, year }) {
      const folder = await dialogs.chooseUnitsFolder();
      if (!folder) return canceled;
      // Reports that cannot be summed are left out and listed: the page asks before using the sum.
      const { result, unreadable } = await aggregateFiles([folder], organization, year, { leaveOut: true });
      if (!result.ok) return { ok: false, reason: 'invalid', message: result.message.replaceAll(`${folder}${sep}`, '') };
      // The consolidated report is new: saving asks where.
      await detach();
      const name = (path: string) => relative(folder, path) || basename(path);
      return {
        ok: true,
        report: result.report,
        prior: null,
        units: result.units.map((u) => ({ ...u, source: name(u.source) })),
        leftOut: [...unreadable, ...result.refused.map((r) => ({ file: r.source, reason: r.reason }))].map((u) => ({ ...u, file: name(u.file) })),
      };
    },
    async importPublished() {
      const path = await dialogs.choosePublishedReport();
      if (!path) return canceled;
      // Someone else's file: parsed in a worker with a time budget and memory caps.
      const imported = await importUntrusted(path);
      if (!imported.ok) return { ok: false, reason: 'invalid', message: `无法导入“${basename(path)}”：${imported.message}` };
      // Not detached yet: the clerk may still cancel at the confirmation, and the report open now
      // keeps its file. The page detaches once the import is accepted.
      // The page lists what was dropped; the draft's record keeps the same list, capped.
      const summary = { ...imported.summary, dropped: imported.summary.dropped.slice(0, MAX_LISTED_DROPS) };
      return { ok: true, report: imported.report, prior: null, fileName: null, unsaved: true, summary };
    },
    async recentDocuments() {
      return { files: (await recent.list()).map((p) => ({ name: basename(p), folder: dirname(p) })) };
    },
    async openRecent({ index }) {
      const path = (await recent.list())[index];
      return path ? open(path) : { ok: false, reason: 'invalid', message: '该文件已不在原来的位置' };
    },

    async autosave({ report, prior }) {
      try {
        await slot.write(report, current?.path ?? null, prior, current?.stamp ?? null);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: `未能写入恢复副本（${writeReason(e)}）。万一程序意外关闭，未保存的修改可能丢失，请尽快保存。` };
      }
    },
    async recoveryOffers() {
      return { offers: await Promise.all(recovery.offers.all().map(describeOffer)) };
    },
    async restoreRecovery({ id }) {
      const copy = recovery.offers.take(id);
      if (!copy) return { ok: false, reason: 'invalid', message: '这份恢复副本已不存在（可能已在另一个窗口中恢复或放弃）' };
      const offer = await describeOffer(copy);
      const path = copy.originalPath;
      const key = path ? await fileKey(path) : null;
      // Its file open in another window: restored as a new report, never claiming that file.
      const lockedBy = path && lock ? await lock.acquire(path).then((got) => (got.ok ? null : describeOwner(got.owner))) : null;
      const heldElsewhere = key !== null && (openFiles.ownerOf(key, self) !== null || lockedBy !== null);
      if (path && key && !heldElsewhere) {
        openFiles.claim(self, key);
        // The copy's own base stamp: if the file moved on since, saving asks (覆盖 / 另存为 / 取消).
        current = { path, stamp: copy.baseStamp };
      } else {
        current = null;
        openFiles.release(self);
      }
      // Into this session's own slot first, so that a second crash loses nothing either; if that
      // cannot be written, the copy's own files stay, to be offered again at the next start.
      if (await slot.write(copy.report, current?.path ?? null, copy.prior, current?.stamp ?? null).then(() => true, () => false)) {
        await recovery.offers.discard(copy.id);
      }
      const where = lockedBy ? `正由 ${lockedBy}打开编辑` : '已在另一个窗口中打开';
      const note = heldElsewhere ? `“${basename(path!)}”${where}，恢复的内容作为新报告打开，保存时请另存为新文件。` : staleNote(offer);
      const notes = note ? [note] : [];
      return { ok: true, report: copy.report, prior: copy.prior, fileName: current ? basename(current.path) : null, unsaved: true, ...(notes.length > 0 ? { notes } : {}) };
    },
    async discardRecovery({ id }) {
      if (recovery.offers.take(id)) await recovery.offers.discard(id);
      return { ok: true };
    },

    async setDocumentState(state) {
      dirty = state.dirty;
      // Nothing unsaved (saved, or edited back to the file): a copy written meanwhile goes. The
      // slot's queue puts this after any copy still being written.
      if (!dirty) await slot.clear();
      return { ok: true };
    },
    async closeWindow() {
      options.closeWindow?.();
      return { ok: true };
    },
    ...ledgerHandlers(dialogs, options.ledgerMappings),
    ...deskHandlers({ dialogs, printer: options.printer, open: (path) => open(path), detach }),
  };
}
