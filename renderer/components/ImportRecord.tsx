// The import a draft was started from, reopenable: a bar over the form saying how many cells are
// still marked, and a dialog with the import summary (what was recognised, from where, what was
// left out) and the marked cells, each to go to or to confirm.

import { useRef } from 'react';
import { TABLE_PARTS, type TableId } from '../../shared/formats';
import { confirmImportMarks, goTo, useEditor } from '../store/editor';
import { MARK_REASONS, markCount, markedCells } from '../store/importMarks';
import { focusCell } from './ValueCell';

export function ImportRecord() {
  const record = useEditor((s) => s.doc!.report.importRecord);
  const count = useEditor(markCount);
  // The marks keep their identity until they change: a keystroke elsewhere does not re-render this.
  const marks = useEditor((s) => s.doc!.report.importMarks);
  const edition = useEditor((s) => s.doc!.report.edition);
  const ref = useRef<HTMLDialogElement>(null);
  if (!record) return null;
  const marked = markedCells(edition, marks);
  const show = (table: TableId, key: string) => {
    ref.current?.close();
    goTo(TABLE_PARTS[table]);
    // The part renders on the next frame.
    requestAnimationFrame(() => focusCell(key));
  };
  return (
    <div className="import-bar" role="status">
      <span>
        本报告导入自“{record.source}”。{count > 0 ? `有 ${count} 个单元格导入时未能确定，以斜线底纹标出，请核对后改正或确认。` : '导入时标出的单元格均已核对。'}
      </span>
      <button type="button" onClick={() => ref.current?.showModal()}>
        导入说明
      </button>
      <dialog ref={ref} className="question import-record" aria-labelledby="import-record-title">
        <p id="import-record-title" className="question-title">
          导入说明（{new Date(record.importedAt).toLocaleString('zh-CN')}）
        </p>
        <ul className="import-notes" tabIndex={0} aria-label="导入说明">
          {record.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
        {marked.length > 0 && (
          <>
            <p className="question-message">待核对的单元格（{marked.length} 个）</p>
            <ul className="import-marks" tabIndex={0} aria-label="待核对的单元格">
              {marked.map((m) => (
                <li key={m.key} data-mark={m.key}>
                  <button type="button" className="link" onClick={() => show(m.table, m.key)}>
                    {m.name}
                  </button>
                  ：{MARK_REASONS[m.mark.reason]}。{m.mark.detail}
                  <button type="button" onClick={() => confirmImportMarks([m.key])}>
                    确认
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="question-choices">
          {marked.some((m) => m.mark.reason === 'blankAsZero') && (
            <button type="button" onClick={() => confirmImportMarks(marked.filter((m) => m.mark.reason === 'blankAsZero').map((m) => m.key))}>
              确认所有按 0 导入的单元格
            </button>
          )}
          <button type="button" className="primary" onClick={() => ref.current?.close()}>
            关闭
          </button>
        </div>
      </dialog>
    </div>
  );
}
