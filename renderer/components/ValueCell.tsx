// One cell of a statutory table. Entered cells are inputs; totals are read-only outputs that
// update as you type. A cell with findings is marked and carries their messages — and an imported
// figure where it stood in the source — shown on hover and focus and announced through
// aria-describedby. Keys, mouse and clipboard are the table's (sheetKeys.ts, which also takes the
// typing back on Esc); a cell keeps only its typing.

import { useLayoutEffect, useMemo, useRef } from 'react';
import { EDITIONS, cellIndex, type CellKey, type EditionId } from '../../shared/formats';
import { cellStatuses, findingsOf } from '../store/findings';
import { adoptComputedTotal, endEdit, statedTotal, typeCell, useEditor, type EditorState } from '../store/editor';
import { shownText } from '../store/range';
import { beginEdit, isInRange, selectCell, toReady, typeInto, useSelection, type Selection } from '../store/selection';
import { placeTip } from './frozen';
import { arrivingByTab } from './sheetKeys';
import { holdsFigure, markText } from '../store/importMarks';
import { describeSource } from '../../shared/import/provenance';
import { remarksOn } from '../store/life';
import { ledgerText } from './ledgerText';

export { focusCell } from './sheetKeys';

// One subscription per store and cell, answering with the same object while nothing in it
// changed: a keystroke asks every cell of the table, and only the changed ones re-render.

interface CellView {
  display: string;
  severity: string;
  messages: string;
  /** Why an import could not establish the cell, if so. */
  mark: string;
  /** A total printed in the source that differs from the form's sum ('' when none). */
  stated: string;
  /** An open review remark is on it. */
  remarked: boolean;
}

/** Everything a cell shows from the report. */
function viewOf(key: CellKey): (s: EditorState) => CellView {
  let last: CellView = { display: '', severity: '', messages: '', mark: '', stated: '', remarked: false };
  return (s) => {
    const status = cellStatuses(findingsOf(s.doc!, s.prior)).get(key);
    const { importMarks, provenance, cells, notApplicable } = s.doc!.report;
    const imported = importMarks[key];
    // Where an imported figure stood in the published report, while it is still the import's.
    const source = provenance[key] && (key in cells || notApplicable.includes(key)) ? provenance[key] : undefined;
    const display = shownText(s.doc!, key);
    const severity = status?.severity ?? '';
    const counted = ledgerText(s.doc!.report, key);
    const remarks = remarksOn(s.doc!.report).get(key) ?? [];
    const messages = [...(status?.messages ?? []), ...(imported ? [markText(imported, holdsFigure(s.doc!.report, key))] : []), ...(source ? [describeSource(source)] : []), ...(counted ? [counted] : []), ...remarks].join('\n');
    const mark = imported?.reason ?? '';
    const remarked = remarks.length > 0;
    const printed = statedTotal(s.doc!.report, key);
    const stated = printed === null || String(printed) === display ? '' : String(printed);
    if (display !== last.display || severity !== last.severity || messages !== last.messages || mark !== last.mark || stated !== last.stated || remarked !== last.remarked) last = { display, severity, messages, mark, stated, remarked };
    return last;
  };
}

/** Where the clerk is, as far as this cell is concerned. */
function placeOf(edition: EditionId, key: CellKey): (s: Selection) => { selected: boolean; active: boolean; editing: boolean; typing: string | null } {
  let last = { selected: false, active: false, editing: false, typing: null as string | null };
  return (s) => {
    const selected = isInRange(s, edition, key);
    const active = s.active === key;
    const editing = active && s.editing;
    const typing = active ? s.typing : null;
    if (selected !== last.selected || active !== last.active || editing !== last.editing || typing !== last.typing) last = { selected, active, editing, typing };
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
  const { display, severity, messages, mark, stated, remarked } = useEditor(useMemo(() => viewOf(cellKey), [cellKey]));
  const { selected, active, editing, typing } = useSelection(useMemo(() => placeOf(edition, cellKey), [edition, cellKey]));
  const input = useRef<HTMLInputElement>(null);
  // Ready mode shows the cell's whole text selected, so that the next key replaces it (also
  // after Esc or an undo has put another value into the field under the caret).
  useLayoutEffect(() => {
    const el = input.current;
    if (el && active && !editing && typing === null && document.activeElement === el) el.select();
  }, [active, editing, typing, display]);
  const labelledBy = headers.join(' ');
  const messageId = `msg-${cellKey}`;
  const span = colSpan > 1 ? colSpan : undefined;
  // A printed total the figures disagree with: its pop-up says both and offers the computed one.
  const note = stated ? (
    <span id={messageId} className="cell-msg has-action">
      {messages}
      <button type="button" className="tip-action" onClick={() => adoptComputedTotal(cellKey)}>
        采用计算值 {display}
      </button>
    </span>
  ) : messages ? (
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

  return (
    <td colSpan={span} className={['entered', ...classes, def.kind === 'amount' ? 'amount' : '', editing ? 'editing' : '', mark ? `import-mark mark-${mark}` : '', remarked ? 'has-remark' : ''].join(' ')} onMouseEnter={(e) => placeTip(e.currentTarget)}>
      <input
        ref={input}
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
          beginEdit(useEditor.getState().doc);
          typeInto(cellKey, e.target.value);
          typeCell(cellKey, e.target.value);
        }}
        onBlur={() => {
          // What was typed stays; coming back is a new visit, in ready mode.
          if (useSelection.getState().active === cellKey) toReady();
        }}
      />
      {def.kind === 'amount' && <span className="unit" aria-hidden="true">万元</span>}
      {note}
    </td>
  );
}
