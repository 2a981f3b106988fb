// A statutory table drawn from the shared table layout (the same one the exports print), so the
// form has the printed header merges, group labels and row order. Value cells are live.

import { useMemo } from 'react';
import { EDITIONS, type TableId } from '../../shared/formats';
import { headerScope, tableLayout, type LayoutCell } from '../../shared/export/layout';
import { blankReport } from '../../shared/report';
import { useEditor } from '../store/editor';
import { ValueCell } from './ValueCell';

function HeaderCell({ cell }: { cell: LayoutCell }) {
  const span = { colSpan: cell.colSpan > 1 ? cell.colSpan : undefined, rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined };
  const scope = headerScope(cell);
  if (!scope) return <td {...span} className="corner">{cell.text}</td>;
  return (
    <th id={cell.id} scope={scope} {...span} className={`h-${cell.role}`}>
      {cell.text}
    </th>
  );
}

export function TableForm({ table }: { table: TableId }) {
  const edition = useEditor((s) => s.doc!.report.edition);
  // The structure depends on the edition only; values come from each cell's own subscription.
  const layout = useMemo(() => tableLayout(blankReport('', EDITIONS[edition].firstYear), table), [edition, table]);
  const row = (cells: LayoutCell[], i: number) => (
    <tr key={i}>{cells.map((c, j) => (c.cell ? <ValueCell key={c.cell} cellKey={c.cell} headers={c.headers!} colSpan={c.colSpan} /> : <HeaderCell key={j} cell={c} />))}</tr>
  );
  return (
    <div className="table-box">
      <table className={`form form-${table}`} data-table={table}>
        <caption>{layout.title}</caption>
        {layout.head.length > 0 && <thead>{layout.head.map(row)}</thead>}
        {layout.bodies.map((body, i) => (
          <tbody key={i}>{body.map(row)}</tbody>
        ))}
      </table>
      <p className="hint">
        Tab、Enter 和方向键在单元格间移动，Esc 撤回正在输入的内容；可从 Excel 或 WPS 复制一块单元格后粘贴。灰色单元格为自动计算的总计。
      </p>
    </div>
  );
}
