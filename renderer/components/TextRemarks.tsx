// The open review remarks on a part's text, under its text area: each quotes the words it is
// about and selects them in the text on a click (a text area cannot colour its own words).

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { placeOf } from '../../shared/workflow';
import type { TextSectionId } from '../../shared/formats';
import { useEditor } from '../store/editor';
import { showPlace } from './RemarksPanel';

export function TextRemarks({ section }: { section: TextSectionId }) {
  // The remarks and the texts, not the report: a keystroke in a cell leaves both as they were.
  const [remarks, edition, text] = useEditor(useShallow((s) => [s.doc!.report.workflow.remarks, s.doc!.report.edition, s.doc!.report.text] as const));
  const here = useMemo(
    () => remarks.filter((r) => r.resolved === null).map((remark) => ({ remark, place: placeOf(remark, { edition, text }) })),
    [remarks, edition, text],
  )
    .filter(({ place }) => place.section === section && (place.kind === 'text' || place.kind === 'part' || place.kind === 'lapsed'));
  if (here.length === 0) return null;
  return (
    <ul className="text-remarks" aria-label="本部分的审核意见">
      {here.map(({ remark, place }) => (
        <li key={remark.id} data-remark={remark.id}>
          <span className="text-remarks-label">审核意见</span>
          {place.kind === 'part' ? '（整个部分）' : (
            <button type="button" onClick={() => showPlace(place)} disabled={place.kind === 'lapsed'} title={place.kind === 'lapsed' ? '原文已修改' : '在正文中选中这些文字'}>
              「{remark.quote}」{place.kind === 'lapsed' && '（原文已修改）'}
            </button>
          )}
          ：{remark.text}（{remark.by}）
        </li>
      ))}
    </ul>
  );
}
