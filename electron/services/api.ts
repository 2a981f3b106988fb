// The handlers behind window.api (shared/ipc), in plain Node: Electron main wires them to
// ipcMain with its native dialogs; the test/dev harness wires them to HTTP on loopback. Main
// (here: this object) owns every path; the renderer only ever sees file names.

import { basename } from 'node:path';
import type { Api, ExportFormat, Failure, Opened, Saved } from '../../shared/ipc';
import { reportTitle, type Report } from '../../shared/report';
import { fileErrorMessage, openDraft, saveDraft } from './documents';
import { exportPathProblem, writeExport } from './exports';

/** Where the user wants to read or write; null when they cancel. */
export interface Dialogs {
  chooseDraftToOpen(): Promise<string | null>;
  chooseDraftToSave(suggestedName: string): Promise<string | null>;
  chooseExportTarget(suggestedName: string, format: ExportFormat): Promise<string | null>;
}

export interface ApiOptions {
  dialogs: Dialogs;
  /** The bundled sample report. */
  samplePath: string;
  /** A draft given on the command line or by the file association. */
  initialPath?: string | null;
}

export interface DocumentSession extends Api {
  /** The file the current document was opened from or saved to. */
  currentPath(): string | null;
}

const canceled: Failure = { ok: false, reason: 'canceled', message: '' };
const EXTENSIONS: Record<ExportFormat, string> = { docx: '.docx', html: '.html' };

export function createDocumentSession({ dialogs, samplePath, initialPath = null }: ApiOptions): DocumentSession {
  let current: string | null = null;

  async function open(path: string, remember: boolean): Promise<Opened | Failure> {
    const opened = await openDraft(path);
    if (!opened.ok) return { ok: false, reason: 'invalid', message: `无法打开“${basename(path)}”：${opened.message}` };
    // The sample opens as a new, untitled report so that saving never writes over it.
    current = remember ? path : null;
    return { ok: true, report: opened.draft.report, fileName: remember ? basename(path) : '示例报告' };
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
    async initialDocument() {
      return initialPath ? open(initialPath, true) : { ok: false, reason: 'none' };
    },
    async openDocument() {
      const path = await dialogs.chooseDraftToOpen();
      return path ? open(path, true) : canceled;
    },
    openSample: () => open(samplePath, false),
    async saveDocument({ report, saveAs }) {
      const path = (!saveAs && current) || (await dialogs.chooseDraftToSave(`${reportTitle(report)}.nianbao`));
      if (!path) return canceled;
      const saved = await write(path, () => saveDraft(path, report));
      if (saved.ok) current = path;
      return saved;
    },
    async exportReport({ format, report }: { format: ExportFormat; report: Report }) {
      const path = await dialogs.chooseExportTarget(`${reportTitle(report)}${EXTENSIONS[format]}`, format);
      if (!path) return canceled;
      const problem = exportPathProblem(path, current ?? undefined);
      if (problem) return { ok: false, reason: 'invalid', message: problem };
      return write(path, () => writeExport(path, report, format));
    },
  };
}
