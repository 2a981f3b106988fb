// Adding a review remark (审核意见) to what the reviewer marked last: the cell they were in, the
// words they selected in a text, or else the part (or the table) as a whole.

import { useId, useState, type FormEvent } from 'react';
import { TABLE_PARTS, type TableId, type TextSectionId } from '../../shared/formats';
import { TEXT_SECTIONS } from '../../shared/report';
import { TABLE_NAMES, quoteOf, type RemarkTarget } from '../../shared/workflow';
import { useEditor } from '../store/editor';
import { addRemarkNow } from '../store/life';

/** The cell or text field the reviewer was in last: its selection is still there when they click here. */
let lastField: HTMLInputElement | HTMLTextAreaElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    const el = e.target as HTMLElement;
    if (el.matches('input[data-cell], textarea[data-text]')) lastField = el as HTMLInputElement | HTMLTextAreaElement;
  });
}

/** What the reviewer has marked, from the most precise to the whole part. */
export function markedTargets(part: TextSectionId): RemarkTarget[] {
  const out: RemarkTarget[] = [];
  const field = lastField?.isConnected ? lastField : null;
  if (field instanceof HTMLTextAreaElement && field.dataset.text === part && field.selectionEnd > field.selectionStart) {
    out.push({ kind: 'text', section: part, start: field.selectionStart, end: field.selectionEnd });
  }
  if (field instanceof HTMLInputElement && field.dataset.cell && TABLE_PARTS[field.dataset.cell.split('.')[0] as TableId] === part) {
    out.push({ kind: 'cell', key: field.dataset.cell });
  }
  const table = (Object.keys(TABLE_PARTS) as TableId[]).find((t) => TABLE_PARTS[t] === part);
  if (table) out.push({ kind: 'table', table });
  out.push({ kind: 'part', section: part });
  return out;
}

export function RemarkForm({ onDone }: { onDone(): void }) {
  const id = useId();
  const view = useEditor((s) => s.part);
  const part: TextSectionId = isSection(view) ? view : 'preamble';
  const [targets] = useState(() => markedTargets(part));
  const [chosen, setChosen] = useState(0);
  const [text, setText] = useState('');
  const report = useEditor((s) => s.doc!.report);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (addRemarkNow(targets[chosen], text)) onDone();
  };
  const label = (t: RemarkTarget) => (t.kind === 'table' ? `${TABLE_NAMES[t.table]}（整表）` : t.kind === 'text' ? `所选文字“${short(quoteOf(report, t))}”` : quoteOf(report, t));
  return (
    <form className="remark-form" aria-label="添加审核意见" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <fieldset>
        <legend>针对</legend>
        {targets.map((t, i) => (
          <label key={i}>
            <input type="radio" name={`${id}-target`} checked={chosen === i} onChange={() => setChosen(i)} />
            {label(t)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`}>意见</label>
      <textarea id={`${id}-text`} rows={3} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} autoFocus />
      <div className="step-form-buttons">
        <button type="submit" className="primary">
          添加
        </button>
        <button type="button" onClick={onDone}>
          取消
        </button>
      </div>
    </form>
  );
}

const isSection = (v: string): v is TextSectionId => (TEXT_SECTIONS as readonly string[]).includes(v);
const short = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);
