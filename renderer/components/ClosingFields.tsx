// Part 六's closing block (GB/T 9704 §7.3.5): 署名 and 成文日期, printed under the text in every
// export. Left empty they take their defaults — the organisation, and 发布日期 — which are shown.

import { useId } from 'react';
import { chineseDate } from '../../shared/export/closing';
import { setClosing, useEditor } from '../store/editor';

export function ClosingFields() {
  const id = useId();
  const closing = useEditor((s) => s.doc!.report.closing);
  const organization = useEditor((s) => s.doc!.report.organization);
  const publishDate = useEditor((s) => s.doc!.report.publishDate);
  const date = closing.date ?? publishDate;
  return (
    <fieldset className="closing-fields">
      <legend>落款（署名和成文日期）</legend>
      <div className="fee">
        <label htmlFor={`${id}-signature`}>署名</label>
        <input
          id={`${id}-signature`}
          value={closing.signature ?? ''}
          placeholder={organization}
          onChange={(e) => setClosing({ signature: e.target.value.trim() === '' ? null : e.target.value })}
          aria-describedby={`${id}-hint`}
        />
      </div>
      <div className="fee">
        <label htmlFor={`${id}-date`}>成文日期</label>
        <input id={`${id}-date`} type="date" value={closing.date ?? ''} onChange={(e) => setClosing({ date: e.target.value === '' ? null : e.target.value })} aria-describedby={`${id}-hint`} />
      </div>
      <p id={`${id}-hint`} className="hint">
        {`正文下空一行右空二字署“${closing.signature?.trim() || organization || '机关名称'}”，其下${date ? `写“${chineseDate(date)}”` : '的成文日期尚未填写（未填写时用发布日期）'}。`}
        {closing.signature === null && '署名未填写时用机关名称。'}
      </p>
    </fieldset>
  );
}
