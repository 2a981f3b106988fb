// Where the clerk is inside a table, as in Excel: the active cell (where typing goes), the
// selected rectangle around it, and the mode of the active cell — ready (typing replaces the
// cell), enter (typing goes on, the arrows move) or edit (F2: the arrows move the caret).
// Kept apart from the report's store: moving around re-renders cells, never the findings.

import { create } from 'zustand';
import type { CellKey, EditionId } from '../../shared/formats';
import type { Doc } from './editor';
import { rectangle } from './grid';

export interface Selection {
  /** The cell with the focus: where typing goes. */
  active: CellKey | null;
  /** The selected rectangle runs from `anchor` to `extent` (Shift+arrows and drags move `extent`). */
  anchor: CellKey | null;
  extent: CellKey | null;
  /** Edit mode (F2, double-click): the arrows, Home and End move the caret inside the cell. */
  editing: boolean;
  /** The column a run of Tabs started in: Enter goes back to it on the next row, as in Excel. */
  tabColumn: number | null;
  /** What is being typed in the active cell, shown as typed until the cell is left (null: ready mode). */
  typing: string | null;
  /** The document before this visit's typing began: Esc goes back to exactly it. */
  base: Doc | null;
}

const NONE: Selection = { active: null, anchor: null, extent: null, editing: false, tabColumn: null, typing: null, base: null };

export const useSelection = create<Selection>(() => NONE);

const set = useSelection.setState;
const get = useSelection.getState;

/** The clerk moved to a cell: it alone is selected. A run of Tabs goes on only when Tab brought the clerk here. */
export function selectCell(key: CellKey, byTab = false): void {
  set({ active: key, anchor: key, extent: key, editing: false, typing: null, base: null, tabColumn: byTab ? get().tabColumn : null });
}

export function extendTo(extent: CellKey): void {
  if (get().active) set({ extent, typing: null });
}

/** A rectangle with the active cell kept where it is (Ctrl+A: the whole table). */
export function selectRectangle(anchor: CellKey, extent: CellKey): void {
  set({ anchor, extent, typing: null });
}

export function clearSelection(): void {
  set(NONE);
}

export function setEditing(editing: boolean): void {
  set({ editing });
}

export function setTyping(typing: string | null): void {
  set({ typing });
}

/** Ready mode again (the typing ended: kept, or taken back by Esc): the next key replaces the cell. */
export function toReady(): void {
  set({ typing: null, editing: false, base: null });
}

/** True while the active cell is neither typed in nor edited: a key typed now replaces its content. */
export const isReady = (s: Selection): boolean => s.typing === null && !s.editing;

/** Remembers the document as it was before this visit's first change (Esc returns to it). */
export function beginEdit(doc: Doc | null): void {
  if (get().base === null) set({ base: doc });
}

/** Typing in the active cell: it alone stays selected, as in Excel. One update per keystroke. */
export function typeInto(key: CellKey, typing: string): void {
  const s = get();
  set(s.anchor === key && s.extent === key ? { typing } : { anchor: key, extent: key, typing });
}

export function setTabColumn(tabColumn: number | null): void {
  set({ tabColumn });
}

/** The selected cells, row by row (the active cell alone when nothing more is selected). */
export function selectedRows(edition: EditionId, s: Selection = get()): CellKey[][] {
  if (!s.anchor || !s.extent) return s.active ? [[s.active]] : [];
  return rectangle(edition, s.anchor, s.extent);
}

// Every cell asks "am I selected?" on each change: answer from one set per rectangle.
let memo: { edition: EditionId; anchor: CellKey | null; extent: CellKey | null; keys: Set<CellKey> } | null = null;

/** True for the cells of a selection of more than one cell (a single cell shows only its focus). */
export function isInRange(s: Selection, edition: EditionId, key: CellKey): boolean {
  if (s.anchor === s.extent) return false;
  if (!memo || memo.edition !== edition || memo.anchor !== s.anchor || memo.extent !== s.extent) {
    memo = { edition, anchor: s.anchor, extent: s.extent, keys: new Set(selectedRows(edition, s).flat()) };
  }
  return memo.keys.has(key);
}
