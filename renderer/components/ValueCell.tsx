// One cell of a statutory table. Entered cells are inputs; totals are read-only outputs that
// update as you type. A cell with findings is marked and carries their messages, shown on hover
// and focus and announced through aria-describedby. Keys, mouse and clipboard are the table's
// (sheetKeys.ts); a cell keeps only what is its own: the typing, and Esc to take it back.

import { useMemo, useRef, type KeyboardEvent } from 'react';
import { EDITIONS, cellIndex, type CellKey, type EditionId } from '../../shared/formats';
import { cellStatuses, findingsOf } from '../store/findings';
import { endEdit, typeCell, undo, useEditor, type EditorState } from '../store/editor';
import { shownText } from '../store/range';
import { isInRange, selectCell, setTyping, typeInto, useSelection, type Selection } from '../store/selection';
import { placeTip } from './frozen';
import { arrivingByTab } from './sheetKeys';
import { markText } from '../store/importMarks';
import { remarksOn } from '../store/life';
import { ledgerText } from './ledgerText';

export { focusCell } from './sheetKeys';

// One subscription per store and cell, answering with the same object while nothing in it
// changed: a keystroke asks every cell of the table, and only the changed ones re-render.

/** Everything a cell shows from the report; `mark`: why an import could not establish it, if so; `remarked`: an open review remark is on it. */
function viewOf(key: CellKey): (s: EditorState) => { display: string; severity: string; messages: string; mark: string; remarked: boolean } {
  let last = { display: '', severity: '', messages: '', mark: '', remarked: false };
  return (s) => {
    const status = cellStatuses(findingsOf(s.doc!, s.prior)).get(key);
    const imported = s.doc!.report.importMarks[key];
    const display = shownText(s.doc!, key);
    const severity = status?.severity ?? '';
    const counted = ledgerText(s.doc!.report, key);
    const remarks = remarksOn(s.doc!.report).get(key) ?? [];
    const messages = [...(status?.messages ?? []), ...(imported ? [markText(imported)] : []), ...(counted ? [counted] : []), ...remarks].join('\n');
    const mark = imported?.reason ?? '';
    const remarked = remarks.length > 0;
    if (display !== last.display || severity !== last.severity || messages !== last.messages || mark !== last.mark || remarked !== last.remarked) last = { display, severity, messages, mark, remarked };
    return last;
  };
}

/** Where the clerk is, as far as this cell is concerned. */
function placeOf(edition: EditionId, key: CellKey): (s: Selection) => { selected: boolean; editing: boolean; typing: string | null } {
  let last = { selected: false, editing: false, typing: null as string | null };
  return (s) => {
    const selected = isInRange(s, edition, key);
    const editing = s.active === key && s.editing;
    const typing = s.active === key ? s.typing : null;
    if (selected !== last.selected || editing !== last.editing || typing !== last.typing) last = { selected, editing, typing };
    return last;
  };
}

/** Focus moved here (keyboard, click, a finding): this cell alone is selected, unless it already was active. */
function onCellFocus(key: CellKey, td: Element | null): void {
  if (useSelection.getState().active !== key) selectCell(key, arrivingByTab());
  placeTip(td);
}

export function ValueCell({ edition, cellKey, headers, colSpan }: { edition: EditionId; cellKey: CellKey; headers: string[]; colSpan: number }) {
  const def = cellIndex(EDITIONS[edition]).byKey.get(cellKey)!;
  const { display, severity, messages, mark, remarked } = useEditor(useMemo(() => viewOf(cellKey), [cellKey]));
  const { selected, editing, typing } = useSelection(useMemo(() => placeOf(edition, cellKey), [edition, cellKey]));
  const undoDepth = useRef(0);
  const labelledBy = headers.join(' ');
  const messageId = `msg-${cellKey}`;
  const span = colSpan > 1 ? colSpan : undefined;
  const note = messages ? (
    <span id={messageId} role="tooltip" className="cell-msg">
      {messages}
    </span>
  ) : null;
  const classes = [severity, selected ? 'in-range' : ''];

  if (def.derived) {
    return (
      <td colSpan={span} className={['derived', ...classes].join(' ')} onMouseEnter={(e) => placeTip(e.currentTarget)}>
        <output data-cell={cellKey} tabIndex={-1} aria-labelledby={labelledBy} aria-describedby={messages ? messageId : undefined} onFocus={(e) => onCellFocus(cellKey, e.currentTarget.parentElement)}>
          {display}
        </output>
        {note}
      </td>
    );
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    // Back to what the cell held before this typing began: undo it.
    if (typing !== null) while (useEditor.getState().history.past.length > undoDepth.current) undo();
    setTyping(null);
    e.currentTarget.select();
  };

  return (
    <td colSpan={span} className={['entered', ...classes, def.kind === 'amount' ? 'amount' : '', editing ? 'editing' : '', mark ? `import-mark mark-${mark}` : '', remarked ? 'has-remark' : ''].join(' ')} onMouseEnter={(e) => placeTip(e.currentTarget)}>
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
          endEdit();
          e.currentTarget.select();
          onCellFocus(cellKey, e.currentTarget.parentElement);
        }}
        onChange={(e) => {
          // Typing edits the active cell only, as in Excel: a larger selection is dropped.
          if (typing === null) undoDepth.current = useEditor.getState().history.past.length;
          typeInto(cellKey, e.target.value);
          typeCell(cellKey, e.target.value);
        }}
        onBlur={() => {
          if (useSelection.getState().active === cellKey) setTyping(null);
        }}
        onKeyDown={onKeyDown}
      />
      {def.kind === 'amount' && <span className="unit" aria-hidden="true">万元</span>}
      {note}
    </td>
  );
}
