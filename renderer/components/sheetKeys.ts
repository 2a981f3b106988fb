// The keys, mouse and clipboard of a statutory table, as a clerk knows them from Excel: arrows,
// Tab then Enter, Home/End, Ctrl+Home/End, F2, Shift to extend, drag to select, Ctrl+C/X/V as
// tab-separated text, Delete, Ctrl+D/R, Ctrl+A. Handlers are delegated from the table element.

import type { ClipboardEvent as ReactClipboardEvent, KeyboardEvent, MouseEvent } from 'react';
import type { CellKey } from '../../shared/formats';
import { endEdit, revertTo, typeCell, useEditor } from '../store/editor';
import { belowAt, gridCorner, gridOf, neighbour, positionOf, rowEnd, step, tableEnd } from '../store/grid';
import { clearSelectedCells, fillSelection, selectionSize, selectionText } from '../store/range';
import { pasteBlock } from './pasteBlock';
import { beginEdit, extendTo, isReady, selectCell, selectRectangle, setEditing, setTabColumn, setTyping, toReady, typeInto, useSelection } from '../store/selection';

export function focusCell(key: CellKey): boolean {
  const el = document.querySelector<HTMLElement>(`[data-cell="${key}"]`);
  el?.focus();
  return el !== null;
}

/** Moves the active cell; at the table's edge (null) it stays, and either way a larger selection is dropped. */
function moveTo(key: CellKey | null): void {
  key ??= useSelection.getState().active;
  if (!key) return;
  if (key === useSelection.getState().active) {
    selectCell(key);
    const el = document.querySelector(`[data-cell="${key}"]`);
    if (el instanceof HTMLInputElement) el.select();
  } else focusCell(key);
}

/** Enter mode from ready mode: the cell's text is replaced by `text`, the caret after it. */
function startTyping(input: HTMLInputElement, key: CellKey, text: string): void {
  beginEdit(useEditor.getState().doc);
  input.value = text;
  caretToEnd(input);
  typeInto(key, text);
  typeCell(key, text);
}

function caretToEnd(input: HTMLInputElement): void {
  input.setSelectionRange(input.value.length, input.value.length);
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Ctrl+arrow: as far as the table goes in that direction. */
function farthest(edition: Parameters<typeof neighbour>[0], key: CellKey, dRow: number, dCol: number): CellKey {
  let at = key;
  for (let next = neighbour(edition, at, dRow, dCol); next; next = neighbour(edition, at, dRow, dCol)) at = next;
  return at;
}

// Set by a Tab's keydown for the focus that Tab moves, and cleared when the key comes up, wherever
// the focus went — not by a timer, which a busy or background page may run late (a click or a
// finding's jump to a cell would then continue the run of Tabs).
let tabPressed = false;
if (typeof window !== 'undefined') window.addEventListener('keyup', () => (tabPressed = false), true);

/** Whether the focus is arriving by Tab (the run of Tabs goes on) or otherwise (it ends). */
export function arrivingByTab(): boolean {
  return tabPressed;
}

export function onSheetKeyDown(e: KeyboardEvent<HTMLElement>): void {
  const el = e.target as HTMLElement;
  const key = el.dataset.cell;
  const doc = useEditor.getState().doc;
  if (!key || !doc || e.altKey) return;
  const edition = doc.report.edition;
  const s = useSelection.getState();
  const input = el instanceof HTMLInputElement ? el : null;
  const ctrl = e.ctrlKey || e.metaKey;
  const take = () => e.preventDefault();

  // Ready mode (nothing typed yet): a key that types replaces the whole cell, as in Excel —
  // whatever became of the field's own text selection (Esc, an undo, a click) since. Typed here,
  // not left to the field: a key equal to the cell's text ("5" over 5) changes nothing in the
  // field, and the next key would replace it again instead of going on (55).
  if (input && isReady(s) && !ctrl && (e.key.length === 1 || (e.key === 'Backspace' && selectionSize() <= 1))) {
    take();
    startTyping(input, key, e.key === 'Backspace' ? '' : e.key);
    return;
  }
  // An input method composes the text itself: it replaces the whole cell too.
  if (input && isReady(s) && e.key === 'Process') {
    input.select();
    return;
  }
  if (e.key === 'Delete' && input && isReady(s) && selectionSize() <= 1) {
    // Clears the cell and stays ready (Excel): not typing, so Esc has nothing to take back.
    take();
    typeCell(key, '');
    endEdit();
    return;
  }
  if (e.key === 'F2' && input) {
    take();
    // F2 switches between edit mode (the arrows move the caret) and enter mode (they move to
    // the next cell); the text and the caret stay as they are. From ready mode, the caret goes
    // to the end of the cell's text.
    beginEdit(doc);
    if (s.editing) {
      setEditing(false);
      if (s.typing === null) setTyping(input.value);
    } else {
      setEditing(true);
      if (s.typing === null) caretToEnd(input);
    }
    return;
  }
  // Edit mode: the caret moves inside the cell, as in Excel after F2.
  if (s.editing && input && (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) || (ctrl && e.key.toLowerCase() === 'a'))) return;

  if (ctrl && !e.shiftKey && e.key.toLowerCase() === 'a') {
    // The whole table; the cell's own text is selected too, so that typing replaces it.
    selectRectangle(gridCorner(edition, key, false, false), gridCorner(edition, key, false, true));
    return;
  }
  if (ctrl && !e.shiftKey && ['d', 'r'].includes(e.key.toLowerCase())) {
    take();
    fillSelection(e.key.toLowerCase() === 'd' ? 'down' : 'right');
    return;
  }
  const arrow = ARROWS[e.key];
  if (arrow) {
    take();
    setTabColumn(null);
    if (e.shiftKey) extendTo(ctrl ? farthestStep(edition, s.extent ?? key, arrow) : step(edition, s.extent ?? key, ...arrow));
    else moveTo(ctrl ? farthest(edition, key, ...arrow) : neighbour(edition, key, ...arrow));
    return;
  }
  if (e.key === 'Home' || e.key === 'End') {
    take();
    setTabColumn(null);
    const last = e.key === 'End';
    if (e.shiftKey) extendTo(gridCorner(edition, s.extent ?? key, !ctrl, last));
    else moveTo(ctrl ? tableEnd(edition, key, last) : rowEnd(edition, key, last));
    return;
  }
  if (e.key === 'Enter') {
    take();
    const column = s.tabColumn;
    setTabColumn(null);
    moveTo(column !== null && !e.shiftKey ? belowAt(edition, key, column) : neighbour(edition, key, e.shiftKey ? -1 : 1, 0));
    return;
  }
  if (e.key === 'Tab') {
    // The browser moves the focus; remember where the run of Tabs began.
    if (!e.shiftKey && s.tabColumn === null) setTabColumn(positionOf(gridOf(edition, key), key)?.[1] ?? null);
    tabPressed = true;
    return;
  }
  if ((e.key === 'Delete' || e.key === 'Backspace') && !s.editing && (selectionSize() > 1 || !input)) {
    if (e.key === 'Delete' || !input) {
      take();
      clearSelectedCells();
    } else selectRectangle(key, key); // Backspace: edits the active cell only, as Excel does
    return;
  }
  if (e.key === 'Escape') {
    // Takes back this visit's typing: the cell (and what typing it changed: its import mark, a
    // printed total) is exactly as before; the cell stays selected, ready for the next key.
    take();
    if (s.base) revertTo(s.base);
    selectRectangle(key, key);
    toReady();
  }
}

/** Shift+Ctrl+arrow: the selection reaches the table's edge. */
function farthestStep(edition: Parameters<typeof step>[0], key: CellKey, [dRow, dCol]: [number, number]): CellKey {
  let at = key;
  for (let next = step(edition, at, dRow, dCol); next !== at; next = step(edition, at, dRow, dCol)) at = next;
  return at;
}

// --- mouse ------------------------------------------------------------------------------------

let dragging = false;

const cellElement = (target: EventTarget | null): HTMLElement | null => {
  const el = target instanceof Element ? target : null;
  return el?.closest<HTMLElement>('[data-cell]') ?? el?.closest('td')?.querySelector<HTMLElement>('[data-cell]') ?? null;
};

export function onSheetMouseDown(e: MouseEvent<HTMLElement>): void {
  // A button in a cell's pop-up (采用计算值) is not a click on the cell.
  if (e.button !== 0 || (e.target instanceof Element && e.target.closest('.cell-msg'))) return;
  const el = cellElement(e.target);
  if (!el) return;
  const key = el.dataset.cell!;
  const s = useSelection.getState();
  if (s.editing && key === s.active) return; // placing the caret in the cell being edited
  e.preventDefault();
  if (e.shiftKey && s.active) return extendTo(key);
  if (document.activeElement !== el) el.focus();
  selectCell(key);
  if (el instanceof HTMLInputElement) el.select();
  dragging = true;
}

export function onSheetMouseOver(e: MouseEvent<HTMLElement>): void {
  if (!dragging) return;
  const el = cellElement(e.target);
  if (el) extendTo(el.dataset.cell!);
}

export function endDrag(): void {
  dragging = false;
}

/** Double-click: edit mode with the caret where the clerk clicked. */
export function onSheetDoubleClick(e: MouseEvent<HTMLElement>): void {
  const input = cellElement(e.target);
  if (!(input instanceof HTMLInputElement)) return;
  setEditing(true);
  const at = document.caretPositionFromPoint?.(e.clientX, e.clientY);
  const offset = at && at.offsetNode === input ? at.offset : input.value.length;
  input.setSelectionRange(offset, offset);
}

// --- clipboard (document events: a focused total is not editable, so the event goes to <body>) --

/** Copy and cut: the selection as tab-separated text; part of a cell's text in edit mode. */
export function onSheetCopy(e: ClipboardEvent | ReactClipboardEvent, cut: boolean): void {
  const s = useSelection.getState();
  const input = document.activeElement instanceof HTMLInputElement ? document.activeElement : null;
  if (!s.active || !e.clipboardData) return;
  if (s.editing && input && input.selectionStart !== input.selectionEnd) return;
  e.preventDefault();
  e.clipboardData.setData('text/plain', selectionText());
  if (cut) clearSelectedCells();
}

/** Paste: a block, or one value over a selection, fills it; one value in one cell is typed. */
export function onSheetPaste(e: ClipboardEvent | ReactClipboardEvent): void {
  const text = e.clipboardData?.getData('text/plain') ?? '';
  const block = /[\t\n]/.test(text.replace(/\r?\n$/, ''));
  const s = useSelection.getState();
  if (!s.active) return;
  if (!block && selectionSize() <= 1) {
    // Typed as if keyed in: in ready mode it replaces the cell, never joins what is there.
    if (isReady(s) && document.activeElement instanceof HTMLInputElement) document.activeElement.select();
    return;
  }
  e.preventDefault();
  void pasteBlock(text);
}
