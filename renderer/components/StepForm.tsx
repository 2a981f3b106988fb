// The few words a step takes before it is recorded: a note (退回: what to change; 签发: the
// leader's instruction), and for 发布 the date it was published and the portal address.

import { useId, useState, type FormEvent } from 'react';
import type { WorkflowStep } from '../../shared/report';
import { STEP_NAMES } from '../../shared/workflow';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const NOTE_LABELS: Record<WorkflowStep, string> = {
  submit: '送审说明（可选）',
  approve: '审核意见（可选）',
  return: '退回说明（具体修改意见请在“审核意见”中逐条添加）',
  sign: '签发意见（可选）',
  file: '备案说明（可选）',
  publish: '说明（可选）',
};

export function StepForm({ step, onRecord, onCancel }: { step: WorkflowStep; onRecord(details: { note: string; date: string | null; url: string | null }): void; onCancel(): void }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [date, setDate] = useState(today);
  const [url, setUrl] = useState('');
  const publish = step === 'publish';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRecord({ note, date: publish ? date : null, url: publish && url.trim() ? url.trim() : null });
  };
  return (
    <form className="step-form" aria-label={`记录“${STEP_NAMES[step]}”`} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {publish && (
        <>
          <label htmlFor={`${id}-date`}>发布日期</label>
          <input id={`${id}-date`} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          <label htmlFor={`${id}-url`}>网址（可选）</label>
          <input id={`${id}-url`} type="url" value={url} placeholder="https://" onChange={(e) => setUrl(e.target.value)} />
        </>
      )}
      <label htmlFor={`${id}-note`}>{NOTE_LABELS[step]}</label>
      <textarea id={`${id}-note`} rows={2} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} autoFocus={!publish} />
      <div className="step-form-buttons">
        <button type="submit" className="primary">
          记录“{STEP_NAMES[step]}”
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
