// A part's narrative: plain text, one paragraph per line, with a preview that styles each
// heading level as the export will (一、黑体; （一）楷体; 1. 仿宋), recognised from its numbering.

import { useId } from 'react';
import type { TextSectionId } from '../../shared/formats';
import { paragraphs } from '../../shared/export/narrative';
import { setText, useEditor } from '../store/editor';

export function NarrativeEditor({ section, label, rows }: { section: TextSectionId; label: string; rows: number }) {
  const id = useId();
  const text = useEditor((s) => s.doc!.report.text[section]);
  const preview = paragraphs(text);
  return (
    <div className="narrative">
      <div className="narrative-edit">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} data-text={section} value={text} rows={rows} onChange={(e) => setText(section, e.target.value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="hint">
          每段一行。以“一、”“（一）”“1.”开头的段落按标题层级排版。
        </p>
      </div>
      {preview.length > 0 && (
        // Focusable: a long preview scrolls, and must scroll by keyboard too (WCAG 2.1.1).
        <section className="narrative-preview" aria-label="按导出格式预览" tabIndex={0}>
          {preview.map((p, i) => (
            <p key={i} className={`level-${p.level}`}>
              {p.lead && <span className="lead">{p.lead}</span>}
              {p.rest}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
