// Keeps main informed and the work safe: tells main whether closing would lose edits, writes a
// recovery copy a moment after each edit, and carries out what the menu asks.

import { useEffect } from 'react';
import type { Command } from '../shared/ipc';
import { api } from './api';
import { backToStart, exportReport, importPublished, newFromPrior, openDocument, openRecent, openSample, save } from './actions';
import { openPreview, printFromPreview } from './components/Preview';
import { isDirty, redo, undo, useEditor } from './store/editor';

/** Long enough not to write on every keystroke, short enough to lose little. */
export const AUTOSAVE_DELAY_MS = 1500;

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
};

export function useDocumentSession(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDirty = false;
    const unsubscribe = useEditor.subscribe((state, previous) => {
      const dirty = isDirty(state);
      if (dirty !== wasDirty) {
        wasDirty = dirty;
        void api().setDocumentState({ dirty });
      }
      if (dirty && state.doc !== previous.doc) {
        clearTimeout(timer);
        const report = state.doc!.report;
        timer = setTimeout(() => void api().autosave({ report, prior: state.prior }), AUTOSAVE_DELAY_MS);
      }
    });
    const stopCommands = api().onCommand((command, index) => COMMANDS[command]?.(index));
    return () => {
      clearTimeout(timer);
      unsubscribe();
      stopCommands();
    };
  }, []);
}
