// 审核意见 beside the findings: the open remarks first, each with where it is (a cell, a table, a
// part, the words it concerns — or that those words have since been changed), who wrote it and
// when; 定位 goes to its place, 已处理 resolves it; resolved ones fold away below.

import { memo, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SECTION_NAMES } from '../../shared/formats';
import type { Remark, Report } from '../../shared/report';
import { placeOf, type RemarkPlace } from '../../shared/workflow';
import { goTo, useEditor } from '../store/editor';
import { reopenRemarkNow, resolveRemarkNow } from '../store/life';
import { RemarkForm } from './RemarkForm';
import { focusCell } from './sheetKeys';

/** Goes to a remark's place: its cell focused, or its words selected in the text. */
export function showPlace(place: RemarkPlace): void {
  goTo(place.section);
  requestAnimationFrame(() => {
    if (place.kind === 'cell') focusCell(place.key);
    else if (place.kind === 'text') {
      const area = document.querySelector<HTMLTextAreaElement>(`textarea[data-text="${place.section}"]`);
      area?.focus();
      area?.setSelectionRange(place.start, place.end);
    }
  });
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function where(place: RemarkPlace, remark: Remark): string {
  if (place.kind === 'lapsed') return `${SECTION_NAMES[place.section]}「${remark.quote}」（原文已修改）`;
  if (place.kind === 'text') return `${SECTION_NAMES[place.section]}「${remark.quote}」`;
  return remark.quote;
}

type Where = Pick<Report, 'edition' | 'text'>;

// Memoised on the remark and the texts it is found in: a keystroke in a cell renders none of them.
const Item = memo(function Item({ remark, where: at }: { remark: Remark; where: Where }) {
  const place = placeOf(remark, at);
  const open = remark.resolved === null;
  return (
    <li className={open ? 'remark open' : 'remark resolved'} data-remark={remark.id} data-place={place.kind}>
      <button type="button" className="remark-place" onClick={() => showPlace(place)} title="转到此处">
        {where(place, remark)}
      </button>
      <p className="remark-text">{remark.text}</p>
      <p className="remark-meta">
        {remark.by} · {when(remark.at)}
        {remark.resolved && (
          <>
            {' '}
            · 已处理（{remark.resolved.by} · {when(remark.resolved.at)}
            {remark.resolved.note && `：${remark.resolved.note}`}）
          </>
        )}
      </p>
      {open ? (
        <button type="button" onClick={() => resolveRemarkNow(remark.id)}>
          已处理
        </button>
      ) : (
        <button type="button" onClick={() => reopenRemarkNow(remark.id)}>
          重新打开
        </button>
      )}
    </li>
  );
});

export function RemarksPanel() {
  const [remarks, edition, text] = useEditor(useShallow((s) => [s.doc!.report.workflow.remarks, s.doc!.report.edition, s.doc!.report.text] as const));
  const at = useMemo(() => ({ edition, text }), [edition, text]);
  const [adding, setAdding] = useState(false);
  const open = remarks.filter((r) => r.resolved === null);
  const resolved = remarks.filter((r) => r.resolved !== null);
  return (
    <section className="remarks" aria-labelledby="remarks-title">
      <h2 id="remarks-title">审核意见{open.length > 0 && <span className="count count-warning">{open.length}</span>}</h2>
      {adding ? (
        <RemarkForm onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)} title="先选中单元格或正文中的文字，再添加意见">
          添加审核意见
        </button>
      )}
      {open.length > 0 && (
        <ul aria-label="未处理的审核意见">
          {open.map((r) => (
            <Item key={r.id} remark={r} where={at} />
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <details>
          <summary>已处理 {resolved.length} 条</summary>
          <ul>
            {resolved.map((r) => (
              <Item key={r.id} remark={r} where={at} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
