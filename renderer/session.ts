// Keeps main informed and the work safe: tells main whether closing would lose edits, writes a
// recovery copy a moment after an edit — and during steady typing at least every few seconds —
// says so when a copy cannot be written, and carries out what the menu asks.

import { useEffect } from 'react';
import type { Command } from '../shared/ipc';
import { api } from './api';
import { backToStart, exportReport, importPublished, newFromPrior, openDocument, openRecent, openSample, save } from './actions';
import { openPreview, printFromPreview } from './components/Preview';
import { copies } from './autosave';
import { modalOpen } from './shortcuts';
import { isDirty, redo, undo, useEditor } from './store/editor';
import { exportLedgerTemplate, startLedger } from './store/ledger';
import { toggleFindings, toggleParts, zoomIn, zoomOut, zoomReset } from './view';

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
  countLedger: () => void (useEditor.getState().doc && startLedger()),
  exportLedgerTemplate: () => void exportLedgerTemplate(),
};

export function useDocumentSession(): void {
  useEffect(() => {
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
    // The menu's accelerators too wait while a question is open; closing the window (保存 in its
    // prompt) goes through.
    const stopCommands = api().onCommand((command, index) => {
      if (modalOpen() && command !== 'saveAndClose') return;
      COMMANDS[command]?.(index);
    });
    return () => {
      copies.stop();
      unsubscribe();
      stopCommands();
    };
  }, []);
}
