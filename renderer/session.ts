// Keeps main informed and the work safe: tells main whether closing would lose edits, writes a
// recovery copy a moment after an edit — and during steady typing at least every few seconds —
// says so when a copy cannot be written, and carries out what the menu asks.

import { useEffect } from 'react';
import type { Command } from '../shared/ipc';
import { api } from './api';
import { backToStart, exportReport, importPublished, newFromPrior, openDocument, openRecent, openSample, save } from './actions';
import { openPreview, printFromPreview } from './components/Preview';
import { isDirty, notify, redo, undo, useEditor } from './store/editor';
import { toggleFindings, toggleParts, zoomIn, zoomOut, zoomReset } from './view';

/** A pause this long writes a copy: not on every keystroke, yet little is lost. */
export const AUTOSAVE_DELAY_MS = 1500;
/** Typing that never pauses still gets a copy this soon after the first unsaved edit (throttle). */
export const AUTOSAVE_MAX_WAIT_MS = 3000;

const COMMANDS: Record<Command, (index?: number) => void> = {
  new: () => void backToStart(),
  newFromPrior: () => void newFromPrior(),
  importPublished: () => void importPublished(),
  open: () => void openDocument(),
  openRecent: (index) => void openRecent(index ?? 0),
  aggregate: () =>
    void backToStart().then(() => requestAnimationFrame(() => document.getElementById('agg-org')?.focus())),
  save: () => void save(false),
  saveAs: () => void save(true),
  exportDocx: () => void exportReport('docx'),
  exportHtml: () => void exportReport('html'),
  exportHtmlFragment: () => void exportReport('html-fragment'),
  exportPdf: () => void exportReport('pdf'),
  preview: openPreview,
  print: printFromPreview,
  undo,
  redo,
  openSample: () => void openSample(),
  saveAndClose: () =>
    void save(false).then((saved) => {
      if (saved) void api().closeWindow();
    }),
  zoomIn,
  zoomOut,
  zoomReset,
  toggleParts,
  toggleFindings,
};

/** Writes the copy as the report stands now; a failure is told once, until a copy succeeds again. */
function autosaver(): { edited(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstEditAt: number | null = null;
  let failing = false;
  const write = () => {
    timer = undefined;
    firstEditAt = null;
    const state = useEditor.getState();
    if (!isDirty(state)) return;
    api()
      .autosave({ report: state.doc!.report, prior: state.prior })
      .catch(() => ({ ok: false as const, message: '未能写入恢复副本。万一程序意外关闭，未保存的修改可能丢失，请尽快保存。' }))
      .then((result) => {
        if (!result.ok && !failing) notify({ kind: 'error', text: result.message });
        failing = !result.ok;
      });
  };
  return {
    edited() {
      const now = Date.now();
      firstEditAt ??= now;
      clearTimeout(timer);
      timer = setTimeout(write, Math.min(AUTOSAVE_DELAY_MS, firstEditAt + AUTOSAVE_MAX_WAIT_MS - now));
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      firstEditAt = null;
    },
  };
}

export function useDocumentSession(): void {
  useEffect(() => {
    const copies = autosaver();
    let wasDirty = false;
    const unsubscribe = useEditor.subscribe((state, previous) => {
      const dirty = isDirty(state);
      if (dirty !== wasDirty) {
        wasDirty = dirty;
        void api().setDocumentState({ dirty });
      }
      if (!dirty) copies.stop();
      else if (state.doc !== previous.doc) copies.edited();
    });
    const stopCommands = api().onCommand((command, index) => COMMANDS[command]?.(index));
    return () => {
      copies.stop();
      unsubscribe();
      stopCommands();
    };
  }, []);
}
