// 全部改为“2024年”: the years left from last year's report whose fix is certain (TXT-01), all
// at once — listed first, each with its context and a tick to keep or leave it, then made in one
// undo step. Shown above the findings when there are two or more.

import { useEffect, useRef, useState } from 'react';
import { SECTION_NAMES } from '../../shared/formats';
import type { Finding } from '../../shared/reconcile';
import { applyTextFixes, notify, useEditor } from '../store/editor';
import { findingsOf } from '../store/findings';

type Certain = Finding & Required<Pick<Finding, 'fix' | 'text'>>;

const CONTEXT = 14;

// One list per findings array: a store selector must answer with the same object while nothing changed.
const lists = new WeakMap<readonly Finding[], Certain[]>();

function certainYears(findings: readonly Finding[]): Certain[] {
  let list = lists.get(findings);
  if (!list) lists.set(findings, (list = findings.filter((f): f is Certain => f.rule === 'TXT-01' && f.fix !== undefined && f.text !== undefined && f.acknowledged === undefined)));
  return list;
}

export function YearFixes() {
  const fixes = useEditor((s) => certainYears(findingsOf(s.doc!, s.prior)));
  const [open, setOpen] = useState(false);
  if (fixes.length < 2 && !open) return null;
  return (
    <div className="bulk-fix">
      <span>有 {fixes.length} 处年份可能是上年报告留下的。</span>
      <button type="button" className="fix" onClick={() => setOpen(true)}>
        全部{fixes[0]?.fix.label ?? '修改'}…
      </button>
      {open && <YearFixReview onClose={() => setOpen(false)} />}
    </div>
  );
}

function YearFixReview({ onClose }: { onClose: () => void }) {
  const fixes = useEditor((s) => certainYears(findingsOf(s.doc!, s.prior)));
  const text = useEditor((s) => s.doc!.report.text);
  const [left, setLeft] = useState<ReadonlySet<number>>(new Set());
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  const chosen = fixes.filter((_, i) => !left.has(i));
  const apply = () => {
    applyTextFixes(chosen.map((f) => ({ ...f.text, replacement: f.fix.replacement })));
    notify({ kind: 'info', text: `已修改 ${chosen.length} 处年份（Ctrl+Z 可撤销）。` });
    ref.current?.close();
  };
  const toggle = (i: number) => setLeft((was) => (was.has(i) ? new Set([...was].filter((j) => j !== i)) : new Set([...was, i])));
  return (
    <dialog ref={ref} className="question year-fixes" aria-labelledby="year-fixes-title" onClose={onClose}>
      <p id="year-fixes-title" className="question-message">
        {fixes[0]?.fix.label ?? '修改年份'}：共 {fixes.length} 处
      </p>
      <p className="question-detail">去掉勾选的，保持原样。</p>
      <ol className="review-list" tabIndex={0} aria-label="将要修改的年份">
        {fixes.map((f, i) => {
          const body = text[f.text.section];
          return (
            <li key={`${f.text.section}:${f.text.start}`}>
              <label>
                <input type="checkbox" checked={!left.has(i)} onChange={() => toggle(i)} />
                <span className="review-where">{SECTION_NAMES[f.text.section]}</span> …{body.slice(Math.max(0, f.text.start - CONTEXT), f.text.start)}
                <del>{body.slice(f.text.start, f.text.end)}</del>
                <ins>{f.fix.replacement}</ins>
                {body.slice(f.text.end, f.text.end + CONTEXT)}…
              </label>
            </li>
          );
        })}
      </ol>
      <div className="question-choices">
        <button type="button" className="primary" onClick={apply} disabled={chosen.length === 0}>
          修改选中的 {chosen.length} 处
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          取消
        </button>
      </div>
    </dialog>
  );
}
