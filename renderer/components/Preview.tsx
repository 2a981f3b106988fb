// 预览: the whole report as the A4 pages that 导出 PDF and 打印 produce — drawn from the same
// print layout (shared/export/print) with the same styles, so what the clerk sees is the paper.
// Also where the clerk picks the fonts (saved in the draft) and prints.

import { useMemo } from 'react';
import { create } from 'zustand';
import { PAGE_STYLE, itemStyle, printLayout, runStyle, type PrintPage } from '../../shared/export/print';
import type { ExportOptions } from '../../shared/report';
import { exportReport, printReport } from '../actions';
import { setExportFonts, useEditor } from '../store/editor';
import { useModalFocus } from './useModalFocus';

const usePreview = create<{ open: boolean }>(() => ({ open: false }));
export const openPreview = (): void => usePreview.setState({ open: true });
export const closePreview = (): void => usePreview.setState({ open: false });

/** The print command: the clerk sees what goes to the printer while its dialog is open. */
export function printFromPreview(): void {
  openPreview();
  void printReport();
}

export function Preview() {
  const open = usePreview((s) => s.open);
  const report = useEditor((s) => s.doc?.report ?? null);
  const layout = useMemo(() => (open && report ? printLayout(report) : null), [open, report]);
  const pages = useModalFocus(open, closePreview);
  if (!layout) return null;
  return (
    <div className="preview" role="dialog" aria-modal="true" aria-labelledby="preview-title">
      <div className="preview-bar">
        <h2 id="preview-title">打印预览</h2>
        <span className="preview-count">A4，共 {layout.pages.length} 页</span>
        <label className="preview-fonts">
          字体
          <select value={layout.options.fonts} onChange={(e) => setExportFonts(e.target.value as ExportOptions['fonts'])}>
            <option value="gb2312">仿宋_GB2312、楷体_GB2312（公文常用）</option>
            <option value="common">仿宋、楷体（电脑没有 GB2312 字体时）</option>
          </select>
        </label>
        <span className="preview-actions">
          <button type="button" className="primary" onClick={() => void printReport()} title="Ctrl+P">打印…</button>
          <button type="button" onClick={() => void exportReport('pdf')}>导出 PDF…</button>
          <button type="button" onClick={closePreview} title="Esc">关闭预览</button>
        </span>
      </div>
      {/* Focusable: the pages scroll, by keyboard too (WCAG 2.1.1). */}
      <div className="preview-pages" ref={pages} tabIndex={0} aria-label="报告页面">
        {layout.pages.map((page) => (
          <PreviewPage key={page.number} page={page} options={layout.options} />
        ))}
      </div>
    </div>
  );
}

export function PreviewPage({ page, options }: { page: PrintPage; options: ExportOptions }) {
  return (
    <section className="preview-page" style={PAGE_STYLE} aria-label={`第 ${page.number} 页`} data-page={page.number}>
      {page.items.map((item, i) => {
        if (item.kind === 'box') return <div key={i} style={itemStyle(item)} />;
        const [only, ...more] = item.runs;
        if (more.length === 0) return <div key={i} style={{ ...itemStyle(item), ...runStyle(only, options) }}>{only.text}</div>;
        return (
          <div key={i} style={{ ...itemStyle(item), ...runStyle({ text: '', font: 'body' }, options) }}>
            {item.runs.map((run, j) => (
              <span key={j} style={runStyle(run, options)}>{run.text}</span>
            ))}
          </div>
        );
      })}
    </section>
  );
}
