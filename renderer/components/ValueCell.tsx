// One cell of a statutory table. Entered cells are inputs with spreadsheet keys; totals are
// read-only outputs that update as you type. A cell with findings is marked and carries their
// messages, shown on hover and focus and announced through aria-describedby.

import { useRef, useState, type KeyboardEvent } from 'react';
import { EDITIONS, cellIndex, type CellKey } from '../../shared/formats';
import { cellValues } from '../../shared/reconcile';
import { cellStatuses, findingsOf } from '../store/findings';
import { markOf, markText } from '../store/importMarks';
import { neighbour } from '../store/grid';
import { endEdit, notify, pasteBlock, typeCell, undo, useEditor, type EditorState, type PasteResult } from '../store/editor';

/** What the cell shows: unreadable text as typed, "/", the figure, or nothing. */
function shown(s: EditorState, key: CellKey): string {
  const doc = s.doc!;
  const invalid = doc.invalid[key];
  if (invalid) return invalid.raw;
  if (doc.report.notApplicable.includes(key)) return '/';
  const v = cellValues(doc.report)[key];
  return v === null || v === undefined ? '' : String(v);
}

const statusOf = (key: CellKey) => (s: EditorState) => cellStatuses(findingsOf(s.doc!, s.prior)).get(key);
const severityOf = (key: CellKey) => (s: EditorState) => statusOf(key)(s)?.severity ?? '';
const messagesOf = (key: CellKey) => (s: EditorState) => statusOf(key)(s)?.messages.join('\n') ?? '';

export function focusCell(key: CellKey): boolean {
  const el = document.querySelector<HTMLElement>(`[data-cell="${key}"]`);
  el?.focus();
  return el !== null;
}

function pasteNotice(r: PasteResult): string {
  const parts = [`已粘贴 ${r.applied} 个单元格`];
  if (r.rejected.length > 0) parts.push(`${r.rejected.length} 个无法识别，已保留原文并标出：${r.rejected.slice(0, 3).map((x) => `“${x.raw}”`).join('、')}`);
  if (r.skippedTotals > 0) parts.push(`${r.skippedTotals} 个落在自动计算的总计上，未采用`);
  if (r.outside > 0) parts.push(`${r.outside} 个超出表格范围，未采用`);
  return parts.join('；');
}

export function ValueCell({ cellKey, headers, colSpan }: { cellKey: CellKey; headers: string[]; colSpan: number }) {
  const edition = useEditor((s) => s.doc!.report.edition);
  const def = cellIndex(EDITIONS[edition]).byKey.get(cellKey)!;
  const display = useEditor((s) => shown(s, cellKey));
  const severity = useEditor(severityOf(cellKey));
  const mark = useEditor(markOf(cellKey));
  const messages = [useEditor(messagesOf(cellKey)), mark && markText(mark)].filter(Boolean).join('\n');
  const [typing, setTyping] = useState<string | null>(null);
  const undoDepth = useRef(0);
  const labelledBy = headers.join(' ');
  const messageId = `msg-${cellKey}`;
  const span = colSpan > 1 ? colSpan : undefined;
  const note = messages ? (
    <span id={messageId} role="tooltip" className="cell-msg">
      {messages}
    </span>
  ) : null;

  if (def.derived) {
    return (
      <td colSpan={span} className={`derived ${severity}`}>
        <output data-cell={cellKey} tabIndex={-1} aria-labelledby={labelledBy} aria-describedby={messages ? messageId : undefined}>
          {display}
        </output>
        {note}
      </td>
    );
  }

  const move = (dRow: number, dCol: number) => {
    const next = neighbour(edition, cellKey, dRow, dCol);
    if (next) focusCell(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0;
    const atEnd = input.selectionEnd === input.value.length;
    const go = (dRow: number, dCol: number) => {
      e.preventDefault();
      move(dRow, dCol);
    };
    if (e.key === 'Enter') go(e.shiftKey ? -1 : 1, 0);
    else if (e.key === 'ArrowUp') go(-1, 0);
    else if (e.key === 'ArrowDown') go(1, 0);
    else if (e.key === 'ArrowLeft' && atStart) go(0, -1);
    else if (e.key === 'ArrowRight' && atEnd) go(0, 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      // Back to what the cell held when it was focused: undo this visit's typing.
      while (useEditor.getState().history.past.length > undoDepth.current) undo();
      setTyping(null);
      input.select();
    }
  };

  return (
    <td colSpan={span} className={`entered ${severity}${def.kind === 'amount' ? ' amount' : ''}${mark ? ` import-mark mark-${mark.reason}` : ''}`}>
      <input
        data-cell={cellKey}
        inputMode={def.kind === 'count' ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={typing ?? display}
        aria-labelledby={labelledBy}
        aria-invalid={severity === 'error' ? true : undefined}
        aria-describedby={messages ? messageId : undefined}
        onFocus={(e) => {
          undoDepth.current = useEditor.getState().history.past.length;
          endEdit();
          e.currentTarget.select();
        }}
        onChange={(e) => {
          setTyping(e.target.value);
          typeCell(cellKey, e.target.value);
        }}
        onBlur={() => setTyping(null)}
        onKeyDown={onKeyDown}
        onPaste={(e) => {
          const text = e.clipboardData.getData('text/plain');
          if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
          e.preventDefault();
          setTyping(null);
          notify({ kind: 'info', text: pasteNotice(pasteBlock(cellKey, text)) });
        }}
      />
      {def.kind === 'amount' && <span className="unit" aria-hidden="true">万元</span>}
      {note}
    </td>
  );
}
