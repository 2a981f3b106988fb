// 导入确认: what the import recognised — organisation, year, edition, cells recovered, missing
// and unreadable, lines left out — with the organisation and the year editable, before the
// draft opens. A native <dialog>: focus stays inside, Esc cancels.

import { useEffect, useRef, useState } from 'react';
import { EDITIONS } from '../../shared/formats';
import { yearProblem } from '../../shared/import/confirm';
import { useImportConfirm } from '../dialog/importConfirm';

export function ImportConfirm() {
  const pending = useImportConfirm((s) => s.pending);
  const ref = useRef<HTMLDialogElement>(null);
  const [organization, setOrganization] = useState('');
  const [year, setYear] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (pending && !dialog.open) {
      setOrganization(pending.imported.summary.organization);
      setYear(String(pending.imported.summary.year));
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input')?.focus();
    } else if (!pending && dialog.open) dialog.close();
  }, [pending]);

  const s = pending?.imported.summary;
  const problem = yearProblem(Number(year));
  const open = () => pending && !problem && pending.answer({ organization, year: Number(year) });
  return (
    <dialog
      ref={ref}
      className="question import-confirm"
      aria-labelledby="import-confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        pending?.answer(null);
      }}
    >
      {s && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            open();
          }}
        >
          <p id="import-confirm-title" className="question-title">
            导入已发布的年报：请确认
          </p>
          <p className="import-source">
            来源：“{s.source}”{s.traditional ? '（原文为繁体，已转换为简体）' : ''}
          </p>
          <label className="import-field">
            <span>机关名称</span>
            <input value={organization} onChange={(e) => setOrganization(e.target.value)} aria-describedby="import-org-source" />
            <small id="import-org-source">{s.organizationSource ? `取自${s.organizationSource}` : '原文中没有找到，请填写'}</small>
          </label>
          <label className="import-field">
            <span>报告年度</span>
            <input inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby="import-year-source" />
            <small id="import-year-source" className={problem || s.yearInferred ? 'warn' : undefined}>
              {problem ?? `取自${s.yearSource}${s.yearInferred ? '，请核对' : ''}`}
            </small>
          </label>
          <dl className="import-facts">
            <dt>表格格式</dt>
            <dd>
              {s.edition} 年版（{EDITIONS[s.edition].notice}）
            </dd>
            <dt>识别的单元格</dt>
            <dd>{s.cellsRecovered} 个</dd>
            <dt>未能识别</dt>
            <dd>
              {s.cellsMissing} 个（无法读取 {s.cellsUnreadable} 个，无法确定 {s.cellsAmbiguous} 个）
            </dd>
            <dt>空白按 0 导入</dt>
            <dd>{s.cellsBlankAsZero} 个</dd>
            {s.cellsConverted > 0 && (
              <>
                <dt>元换算为万元</dt>
                <dd>{s.cellsConverted} 个</dd>
              </>
            )}
          </dl>
          {s.droppedCount > 0 && (
            <details className="import-dropped">
              <summary>删去的原文 {s.droppedCount} 行（网页栏目、页码等）{s.droppedCount > s.dropped.length ? `，以下列出前 ${s.dropped.length} 行` : ''}</summary>
              <ul tabIndex={0} aria-label="删去的原文">
                {s.dropped.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          <p className="question-detail">未能识别和按 0 导入的单元格在表中以斜线底纹标出，核对后改正或确认即可。导入说明可随时在报告中重新打开。</p>
          <div className="question-choices">
            <button type="submit" className="primary" disabled={problem !== null}>
              打开草稿
            </button>
            <button type="button" onClick={() => pending?.answer(null)}>
              取消
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
