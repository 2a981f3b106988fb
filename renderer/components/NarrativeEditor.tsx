// A part's narrative: plain text, one paragraph per line, in a text area that fills the part and
// grows with the text, with its character count, 一键排版, and at wide widths a page-like preview
// that styles each heading level as the export will (一、黑体; （一）楷体; 1. 仿宋).

import { useId, useRef, useState } from 'react';
import type { TextSectionId } from '../../shared/formats';
import { paragraphs } from '../../shared/export/narrative';
import { typeset } from '../../shared/text/typeset';
import { notify, setText, useEditor } from '../store/editor';
import { TextRemarks } from './TextRemarks';
import { TypesetReview } from './TypesetReview';

/** Characters as 字数 counts them in Word: without spaces and line breaks. */
const countOf = (text: string) => text.replace(/\s/g, '').length;

export function NarrativeEditor({ section, label, compact = false }: { section: TextSectionId; label: string; compact?: boolean }) {
  const id = useId();
  const text = useEditor((s) => s.doc!.report.text[section]);
  const [reviewing, setReviewing] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const preview = compact ? [] : paragraphs(text);

  const openReview = () => {
    if (typeset(text).changes.length === 0) notify({ kind: 'info', text: '已检查：没有需要排版的地方。' });
    else setReviewing(true);
  };
  const closeReview = () => {
    setReviewing(false);
    area.current?.focus();
  };

  return (
    <div className={compact ? 'narrative narrative-note' : 'narrative'}>
      <div className="narrative-grid">
        <div className="narrative-edit">
          <div className="narrative-bar">
            <label htmlFor={id}>{label}</label>
            {!compact && (
              <button type="button" onClick={openReview} aria-expanded={reviewing} title="中文之间的半角标点改为全角，删除多余空格，统一编号；先列出修改，确认后应用">
                一键排版
              </button>
            )}
          </div>
          {reviewing && <TypesetReview section={section} onClose={closeReview} />}
          <textarea ref={area} id={id} data-text={section} value={text} rows={compact ? 2 : 12} onChange={(e) => setText(section, e.target.value)} aria-describedby={`${id}-foot`} />
          <TextRemarks section={section} />
          <p id={`${id}-foot`} className="narrative-foot">
            <span className="char-count" data-count={countOf(text)}>
              字数 {countOf(text).toLocaleString('zh-CN')}
            </span>
            {!compact && <span className="hint">每段一行。以“一、”“（一）”“1.”开头的段落按标题层级排版。</span>}
          </p>
        </div>
        {preview.length > 0 && (
          // Focusable: a long preview scrolls, and must scroll by keyboard too (WCAG 2.1.1).
          <section className="narrative-preview" aria-label="按导出格式预览" tabIndex={0}>
            <div className="page">
              {preview.map((p, i) => (
                <p key={i} className={`level-${p.level}`}>
                  {p.lead && <span className="lead">{p.lead}</span>}
                  {p.rest}
                </p>
              ))}
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
