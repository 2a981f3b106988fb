// The handlers behind window.api (shared/ipc), in plain Node: Electron main wires one session
// per window to ipcMain with native dialogs; the test/dev harness wires one to HTTP on loopback.
// The session owns every path; the renderer only ever sees file names.

import { basename, dirname, relative, sep } from 'node:path';
import { rollForward } from '../../shared/draft';
import type { Api, ExportFormat, Failure, Opened, Saved } from '../../shared/ipc';
import { reportTitle, type Report } from '../../shared/report';
import { aggregateFiles } from './aggregate';
import { fileErrorMessage, openDraft, saveDraft } from './documents';
import { importFile } from './imports';
import { exportPathProblem, writeExport } from './exports';
import type { RecentFiles } from './recent';
import type { RecoveryOffers, RecoverySlot } from './recovery';

/** Where the user wants to read or write; null when they cancel. */
export interface Dialogs {
  chooseDraftToOpen(): Promise<string | null>;
  chooseDraftToSave(suggestedName: string): Promise<string | null>;
  chooseExportTarget(suggestedName: string, format: ExportFormat): Promise<string | null>;
  chooseUnitsFolder(): Promise<string | null>;
  choosePublishedReport(): Promise<string | null>;
}

export interface SessionOptions {
  dialogs: Dialogs;
  /** The bundled sample report. */
  samplePath: string;
  /** A draft given on the command line or by the file association. */
  initialPath?: string | null;
  recent: RecentFiles;
  recovery: { slot: RecoverySlot; offers: RecoveryOffers; dir: string };
  /** Closes this session's window (Electron); the harness has none. */
  closeWindow?: () => void;
}

export interface DocumentSession extends Api {
  /** The file the current document was opened from or saved to. */
  currentPath(): string | null;
  /** Whether closing would lose edits, as the renderer last said. */
  isDirty(): boolean;
  /** The window closes without saving on purpose: its recovery copy goes too. */
  discardEdits(): Promise<void>;
}

const canceled: Failure = { ok: false, reason: 'canceled', message: '' };
/** Lines left out of an import that the confirmation lists (the record says how many more). */
const MAX_DROPPED_SHOWN = 300;
const EXTENSIONS: Record<ExportFormat, string> = { docx: '.docx', html: '.html', 'html-fragment': '（网页片段）.html' };

export function createDocumentSession(options: SessionOptions): DocumentSession {
  const { dialogs, recent, recovery } = options;
  let current: string | null = null;
  let dirty = false;

  async function open(path: string, asSample = false): Promise<Opened | Failure> {
    const opened = await openDraft(path);
    if (!opened.ok) return { ok: false, reason: 'invalid', message: `无法打开“${basename(path)}”：${opened.message}` };
    // The sample opens as a new, untitled report so that saving never writes over it.
    current = asSample ? null : path;
    if (!asSample) await recent.add(path);
    await recovery.slot.clear();
    return { ok: true, report: opened.draft.report, prior: opened.draft.prior, fileName: asSample ? null : basename(path) };
  }

  async function write(path: string, action: () => Promise<void>): Promise<Saved | Failure> {
    try {
      await action();
      return { ok: true, fileName: basename(path) };
    } catch (e) {
      return { ok: false, reason: 'io', message: `无法写入“${basename(path)}”：${fileErrorMessage(e)}` };
    }
  }

  return {
    currentPath: () => current,
    isDirty: () => dirty,
    discardEdits: () => recovery.slot.clear(),

    async initialDocument() {
      return options.initialPath ? open(options.initialPath) : { ok: false, reason: 'none' };
    },
    async openDocument() {
      const path = await dialogs.chooseDraftToOpen();
      return path ? open(path) : canceled;
    },
    openSample: () => open(options.samplePath, true),
    async detachDocument() {
      // Never save a new report over the file that was open before it.
      current = null;
      await recovery.slot.clear();
      return { ok: true };
    },
    async newFromPrior() {
      const path = await dialogs.chooseDraftToOpen();
      if (!path) return canceled;
      const opened = await openDraft(path);
      if (!opened.ok) return { ok: false, reason: 'invalid', message: `无法打开“${basename(path)}”：${opened.message}` };
      const { report, notes } = rollForward(opened.draft.report);
      // A new file: saving asks where, so last year's draft is never written over.
      current = null;
      await recovery.slot.clear();
      return { ok: true, report, prior: opened.draft.report, fileName: null, unsaved: true, notes: notes.map((n) => n.message) };
    },
    async saveDocument({ report, prior, saveAs }) {
      const path = (!saveAs && current) || (await dialogs.chooseDraftToSave(`${reportTitle(report)}.nianbao`));
      if (!path) return canceled;
      const saved = await write(path, () => saveDraft(path, report, prior));
      if (saved.ok) {
        current = path;
        await recent.add(path);
        await recovery.slot.clear();
      }
      return saved;
    },
    async exportReport({ format, report }: { format: ExportFormat; report: Report }) {
      const path = await dialogs.chooseExportTarget(`${reportTitle(report)}${EXTENSIONS[format]}`, format);
      if (!path) return canceled;
      const problem = exportPathProblem(path, current ?? undefined);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
      return write(path, () => writeExport(path, report, format));
    },

    async aggregateUnits({ organization, year }) {
      const folder = await dialogs.chooseUnitsFolder();
      if (!folder) return canceled;
      const { result, unreadable } = await aggregateFiles([folder], organization, year);
      if (!result.ok) return { ok: false, reason: 'invalid', message: result.message.replaceAll(`${folder}${sep}`, '') };
      // The consolidated report is new: saving asks where.
      current = null;
      const name = (path: string) => relative(folder, path) || basename(path);
      return {
        ok: true,
        report: result.report,
        prior: null,
        units: result.units.map((u) => ({ ...u, source: name(u.source) })),
        unreadable: unreadable.map((u) => ({ ...u, file: name(u.file) })),
      };
    },
    async importPublished() {
      const path = await dialogs.choosePublishedReport();
      if (!path) return canceled;
      const imported = await importFile(path);
      if (!imported.ok) return { ok: false, reason: 'invalid', message: `无法导入“${basename(path)}”：${imported.message}` };
      current = null;
      await recovery.slot.clear();
      // The page lists what was dropped; the draft's record keeps the same list, capped.
      const summary = { ...imported.summary, dropped: imported.summary.dropped.slice(0, MAX_DROPPED_SHOWN) };
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
      await recovery.slot.write(report, current, prior);
      return { ok: true };
    },
    async recoveryOffer() {
      const offer = recovery.offers.next();
      if (!offer) return { available: false };
      return { available: true, title: reportTitle(offer.report), savedAt: offer.savedAt, fileName: offer.originalPath ? basename(offer.originalPath) : null };
    },
    async restoreRecovery() {
      const offer = recovery.offers.next();
      if (!offer) return { ok: false, reason: 'invalid', message: '没有可以恢复的内容' };
      // Into this session's own slot first, so that a second crash loses nothing either.
      await recovery.slot.write(offer.report, offer.originalPath, offer.prior);
      await recovery.offers.settle(recovery.dir, offer.id);
      current = offer.originalPath;
      return { ok: true, report: offer.report, prior: offer.prior, fileName: offer.originalPath ? basename(offer.originalPath) : null, unsaved: true };
    },
    async discardRecovery() {
      const offer = recovery.offers.next();
      if (offer) await recovery.offers.settle(recovery.dir, offer.id);
      return { ok: true };
    },

    async setDocumentState(state) {
      dirty = state.dirty;
      return { ok: true };
    },
    async closeWindow() {
      options.closeWindow?.();
      return { ok: true };
    },
  };
}
