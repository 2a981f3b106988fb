// Keyboard shortcuts that work anywhere in the editor: undo and redo across cells and text
// (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z), save (Ctrl+S, Ctrl+Shift+S), open (Ctrl+O), print (Ctrl+P:
// the print layout, never the editor's screen).

import { useEffect } from 'react';
import { openDocument, save } from './actions';
import { printFromPreview } from './components/Preview';
import { redo, undo, useEditor } from './store/editor';

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const action =
        key === 'z' && !e.shiftKey ? undo
        : (key === 'y' && !e.shiftKey) || (key === 'z' && e.shiftKey) ? redo
        : key === 's' ? () => void save(e.shiftKey)
        : key === 'o' && !e.shiftKey ? () => void openDocument()
        : key === 'p' && !e.shiftKey && useEditor.getState().doc ? printFromPreview
        : null;
      if (!action) return;
      // Our history, not the text field's own: one undo for cells and text alike.
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
