// Which applications make up a counted cell (自然人 · 予以公开 = 12): under the table, for the
// active cell, the ledger and its row numbers the draft keeps — and, while that ledger is open in
// this window, the rows' key fields, fetched on request (the draft never holds them).

import { useEffect, useState } from 'react';
import { EDITIONS, cellIndex, type CellKey, type TableId } from '../../shared/formats';
import type { LedgerRowFields } from '../../shared/ipc';
import { ledgerRowsOf, rowRanges } from '../../shared/ledger';
import { api } from '../api';
import { useEditor } from '../store/editor';
import { useSelection } from '../store/selection';

/** The active cell, when it is one of this table's and has ledger rows. */
function useCountedCell(table: TableId): CellKey | null {
  const active = useSelection((s) => s.active);
  const counted = useEditor((s) => active !== null && active.startsWith(`${table}.`) && s.doc!.report.ledgers.some((l) => (l.rows[active]?.length ?? 0) > 0));
  return counted ? active : null;
}

export function LedgerCellRows({ table }: { table: TableId }) {
  const key = useCountedCell(table);
  const report = useEditor((s) => s.doc!.report);
  const [shown, setShown] = useState<{ key: CellKey; rows: LedgerRowFields[] } | { key: CellKey; message: string } | null>(null);
  useEffect(() => setShown(null), [key]);
  if (!key) return null;
  const cell = cellIndex(EDITIONS[report.edition]).byKey.get(key)!;
  const links = ledgerRowsOf(report, key);
  const total = links.reduce((n, l) => n + l.rows.length, 0);
  const show = async () => {
    const fetched = await Promise.all(links.map((l) => api().ledgerRows({ source: l.source, sheet: l.sheet, rows: l.rows.slice(0, 5000) })));
    const failed = fetched.find((f) => !f.ok);
    setShown(failed && !failed.ok ? { key, message: failed.message } : { key, rows: fetched.flatMap((f) => (f.ok ? f.rows : [])) });
  };
  return (
    <section className="ledger-rows" aria-label="本格来自台账的行">
      <p>
        <strong>
          {cell.rowLabel} · {cell.columnLabel} = {report.cells[key] ?? 0}
        </strong>
        ：{links.map((l) => `台账“${l.source}”（${l.sheet}）${rowRanges(l.rows)}`).join('；')}，共 {total} 件
        <button type="button" onClick={() => void show()}>
          查看这些申请
        </button>
      </p>
      {shown?.key === key && 'message' in shown && <p className="ledger-rows-note">{shown.message}</p>}
      {shown?.key === key && 'rows' in shown && shown.rows.length > 0 && (
        <div className="ledger-rows-table" tabIndex={0} role="region" aria-label="台账中的这些行">
          <table>
            <thead>
              <tr>
                <th scope="col">行号</th>
                {shown.rows[0].fields.map(([name]) => (
                  <th key={name} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  {r.fields.map(([name, text]) => (
                    <td key={name}>{text}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
