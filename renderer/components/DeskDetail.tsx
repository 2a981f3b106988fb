// The unit chosen in 单位一览: every problem and note in full, its file and contact, and what the
// office can do about it — open its draft, or, for a draft outside the roster whose name is like a
// roster unit still without a report, record that name as the unit's former one (never guessed).

import { LIKELY_RENAME, commonStart, nameLikeness, type DeskRow, type DeskView } from '../../shared/desk';
import { openUnit, recordFormerName } from '../store/desk';

export function DeskDetail({ row, view }: { row: DeskRow; view: DeskView }) {
  const place = commonStart(view.rows.filter((r) => r.expected).map((r) => r.name));
  const alike = row.expected ? [] : view.rows.filter((r) => r.expected && r.missing && nameLikeness(r.name, row.name, place) >= LIKELY_RENAME);
  return (
    <section className="desk-detail" aria-labelledby="desk-detail-title">
      <h2 id="desk-detail-title">{row.name}</h2>
      <p className="hint">
        {row.file ? `草稿：${row.file}` : '没有草稿'}
        {row.contact && `\u3000联系人：${row.contact}`}
      </p>
      {row.problems.length > 0 ? (
        <ul className="desk-problems" aria-label="问题">
          {row.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p>{row.expected ? '没有问题。' : ''}</p>
      )}
      {row.notes.length > 0 && (
        <ul className="desk-notes" aria-label="说明">
          {row.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="desk-detail-actions">
        {row.file && row.unreadable === null && (
          <button type="button" onClick={() => void openUnit(row.file!)}>
            打开草稿（查看审核意见）
          </button>
        )}
        {alike.map((u) => (
          <button key={u.key} type="button" onClick={() => void recordFormerName(u.name, row.name)} title="名册中会记下这个曾用名，之后这份草稿按该单位计">
            登记为“{u.name}”的曾用名
          </button>
        ))}
      </div>
    </section>
  );
}
