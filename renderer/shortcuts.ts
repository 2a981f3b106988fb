// Keyboard shortcuts that work anywhere in the editor: undo and redo across cells and text
// (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z), save (Ctrl+S, Ctrl+Shift+S), open (Ctrl+O), 查找 and 替换
// (Ctrl+F, Ctrl+H), print (Ctrl+P: the print layout, never the editor's screen), and the zoom
// (Ctrl+= or Ctrl++, Ctrl+-, Ctrl+0; the 视图 menu shows the same keys without taking them).

import { useEffect } from 'react';
import { openDocument, save } from './actions';
import { startFind } from './components/FindBar';
import { printFromPreview } from './components/Preview';
import { useEditor } from './store/editor';
import { redoAndShow, undoAndShow } from './undoRedo';
import { zoomIn, zoomOut, zoomReset } from './view';

function actionFor(e: KeyboardEvent): (() => void) | null {
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) return undoAndShow;
  if ((key === 'y' && !e.shiftKey) || (key === 'z' && e.shiftKey)) return redoAndShow;
  if (key === 's') return () => void save(e.shiftKey);
  if (key === 'o' && !e.shiftKey) return () => void openDocument();
  if (key === 'p' && !e.shiftKey && useEditor.getState().doc) return printFromPreview;
  if ((key === 'f' || key === 'h') && !e.shiftKey && useEditor.getState().doc) return () => startFind(key === 'h');
  if (key === '=' || key === '+') return zoomIn;
  if (key === '-' || key === '_') return zoomOut;
  if (key === '0' && !e.shiftKey) return zoomReset;
  return null;
}

/** A modal dialog of ours is showing. */
export const modalOpen = (): boolean => document.querySelector('dialog:modal') !== null;

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      // A question is open (保存？, the import confirmation …): the keys are its own — Ctrl+O
      // under the import confirmation would open another file behind it.
      if (modalOpen()) return;
      const action = actionFor(e);
      if (!action) return;
      // Our history, not the text field's own: one undo for cells and text alike.
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
