// 单位一览 (the 政务公开办's desk): for the year, one row per expected unit — received, year and
// edition, errors, warnings, open remarks, stage and 退回, 发布日期 against the deadline, 雷同,
// key figures beside last year's — with the summary line, quick views, the chosen unit's details,
// and the desk's actions: read again, the roster, 汇总, the workbook and the printed table.

import { useMemo, useState } from 'react';
import { DESK_VIEWS, summaryLine, type DeskViewId } from '../../shared/desk';
import { chooseDeskPrior, closeDesk, exportDesk, importRoster, refreshDesk, saveRoster, setQuick, shownRows, useDesk } from '../store/desk';
import { DeskDetail } from './DeskDetail';
import { DeskSum } from './DeskSum';
import { DeskTable } from './DeskTable';
import { MenuButton } from './MenuButton';
import { Notice } from './Notice';
import './desk.css';

export function DeskView() {
  const view = useDesk((s) => s.view)!;
  const sort = useDesk((s) => s.sort);
  const filters = useDesk((s) => s.filters);
  const quick = useDesk((s) => s.quick);
  const busy = useDesk((s) => s.reading !== null);
  const [selected, setSelected] = useState<string | null>(null);
  const [summing, setSumming] = useState(false);
  const rows = useMemo(() => shownRows({ view, sort, filters, quick }), [view, sort, filters, quick]);
  const row = view.rows.find((r) => r.key === selected) ?? null;
  const unreadable = view.unreadable.length;
  return (
    <main className="desk" aria-labelledby="desk-title">
      <header className="desk-head">
        <h1 id="desk-title">
          单位一览：{view.folder}（{view.year} 年度）
        </h1>
        <p className="desk-summary" data-testid="desk-summary">
          {summaryLine(view.summary, unreadable)}
        </p>
        <p className="hint">
          单位名册：{view.roster.source ?? '按文件夹中的草稿生成（可保存后用 Excel 补充）'}，{view.roster.units} 个单位；上年报告：{view.prior ?? '本文件夹及草稿记住的上年报告'}；统计日期 {view.today}。
        </p>
        <div className="tools" role="toolbar" aria-label="单位一览">
          <button type="button" onClick={() => void refreshDesk()} disabled={busy}>
            重新读取
          </button>
          <button type="button" onClick={() => void importRoster()} disabled={busy} title="读取本单位保存的名册（Excel、WPS 表格或 CSV），保存到文件夹中">
            导入单位名册…
          </button>
          {view.roster.source === null && (
            <button type="button" onClick={() => void saveRoster()} disabled={busy}>
              保存为单位名册
            </button>
          )}
          <button type="button" onClick={() => void chooseDeskPrior()} disabled={busy} title="上年各单位报告所在的文件夹：用于上年数字和与上年重复率">
            选择上年报告文件夹…
          </button>
          <button type="button" onClick={() => setSumming(true)} disabled={busy}>
            汇总本级报告…
          </button>
          <MenuButton
            label="导出"
            items={[
              { label: '导出工作簿（.xlsx）…', onSelect: () => void exportDesk('xlsx') },
              { label: '导出打印表（PDF）…', title: 'A4 横向，报送领导', onSelect: () => void exportDesk('pdf') },
            ]}
          />
          <button type="button" onClick={closeDesk}>
            关闭
          </button>
        </div>
        <div className="desk-views" role="radiogroup" aria-label="显示">
          {(Object.keys(DESK_VIEWS) as DeskViewId[]).map((id) => (
            <button key={id} type="button" role="radio" aria-checked={quick === id} onClick={() => setQuick(id)}>
              {DESK_VIEWS[id].label}
            </button>
          ))}
          <span className="hint">显示 {rows.length} / {view.rows.length} 个</span>
        </div>
      </header>
      {(unreadable > 0 || view.notes.length > 0 || view.roster.problems.length > 0) && (
        <details className="desk-notes-box">
          <summary>
            {unreadable > 0 ? `${unreadable} 个文件无法读取、` : ''}名册和文件夹的说明
          </summary>
          <ul>
            {view.unreadable.map((u) => (
              <li key={u.file}>
                {u.file}：{u.reason}
              </li>
            ))}
            {[...view.roster.problems, ...view.notes].map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="desk-body">
        <DeskTable rows={rows} selected={selected} onSelect={setSelected} />
        {row && <DeskDetail row={row} view={view} />}
      </div>
      <Notice />
      {summing && <DeskSum view={view} onClose={() => setSumming(false)} />}
    </main>
  );
}
