// 单位一览's table: one row per unit, every column sortable (its heading) and filterable (the row
// under the headings: words, ">0", "<=3", "空"); a unit's name opens its draft. Figures show last
// year's beside this year's. The heading row and the unit column stay in view while it scrolls.

import { memo, useState } from 'react';
import { DESK_COLUMNS, shown, type DeskColumn, type DeskRow } from '../../shared/desk';
import { openUnit, setFilter, sortBy, useDesk } from '../store/desk';

/** The table shows these; the workbook has them all (file, contact, the problems in full …). */
const HIDDEN = new Set(['file', 'problems', 'notes', 'contact']);
export const TABLE_COLUMNS: readonly DeskColumn[] = DESK_COLUMNS.filter((c) => !HIDDEN.has(c.id));

const numeric = (c: DeskColumn) => c.kind === 'number' || c.kind === 'ratio';

function Cell({ column, row, onSelect }: { column: DeskColumn; row: DeskRow; onSelect(key: string): void }) {
  const value = column.value(row);
  if (column.id === 'flags') {
    return (
      <td data-column="flags">
        <button type="button" className="link" onClick={() => onSelect(row.key)} title="查看详情">
          {shown(column, value)}
        </button>
      </td>
    );
  }
  if (column.id === 'name') {
    const openable = row.file !== null && row.unreadable === null;
    return (
      <th scope="row" className="desk-unit">
        {openable ? (
          <button type="button" className="link" onClick={() => void openUnit(row.file!)} title={`打开“${row.file}”`}>
            {row.name}
          </button>
        ) : (
          row.name
        )}
      </th>
    );
  }
  const prior = column.prior?.(row);
  return (
    <td className={numeric(column) ? 'n' : undefined} data-column={column.id} title={column.id === 'receipt' ? (row.file ?? undefined) : undefined}>
      {shown(column, value)}
      {column.prior && row.priorFigures && <span className="prior">（{prior ?? '—'}）</span>}
    </td>
  );
}

const Row = memo(function Row({ row, selected, last, onSelect }: { row: DeskRow; selected: boolean; last: boolean; onSelect(key: string): void }) {
  const cls = [row.goodStanding ? 'good' : 'bad', selected ? 'selected' : '', last ? 'last' : ''].filter(Boolean).join(' ');
  return (
    <tr className={cls} data-unit={row.name} onClick={() => onSelect(row.key)} title={[...row.problems, ...row.notes].join('\n') || undefined}>
      {TABLE_COLUMNS.map((c) => (
        <Cell key={c.id} column={c} row={row} onSelect={onSelect} />
      ))}
    </tr>
  );
});

/**
 * Rows laid out at first: a city's thousand units are sorted and filtered whole, but drawing them
 * all on every sort would keep the page busy for a second; the rest come on request.
 */
const SHOWN_AT_FIRST = 300;

export function DeskTable({ rows, selected, onSelect }: { rows: readonly DeskRow[]; selected: string | null; onSelect(key: string): void }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, SHOWN_AT_FIRST);
  const sort = useDesk((s) => s.sort);
  const filters = useDesk((s) => s.filters);
  const lastFile = useDesk((s) => s.lastFile);
  return (
    <div className="desk-box" tabIndex={0} role="region" aria-label="单位一览表">
      <table className="desk-table" aria-rowcount={rows.length + 2}>
        <thead>
          <tr>
            {TABLE_COLUMNS.map((c) => {
              const by = sort?.column === c.id ? sort.direction : undefined;
              return (
                <th key={c.id} scope="col" aria-sort={by ?? 'none'} className={c.id === 'name' ? 'desk-unit' : undefined}>
                  <button type="button" onClick={() => sortBy(c.id)} title={`按“${c.label}”排序`}>
                    {c.label}
                    {c.prior && <span className="prior">（上年）</span>}
                    <span aria-hidden="true">{by === 'ascending' ? ' ▲' : by === 'descending' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
          <tr className="desk-filters">
            {TABLE_COLUMNS.map((c) => (
              <td key={c.id} className={c.id === 'name' ? 'desk-unit' : undefined}>
                <input aria-label={`筛选：${c.label}`} value={filters[c.id] ?? ''} placeholder={numeric(c) ? '>0' : '筛选'} onChange={(e) => setFilter(c.id, e.target.value)} />
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <Row key={row.key} row={row} selected={row.key === selected} last={row.file !== null && row.file === lastFile} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="hint desk-empty">没有符合筛选条件的单位。</p>}
      {shown.length < rows.length && (
        <button type="button" className="desk-more" onClick={() => setAll(true)}>
          显示其余 {rows.length - shown.length} 个单位
        </button>
      )}
    </div>
  );
}
