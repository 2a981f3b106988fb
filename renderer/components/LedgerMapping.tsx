// The count step's mapping: which column holds each field (found by its heading, changeable) and,
// for every value the dictionary does not know, the statute's category it means — chosen once,
// for every row that has it. Nothing is counted until the clerk says.

import type { LedgerView } from '../../shared/ipc';
import { FIELDS_OF, FIELD_NAMES, VOCABULARY_OF, rowRanges, targetsOf } from '../../shared/ledger';
import { mapColumn, mapValue, useLedger } from '../store/ledger';

const shortName = (field: keyof typeof FIELD_NAMES) => FIELD_NAMES[field].replace(/（.*$/, '');

export function LedgerColumns({ view }: { view: LedgerView }) {
  const busy = useLedger((s) => s.busy);
  return (
    <details className="ledger-columns">
      <summary>
        表头在第 {view.headerRow} 行；各列对应的内容{view.remembered ? '（沿用上次保存的对应关系）' : ''}
      </summary>
      <div className="ledger-grid">
        {FIELDS_OF[view.kind].map((field) => (
          <label key={field}>
            <span>{shortName(field)}</span>
            <select
              value={view.columns[field] === undefined ? '' : view.headings[view.columns[field]!]}
              disabled={busy}
              onChange={(e) => void mapColumn(view.kind, field, e.target.value)}
            >
              <option value="">（无此列）</option>
              {view.headings.map((h, i) => h && <option key={i} value={h}>{h}</option>)}
            </select>
          </label>
        ))}
      </div>
    </details>
  );
}

export function LedgerUnknownValues({ view }: { view: LedgerView }) {
  const busy = useLedger((s) => s.busy);
  if (view.count.unknown.length === 0) return null;
  return (
    <fieldset className="ledger-unknown">
      <legend>以下取值未能识别，请指定对应的类别（只需指定一次，以后同样格式的台账自动沿用）</legend>
      {view.count.unknown.map((u) => {
        const targets = targetsOf(view.count.edition, VOCABULARY_OF[u.field]!);
        const id = `ledger-${u.field}-${u.value}`;
        return (
          <div key={`${u.field}:${u.value}`} className="ledger-unknown-value">
            <label htmlFor={id}>
              {shortName(u.field)}“{u.value}”<small>（{rowRanges(u.rows.slice(0, 20))}{u.rows.length > 20 ? `等 ${u.rows.length} 行` : ''}）</small>
            </label>
            <select id={id} value="" disabled={busy} onChange={(e) => e.target.value && void mapValue(view.kind, u.field, u.value, e.target.value)}>
              <option value="">请选择…</option>
              {[...targets].map(([key, name]) => (
                <option key={key} value={key}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
