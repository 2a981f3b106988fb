// 从台账统计: the count step as a native <dialog> — the ledger and its sheet, the columns found,
// the values to map, the rows left out, then the preview of the report's cells (old → new) and
// 写入报告, one undo step. A register of 行政复议/行政诉讼 cases may be added for table 四.

import { useEffect, useRef } from 'react';
import type { LedgerView } from '../../shared/ipc';
import { addCases, applyLedger, chooseSheet, closeLedger, useLedger } from '../store/ledger';
import { LedgerColumns, LedgerUnknownValues } from './LedgerMapping';
import { LedgerPreview, LedgerUnplaced } from './LedgerPreview';

const TABLE = { applications: '表三（申请登记台账）', cases: '表四（行政复议、行政诉讼案件台账）' } as const;

function LedgerSection({ view }: { view: LedgerView }) {
  const c = view.count;
  return (
    <section className="ledger-section" aria-label={TABLE[view.kind]} data-ledger={view.kind}>
      <h2>
        {TABLE[view.kind]}：“{view.source}”
      </h2>
      {view.sheets.length > 1 && (
        <label className="ledger-sheet">
          <span>工作表</span>
          <select value={view.sheet} onChange={(e) => void chooseSheet(view.kind, e.target.value)}>
            {view.sheets.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
      <p className="ledger-summary">
        读取 {c.read} 行：计入 {c.year} 年度 {c.counted} 行，其他年度 {c.otherYears} 行，未能计入 {c.unplaced.length} 行
      </p>
      <LedgerColumns view={view} />
      <LedgerUnknownValues view={view} />
      <LedgerUnplaced view={view} />
    </section>
  );
}

export function LedgerDialog() {
  const open = useLedger((s) => s.open);
  const busy = useLedger((s) => s.busy);
  const error = useLedger((s) => s.error);
  const views = useLedger((s) => s.views);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    else if (!open && dialog?.open) dialog.close();
  }, [open]);
  const list = [views.applications, views.cases].filter((v): v is LedgerView => v !== undefined);
  return (
    <dialog
      ref={ref}
      className="question ledger-dialog"
      aria-labelledby="ledger-title"
      aria-busy={busy}
      onCancel={(e) => {
        e.preventDefault();
        closeLedger();
      }}
    >
      {open && (
        <>
          <p id="ledger-title" className="question-title">
            从台账统计
          </p>
          {list.length === 0 && <p>{busy ? '正在读取台账…' : ''}</p>}
          {list.map((v) => (
            <LedgerSection key={v.kind} view={v} />
          ))}
          {error && (
            <p className="ledger-error" role="alert">
              {error}
            </p>
          )}
          {list.length > 0 && <LedgerPreview views={list} />}
          <div className="question-choices">
            {views.applications && !views.cases && (
              <button type="button" disabled={busy} onClick={() => void addCases()}>
                添加复议诉讼台账…
              </button>
            )}
            <button type="button" className="primary" disabled={busy || list.length === 0} onClick={applyLedger}>
              写入报告
            </button>
            <button type="button" onClick={closeLedger}>
              取消
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
