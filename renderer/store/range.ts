// What the clerk does to a selection of cells, as in Excel: copy it as tab-separated text, paste
// a block over it, fill down or right, clear it, and 空白填0. Each is one undo step and says how
// many cells it changed. Totals are computed, so writes skip them; every write goes through
// applyInputs, exactly as typing does.

import { EDITIONS, cellIndex, type CellKey, type TableId } from '../../shared/formats';
import { cellValues } from '../../shared/reconcile';
import { applyInputs, change, notify, useEditor, type Doc } from './editor';
import { gridOf, isEntered, positionOf, valueGrid } from './grid';
import { selectedRows, setTyping } from './selection';

/** What a cell shows: unreadable text as typed, "/", the figure, or nothing. */
export function shownText(doc: Doc, key: CellKey): string {
  const invalid = doc.invalid[key];
  if (invalid) return invalid.raw;
  if (doc.report.notApplicable.includes(key)) return '/';
  const v = cellValues(doc.report)[key];
  return v === null || v === undefined ? '' : String(v);
}

const isBlank = (doc: Doc, key: CellKey) => doc.report.cells[key] === undefined && !doc.invalid[key] && !doc.report.notApplicable.includes(key);

function current(): { doc: Doc; rows: CellKey[][] } | null {
  const doc = useEditor.getState().doc;
  if (!doc) return null;
  return { doc, rows: selectedRows(doc.report.edition) };
}

/**
 * Writes texts into cells as one undo step and returns how many cells now show something else.
 * Totals among them are left alone (they are computed).
 */
function write(writes: [CellKey, string][]): number {
  const doc = useEditor.getState().doc;
  if (!doc) return 0;
  const entered = writes.filter(([key]) => isEntered(doc.report.edition, key));
  const next = applyInputs(doc, entered);
  const changed = new Set(entered.map(([key]) => key).filter((key) => shownText(doc, key) !== shownText(next, key))).size;
  // The active cell shows the store's value again, not what was being typed in it.
  setTyping(null);
  if (changed > 0) change(() => next, null);
  return changed;
}

const unchanged = '没有单元格需要改动。';

/** The selection as Excel and WPS copy it: tab-separated values, one line per row. */
export function selectionText(): string {
  const now = current();
  if (!now) return '';
  const lines = now.rows.map((row) => row.map((key) => shownText(now.doc, key)).join('\t'));
  return lines.length === 1 && now.rows[0].length === 1 ? lines[0] : `${lines.join('\r\n')}\r\n`;
}

export function selectionSize(): number {
  return current()?.rows.reduce((n, row) => n + row.length, 0) ?? 0;
}

export function clearSelectedCells(): void {
  const now = current();
  if (!now) return;
  const n = write(now.rows.flat().map((key) => [key, '']));
  notify({ kind: 'info', text: n > 0 ? `已清除 ${n} 个单元格。` : unchanged });
}

/**
 * Ctrl+D / Ctrl+R: the first row (column) of the selection copied into the rest; a selection one
 * row high (wide) takes the row above (the column to the left), as Excel does.
 */
export function fillSelection(direction: 'down' | 'right'): void {
  const now = current();
  if (!now) return;
  const { doc, rows } = now;
  const grid = gridOf(doc.report.edition, rows[0][0]);
  const writes: [CellKey, string][] = [];
  if (direction === 'down') {
    const source = (key: CellKey, c: number): CellKey | undefined => {
      if (rows.length > 1) return rows[0][Math.min(c, rows[0].length - 1)];
      const at = positionOf(grid, key);
      return at && at[0] > 0 ? grid[at[0] - 1][Math.min(at[1], grid[at[0] - 1].length - 1)] : undefined;
    };
    rows.forEach((row, r) => {
      if (r === 0 && rows.length > 1) return;
      row.forEach((key, c) => {
        const from = source(key, c);
        if (from) writes.push([key, shownText(doc, from)]);
      });
    });
  } else {
    for (const row of rows) {
      const wide = row.length > 1;
      const at = positionOf(grid, row[0]);
      const from = wide ? row[0] : at && at[1] > 0 ? grid[at[0]][at[1] - 1] : undefined;
      if (!from) continue;
      for (const key of wide ? row.slice(1) : row) writes.push([key, shownText(doc, from)]);
    }
  }
  const n = write(writes);
  notify({ kind: 'info', text: n > 0 ? `已${direction === 'down' ? '向下' : '向右'}填充 ${n} 个单元格。` : unchanged });
}

interface PasteResult {
  applied: number;
  /** Cells whose text was not a figure: kept in the cell with the reason, as if typed. */
  rejected: { key: CellKey; raw: string }[];
  /** Totals in the pasted block (computed here, so their figures are not taken). */
  skippedTotals: number;
  /** Values that fell outside the table. */
  outside: number;
}

/** A block from the clipboard, laid out over the table: what it would write, before anything is written. */
export interface PastePlan {
  writes: [CellKey, string][];
  result: PasteResult;
  /** The block's rows and columns, and where it starts. */
  height: number;
  width: number;
  start: CellKey;
  /** The cells the block covers inside the table (totals included), corner to corner. */
  corners: [CellKey, CellKey];
}

/**
 * A block copied from Excel or WPS (tab-separated rows). Over a selection whose size is a
 * multiple of the block's, the block repeats to fill it (one value fills every cell); otherwise
 * it is laid out once from the selection's top-left cell, and what falls outside the table is
 * counted (the clerk is asked before a block is pasted in part).
 */
export function planPaste(text: string): PastePlan | null {
  const result: PasteResult = { applied: 0, rejected: [], skippedTotals: 0, outside: 0 };
  const now = current();
  if (!now) return null;
  const { doc, rows } = now;
  const edition = doc.report.edition;
  const block = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
  // (reduce, not Math.max(...): a huge clipboard would overflow the call's arguments)
  const [h, w] = [block.length, block.reduce((m, b) => Math.max(m, b.length), 0)];
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const tiles = (rows.length > 1 || width > 1) && rows.length % h === 0 && width % w === 0 && block.every((b) => b.length === w);
  const writes: [CellKey, string][] = [];
  const take = (key: CellKey | undefined, raw: string) => {
    if (!key) result.outside++;
    else if (!isEntered(edition, key)) result.skippedTotals++;
    else writes.push([key, raw]);
  };
  const lastRow = rows[rows.length - 1];
  let corners: [CellKey, CellKey] = [rows[0][0], lastRow[lastRow.length - 1]];
  if (tiles) {
    rows.forEach((row, i) => row.forEach((key, j) => take(key, block[i % h][j % w])));
  } else {
    const grid = gridOf(edition, rows[0][0]);
    const [r0, c0] = positionOf(grid, rows[0][0])!;
    block.forEach((values, i) => values.forEach((raw, j) => take(grid[r0 + i]?.[c0 + j], raw)));
    const r1 = Math.min(r0 + h - 1, grid.length - 1);
    corners = [rows[0][0], grid[r1][Math.min(c0 + w - 1, grid[r1].length - 1)]];
  }
  return { writes, result, height: h, width: w, start: rows[0][0], corners };
}

/** Writes a planned paste as one undo step and says what it did; the pasted cells stay selected. */
export function applyPaste(plan: PastePlan): PasteResult {
  const result = { ...plan.result, rejected: [] as PasteResult['rejected'] };
  write(plan.writes);
  const after = useEditor.getState().doc!;
  for (const [key, raw] of plan.writes) {
    if (after.invalid[key]) result.rejected.push({ key, raw });
    else result.applied++;
  }
  notify({ kind: 'info', text: pasteNotice(result) });
  return result;
}

function pasteNotice(r: PasteResult): string {
  const parts = [`已粘贴 ${r.applied} 个单元格`];
  if (r.rejected.length > 0) parts.push(`${r.rejected.length} 个无法识别，已保留原文并标出：${r.rejected.slice(0, 3).map((x) => `“${x.raw}”`).join('、')}`);
  if (r.skippedTotals > 0) parts.push(`${r.skippedTotals} 个落在自动计算的总计上，未采用`);
  if (r.outside > 0) parts.push(`${r.outside} 个超出表格范围，未粘贴`);
  return `${parts.join('；')}。粘贴的区域已选中（Ctrl+Z 可撤销）。`;
}

/** The blank cells that 空白填0 would fill (blank: not a figure, not "/", not unreadable text). */
export function blankCells(scope: 'selection' | 'table' | 'report', table: TableId): CellKey[] {
  const doc = useEditor.getState().doc;
  if (!doc) return [];
  const edition = doc.report.edition;
  const keys =
    scope === 'selection' ? selectedRows(edition).flat()
    : scope === 'table' ? valueGrid(edition, table).flat()
    : cellIndex(EDITIONS[edition]).entered.map((c) => c.key);
  return keys.filter((key) => isEntered(edition, key) && isBlank(doc, key));
}

const SCOPE_WORDS = { selection: '选定区域', table: '本表', report: '全部表格' } as const;

/** 空白填0: every blank cell of the scope becomes 0, in one undo step. */
export function fillBlanksWithZero(scope: 'selection' | 'table' | 'report', table: TableId): number {
  const n = write(blankCells(scope, table).map((key) => [key, '0']));
  notify({ kind: 'info', text: n > 0 ? `已将${SCOPE_WORDS[scope]}的 ${n} 个空白单元格填为 0（Ctrl+Z 可撤销）。` : `${SCOPE_WORDS[scope]}没有空白单元格。` });
  return n;
}
