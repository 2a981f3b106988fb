// A statutory table drawn from the shared table layout (the same one the exports print), so the
// form has the printed header merges, group labels and row order. Value cells are live; the
// table scrolls in its own box with its headers and row labels frozen, and works like a sheet.

import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { EDITIONS, type TableId } from '../../shared/formats';
import { headerScope, placeCells, tableLayout, type LayoutCell, type TableLayout } from '../../shared/export/layout';
import { blankReport } from '../../shared/report';
import { useEditor } from '../store/editor';
import { clearSelection } from '../store/selection';
import { placeTip, useFrozenHeaders } from './frozen';
import { endDrag, onSheetCopy, onSheetDoubleClick, onSheetKeyDown, onSheetMouseDown, onSheetMouseOver, onSheetPaste } from './sheetKeys';
import { TableTools } from './TableTools';
import { ValueCell } from './ValueCell';

/** The header cells that lie wholly in the row-label columns (left of every value): they stay in view. */
function labelCells(layout: TableLayout): Set<LayoutCell> {
  const groups = [layout.head, ...layout.bodies].map(placeCells);
  const placed = groups.flat(2);
  const firstValue = Math.min(...placed.filter((p) => p.cell.cell).map((p) => p.column));
  return new Set(placed.filter((p) => !p.cell.cell && p.column + p.cell.colSpan <= firstValue).map((p) => p.cell));
}

function HeaderCell({ cell, frozen }: { cell: LayoutCell; frozen: boolean }) {
  const span = { colSpan: cell.colSpan > 1 ? cell.colSpan : undefined, rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined };
  const scope = headerScope(cell);
  const freeze = frozen ? 'left' : undefined;
  if (!scope) return <td {...span} className="corner" data-freeze={freeze}>{cell.text}</td>;
  return (
    <th id={cell.id} scope={scope} {...span} className={`h-${cell.role}`} data-freeze={freeze}>
      {cell.role === 'rowGroup' || cell.role === 'columnGroup' ? <span>{cell.text}</span> : cell.text}
    </th>
  );
}

/** Clipboard events reach <body> when a total (not editable) has the focus: listen on the document. */
function useSheetDocumentEvents(box: RefObject<HTMLDivElement | null>, table: string): void {
  useEffect(() => {
    const inside = () => box.current?.contains(document.activeElement) ?? false;
    const copy = (e: ClipboardEvent) => inside() && onSheetCopy(e, false);
    const cut = (e: ClipboardEvent) => inside() && onSheetCopy(e, true);
    const paste = (e: ClipboardEvent) => inside() && onSheetPaste(e);
    // A pop-up is fixed to the window: it follows its cell when anything scrolls.
    const scroll = () => inside() && placeTip(document.activeElement!.closest('td'));
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    document.addEventListener('scroll', scroll, true);
    window.addEventListener('mouseup', endDrag);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
      document.removeEventListener('scroll', scroll, true);
      window.removeEventListener('mouseup', endDrag);
      clearSelection();
    };
  }, [box, table]);
}

export function TableForm({ table }: { table: TableId }) {
  const edition = useEditor((s) => s.doc!.report.edition);
  // The structure depends on the edition only; values come from each cell's own subscription.
  const layout = useMemo(() => tableLayout(blankReport('', EDITIONS[edition].firstYear), table), [edition, table]);
  const frozen = useMemo(() => labelCells(layout), [layout]);
  const box = useRef<HTMLDivElement>(null);
  useFrozenHeaders(box, `${edition}:${table}`);
  useSheetDocumentEvents(box, `${edition}:${table}`);
  const row = (cells: LayoutCell[], i: number, inBody: boolean) => (
    // Table 二's blocks carry their own header rows: those stay in view too.
    <tr key={i} data-freeze={inBody && cells.every((c) => !c.cell && c.role !== 'rowLabel') ? 'top' : undefined}>
      {cells.map((c, j) => (c.cell ? <ValueCell key={c.cell} edition={edition} cellKey={c.cell} headers={c.headers!} colSpan={c.colSpan} /> : <HeaderCell key={j} cell={c} frozen={frozen.has(c)} />))}
    </tr>
  );
  return (
    <>
      <TableTools table={table} />
      <div className="table-box" ref={box}>
        <table
          className={`form form-${table}`}
          data-table={table}
          onKeyDown={onSheetKeyDown}
          onMouseDown={onSheetMouseDown}
          onMouseOver={onSheetMouseOver}
          onDoubleClick={onSheetDoubleClick}
        >
          <caption>{layout.title}</caption>
          {layout.head.length > 0 && <thead>{layout.head.map((r, i) => row(r, i, false))}</thead>}
          {layout.bodies.map((body, i) => (
            <tbody key={i}>{body.map((r, j) => row(r, j, true))}</tbody>
          ))}
        </table>
      </div>
    </>
  );
}
