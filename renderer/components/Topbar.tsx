// The report header (机关名称, 报告年度, the edition) and the file actions; the exports are one
// menu (导出 ▾) so that the toolbar keeps to one row at 150 % scaling.

import { EDITIONS } from '../../shared/formats';
import { backToStart, copyHtmlFragment, exportGraphic, exportReport, nextYearFromCurrent, openDocument, save } from '../actions';
import { openChecklist } from './ChecklistDialog';
import { MenuButton } from './MenuButton';
import { openPreview, printFromPreview } from './Preview';
import { isDirty, redo, setOrganization, undo, useEditor } from '../store/editor';

export function Topbar() {
  const organization = useEditor((s) => s.doc!.report.organization);
  const year = useEditor((s) => s.doc!.report.year);
  const edition = EDITIONS[useEditor((s) => s.doc!.report.edition)];
  const fileName = useEditor((s) => s.fileName);
  const dirty = useEditor(isDirty);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  return (
    <header className="topbar">
      <div className="identity">
        <label className="org">
          <span>机关名称</span>
          <input value={organization} onChange={(e) => setOrganization(e.target.value)} aria-describedby="doc-year doc-edition" />
        </label>
        <span id="doc-year" className="year">
          {year} 年度
        </span>
        <span id="doc-edition" className="edition">
          {edition.id} 年版格式<span className="edition-notice">（{edition.notice}）</span>
        </span>
        <span className="file" data-dirty={dirty}>
          {fileName ?? '未保存的新报告'}
          {dirty && <span className="dirty">（有未保存的修改）</span>}
        </span>
      </div>
      <div className="tools" role="toolbar" aria-label="文件和编辑">
        <button type="button" onClick={() => void backToStart()}>新建</button>
        <button type="button" onClick={() => void openDocument()}>打开…</button>
        <button type="button" onClick={() => void nextYearFromCurrent()} title="以本报告为上年报告，新建下一年度的报告">新建下一年度</button>
        <button type="button" onClick={() => void save(false)} title="Ctrl+S">保存</button>
        <button type="button" onClick={() => void save(true)} title="Ctrl+Shift+S">另存为…</button>
        <button type="button" onClick={openPreview} title="按打印和 PDF 的样子查看全部页面">预览</button>
        <button type="button" onClick={printFromPreview} title="Ctrl+P">打印</button>
        <MenuButton
          label="导出"
          items={[
            { label: '导出 Word…', onSelect: () => void exportReport('docx') },
            { label: '导出 PDF…', onSelect: () => void exportReport('pdf') },
            { label: '导出网页…', onSelect: () => void exportReport('html') },
            { label: '导出网页片段…', title: '粘贴到网站内容管理系统的编辑器', onSelect: () => void exportReport('html-fragment') },
            { label: '复制网页片段', title: '复制后直接粘贴到网站编辑器', onSelect: copyHtmlFragment },
            { label: '导出图解…', title: '一页图解：PNG 图片（另附印刷用 2 倍图）、SVG 或网页片段，含主要指标与上年对比', onSelect: () => void exportGraphic() },
            { label: '发布前检查报告…', title: '按评议要点逐项检查，导出一页的检查报告（PDF 或 Word）', onSelect: openChecklist },
          ]}
        />
        <button type="button" onClick={undo} disabled={!canUndo} title="Ctrl+Z">撤销</button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Ctrl+Y">重做</button>
      </div>
    </header>
  );
}
