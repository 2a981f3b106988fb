// 发布前检查 (issue 24): the one-page 检查报告 as it will print — every checklist item with ✓ / ✗ /
// 请核对 and the findings behind it, drawn from the same print layout as its PDF — with its exports
// and the choice of last year's report (a draft, or a published report imported).

import { useMemo } from 'react';
import { create } from 'zustand';
import { STATUS_MARKS, checklistLayout, checklistOf } from '../../shared/checklist';
import { choosePrior, exportChecklist } from '../checklist';
import { useEditor } from '../store/editor';
import { findingsOf } from '../store/findings';
import { useLexicon } from '../store/lexicon';
import { PreviewPage } from './Preview';
import { useModalFocus } from './useModalFocus';

import './checklist.css';

const useChecklistView = create<{ open: boolean }>(() => ({ open: false }));
export const openChecklist = (): void => useChecklistView.setState({ open: true });
const closeChecklist = (): void => useChecklistView.setState({ open: false });

const today = () => {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
};

export function ChecklistDialog() {
  const open = useChecklistView((s) => s.open);
  const doc = useEditor((s) => s.doc);
  const prior = useEditor((s) => s.prior);
  const lexicon = useLexicon();
  const page = useMemo(() => {
    if (!open || !doc) return null;
    const findings = findingsOf(doc, prior);
    const comparable = prior && prior.year === doc.report.year - 1 ? prior : null;
    return checklistOf({ report: doc.report, findings, prior: comparable, officeEntries: lexicon.entries.length, date: today() });
  }, [open, doc, prior, lexicon]);
  const pages = useModalFocus(open, closeChecklist);
  if (!page || !doc) return null;
  const layout = checklistLayout(page, doc.report.exportOptions);
  const count = (status: keyof typeof STATUS_MARKS) => page.rows.filter((r) => r.status === status).length;
  return (
    <div className="preview checklist" role="dialog" aria-modal="true" aria-labelledby="checklist-title" data-status={page.status}>
      <div className="preview-bar">
        <h2 id="checklist-title">发布前检查</h2>
        <span className="preview-count" data-testid="checklist-counts">
          {STATUS_MARKS.fail} {count('fail')} 项 · {STATUS_MARKS.check} {count('check')} 项 · {STATUS_MARKS.pass} {count('pass')} 项
        </span>
        <span className="checklist-prior">
          上年报告：{prior ? `${prior.organization} ${prior.year} 年度` : '未选择'}
          <button type="button" onClick={() => void choosePrior('draft')} title="选择上年的年报草稿（.nianbao）">选择上年草稿…</button>
          <button type="button" onClick={() => void choosePrior('published')} title="导入上年已发布的年报（网页、Word、PDF）作为上年报告">导入上年发布的年报…</button>
        </span>
        <span className="preview-actions">
          <button type="button" className="primary" onClick={() => void exportChecklist('pdf')}>导出 PDF…</button>
          <button type="button" onClick={() => void exportChecklist('docx')}>导出 Word…</button>
          <button type="button" onClick={closeChecklist} title="Esc">关闭</button>
        </span>
        {lexicon.problems.length > 0 && (
          <p className="checklist-lexicon" role="note">
            {lexicon.fileName} 有 {lexicon.problems.length} 行未能读取，已跳过：{lexicon.problems.slice(0, 3).join('；')}
            {lexicon.problems.length > 3 ? '……' : ''}
          </p>
        )}
      </div>
      <div className="preview-pages" ref={pages} tabIndex={0} aria-label="检查报告">
        {layout.pages.map((p) => (
          <PreviewPage key={p.number} page={p} options={layout.options} />
        ))}
      </div>
    </div>
  );
}
