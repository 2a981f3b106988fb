// The import a draft was started from, reopenable: a bar over the form saying how many cells are
// still marked, and a dialog with the import summary (what was recognised, from where, what was
// left out) and the marked cells — those holding a figure to confirm (one by one or all at
// once), and those left blank, to fill in, with the way to do it.

import { useEffect, useRef, useState } from 'react';
import { TABLE_PARTS, type TableId } from '../../shared/formats';
import { confirmImportMarks, goTo, notify, useEditor } from '../store/editor';
import { MARK_REASONS, markCount, markedCells, type MarkedCell } from '../store/importMarks';
import { focusCell } from './ValueCell';

/** A note kept in the draft may start with a rule id ("IMP-04 …"): a code, not words for the clerk. */
const withoutRuleId = (note: string) => note.replace(/^[A-Z]+\d*-\d+\s+/, '');

export function ImportRecord() {
  const source = useEditor((s) => s.doc!.report.importRecord?.source ?? null);
  const count = useEditor(markCount);
  const [open, setOpen] = useState(false);
  if (source === null) return null;
  return (
    <div className="import-bar" role="status">
      <span>
        本报告导入自“{source}”。{count > 0 ? `有 ${count} 个单元格导入时未能确定，以斜线底纹标出，请对照原文核对。` : '导入时标出的单元格均已核对。'}
      </span>
      <button type="button" onClick={() => setOpen(true)}>
        导入说明
      </button>
      {open && <ImportRecordDialog onClose={() => setOpen(false)} />}
    </div>
  );
}

/** Mounted only while open: it follows every change of the report, the bar does not. */
function ImportRecordDialog({ onClose }: { onClose: () => void }) {
  const record = useEditor((s) => s.doc!.report.importRecord)!;
  const report = useEditor((s) => s.doc!.report);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  const marked = markedCells(report.edition, report);
  const filled = marked.filter((m) => m.filled);
  const blank = marked.filter((m) => !m.filled);
  const show = (table: TableId, key: string) => {
    onClose();
    goTo(TABLE_PARTS[table]);
    // The part renders on the next frame.
    requestAnimationFrame(() => focusCell(key));
  };
  const confirmAll = () => {
    confirmImportMarks(filled.map((m) => m.key));
    notify({ kind: 'info', text: `已确认 ${filled.length} 个单元格，斜线底纹已去掉（Ctrl+Z 可撤销）。` });
  };
  return (
    <dialog ref={ref} className="question import-record" aria-labelledby="import-record-title" onClose={onClose}>
      <p id="import-record-title" className="question-title">
        导入说明（{new Date(record.importedAt).toLocaleString('zh-CN')}）
      </p>
      <ul className="import-notes" tabIndex={0} aria-label="导入说明">
        {record.notes.map((n, i) => (
          <li key={i}>{withoutRuleId(n)}</li>
        ))}
      </ul>
      {filled.length > 0 && (
        <section className="import-group" aria-labelledby="marks-filled">
          <h2 id="marks-filled">待确认的数字（{filled.length} 个）</h2>
          <p className="hint">已按原文填入，但导入时不能完全确定。对照原文核对：无误的点“确认”，斜线底纹即去掉；有误的在表中直接改正。</p>
          <MarkList marks={filled} show={show} confirm />
          <button type="button" onClick={confirmAll}>
            全部确认（{filled.length} 个）
          </button>
        </section>
      )}
      {blank.length > 0 && (
        <section className="import-group" aria-labelledby="marks-blank">
          <h2 id="marks-blank">未能读出、已留空的单元格（{blank.length} 个）</h2>
          <p className="hint">
            请对照原文在表中填写，填写后斜线底纹即去掉。原文这些格确实为空白或 0 的，可在表中选中它们，点表格上方的“空白填0”一次填好。
          </p>
          <MarkList marks={blank} show={show} />
        </section>
      )}
      <div className="question-choices">
        <button type="button" className="primary" onClick={() => ref.current?.close()}>
          关闭
        </button>
      </div>
    </dialog>
  );
}

function MarkList({ marks, show, confirm = false }: { marks: MarkedCell[]; show: (table: TableId, key: string) => void; confirm?: boolean }) {
  return (
    <ul className="import-marks" tabIndex={0} aria-label={confirm ? '待确认的数字' : '已留空的单元格'}>
      {marks.map((m) => (
        <li key={m.key} data-mark={m.key}>
          <span className="mark-what">
            <button type="button" className="link" onClick={() => show(m.table, m.key)} title="转到此单元格">
              {m.name}
            </button>
            <span className="mark-why">
              {MARK_REASONS[m.mark.reason]}：{m.mark.detail}
            </span>
          </span>
          {confirm && (
            <button type="button" onClick={() => confirmImportMarks([m.key])}>
              确认
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
