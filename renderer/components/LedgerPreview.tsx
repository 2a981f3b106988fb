// The count step's preview: the cells the counts would change in the report, what it holds now
// and what the ledger counts (old → new), and the rows left out with why.

import { useMemo } from 'react';
import type { LedgerView } from '../../shared/ipc';
import { previewCounts } from '../../shared/ledger';
import { useEditor } from '../store/editor';

const shown = (v: number | null | 'na') => (v === null ? '空白' : v === 'na' ? '/' : String(v));

export function LedgerPreview({ views }: { views: LedgerView[] }) {
  const report = useEditor((s) => s.doc!.report);
  const changes = useMemo(() => previewCounts(report, views.map((v) => ({ count: v.count, source: v.source, sheet: v.sheet }))), [report, views]);
  return (
    <div className="ledger-preview">
      <p className="ledger-changes-title">{changes.length === 0 ? '报告中的数字与台账统计一致，写入不会改变任何单元格。' : `写入将改变 ${changes.length} 个单元格：`}</p>
      {changes.length > 0 && (
        <div className="ledger-changes" tabIndex={0} role="region" aria-label="将改变的单元格">
          <table>
            <thead>
              <tr>
                <th scope="col">单元格</th>
                <th scope="col">原值</th>
                <th scope="col">台账统计</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.key} data-change={c.key}>
                  <td>{c.name}</td>
                  <td>{shown(c.from)}</td>
                  <td>{c.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function LedgerUnplaced({ view }: { view: LedgerView }) {
  const unknownRows = new Set(view.count.unknown.flatMap((u) => u.rows));
  const others = view.count.unplaced.filter((u) => !unknownRows.has(u.row));
  if (others.length === 0) return null;
  return (
    <details className="ledger-unplaced" open={others.length <= 5}>
      <summary>未能计入的行 {others.length} 行（请在台账中改正后重新统计）</summary>
      <ul tabIndex={0} aria-label="未能计入的行">
        {others.slice(0, 500).map((u) => (
          <li key={u.row}>
            第 {u.row} 行：{u.reason}
          </li>
        ))}
        {others.length > 500 && <li>……其余 {others.length - 500} 行从略</li>}
      </ul>
    </details>
  );
}
