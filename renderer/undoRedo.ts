// 撤销 and 重做 as the clerk sees them (Ctrl+Z, Ctrl+Y, the toolbar, the menu): the step is
// undone and the editor goes to where it was — the part, the cells selected or the text marked —
// and says what it undid, so that an undo in another part is never invisible. Ctrl+Z while a
// cell is being typed in takes that typing back first, as Excel does.

import { selectText } from './components/revealText';
import { focusCell } from './components/sheetKeys';
import { changeBetween, type Change } from './store/changes';
import { goTo, notify, redo, revertTo, undo, useEditor } from './store/editor';
import { selectRectangle, toReady, useSelection } from './store/selection';

function show(change: Change): void {
  if (change.part) goTo(change.part);
  // After the part has rendered.
  requestAnimationFrame(() => {
    if (change.cells.length > 0 && focusCell(change.cells[0])) {
      selectRectangle(change.cells[0], change.cells[change.cells.length - 1]);
      document.querySelector(`[data-cell="${change.cells[change.cells.length - 1]}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      document.querySelector(`[data-cell="${change.cells[0]}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (change.text) {
      const area = document.querySelector<HTMLTextAreaElement>(`[data-text="${change.text.section}"]`);
      if (area) selectText(area, change.text.start, change.text.end);
    } else if (change.organization) document.querySelector<HTMLInputElement>('.topbar .org input')?.focus();
  });
}

function step(kind: 'undo' | 'redo'): void {
  const base = useSelection.getState().base;
  if (kind === 'undo' && base) {
    revertTo(base);
    toReady();
    return;
  }
  const before = useEditor.getState().doc;
  if (kind === 'undo') undo();
  else redo();
  const after = useEditor.getState().doc;
  if (!before || !after || before === after) {
    notify({ kind: 'info', text: kind === 'undo' ? '没有可以撤销的操作。' : '没有可以重做的操作。' });
    return;
  }
  const change = changeBetween(before, after);
  show(change);
  notify({ kind: 'info', text: `已${kind === 'undo' ? '撤销' : '重做'}：${change.label}的修改。` });
}

export const undoAndShow = (): void => step('undo');
export const redoAndShow = (): void => step('redo');
