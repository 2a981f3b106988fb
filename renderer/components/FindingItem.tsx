// One finding in the panel: its message first, the rule id small; a click goes to its place.
// Below it the certain fix, if any, and for a warning or note the clerk's 说明 — a reason for
// leaving it as it is, saved with the draft (errors take none, except T3-05's explanation).

import { memo, useId, useState } from 'react';
import { convertTo2021 } from '../../shared/draft/rollForward';
import { RULES, canAcknowledge, type Finding } from '../../shared/reconcile';
import { acknowledge, applyTextFix, goTo, replaceReport, setExplanation, useEditor, withdrawAcknowledgement } from '../store/editor';
import { partOf } from '../store/findings';
import { focusCell } from './ValueCell';

const WORDS: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

function show(f: Finding): void {
  goTo(partOf(f));
  // After the part has rendered.
  requestAnimationFrame(() => {
    if (f.text) {
      const area = document.querySelector<HTMLTextAreaElement>(`[data-text="${f.text.section}"]`);
      if (area) {
        area.focus();
        area.setSelectionRange(f.text.start, f.text.end);
        return;
      }
    }
    if (f.cells.length === 0 || !focusCell(f.cells[0])) document.getElementById('part-title')?.focus();
  });
}

/** Selects one of the places a finding speaks of (TXT-02: each sentence repeated from last year). */
function showMark(mark: NonNullable<Finding['marks']>[number]): void {
  goTo(mark.section);
  requestAnimationFrame(() => {
    const area = document.querySelector<HTMLTextAreaElement>(`[data-text="${mark.section}"]`);
    area?.focus();
    area?.setSelectionRange(mark.start, mark.end);
  });
}

/** Every repeated sentence, one button each: the text area can show one selection at a time. */
function Marks({ marks }: { marks: NonNullable<Finding['marks']> }) {
  if (marks.length < 2) return null;
  return (
    <p className="marks">
      <span>逐句查看：</span>
      {marks.map((m, i) => (
        <button key={`${m.section}:${m.start}`} type="button" onClick={() => showMark(m)} aria-label={`第 ${i + 1} 句`}>
          {i + 1}
        </button>
      ))}
    </p>
  );
}

function convert(): void {
  const report = useEditor.getState().doc!.report;
  const { report: converted, notes } = convertTo2021(report);
  replaceReport(converted, notes.map((n) => n.message));
}

/** The certain correction, one click (and one undo) away. */
function Fix({ finding }: { finding: Finding }) {
  if (finding.rule === 'S-03') {
    return (
      <button type="button" className="fix" onClick={convert}>
        转换为 2021 年版格式
      </button>
    );
  }
  const { fix, text } = finding;
  if (!fix || !text) return null;
  return (
    <button type="button" className="fix" onClick={() => applyTextFix(text.section, text.start, text.end, fix.replacement)}>
      {fix.label}
    </button>
  );
}

/** T3-05: the statute lets a reason stand for the error (机构改革, 统计口径调整). */
function Explanation({ rule }: { rule: string }) {
  const text = useEditor((s) => s.doc!.report.explanations[rule] ?? '');
  return (
    <label className="explain">
      <span>说明（如机构改革、统计口径调整）</span>
      <textarea rows={2} value={text} onChange={(e) => setExplanation(rule, e.target.value)} />
    </label>
  );
}

/** The clerk's reason for leaving a warning as it is. */
function Acknowledge({ finding, anchor, onDone }: { finding: Finding; anchor: string; onDone: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <form
      className="acknowledge"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() === '') return;
        acknowledge(finding.rule, anchor, reason);
        onDone();
      }}
    >
      <label htmlFor={id}>说明不修改的理由（保存在报告文件中）</label>
      <textarea id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <div className="acknowledge-actions">
        <button type="submit" disabled={reason.trim() === ''}>
          确认说明
        </button>
        <button type="button" onClick={onDone}>
          取消
        </button>
      </div>
    </form>
  );
}

interface Props {
  finding: Finding;
  anchor: string;
  explain: boolean;
}

/** Each change of the report makes new findings; an item re-renders only when its own did change. */
const same = (a: Props, b: Props): boolean => {
  const [f, g] = [a.finding, b.finding];
  return (
    a.anchor === b.anchor &&
    a.explain === b.explain &&
    f.severity === g.severity &&
    f.message === g.message &&
    f.acknowledged === g.acknowledged &&
    f.fix?.replacement === g.fix?.replacement &&
    f.text?.start === g.text?.start &&
    f.text?.end === g.text?.end &&
    f.marks?.map((m) => m.start).join() === g.marks?.map((m) => m.start).join() &&
    f.cells[0] === g.cells[0]
  );
};

export const FindingItem = memo(function FindingItem({ finding, anchor, explain }: Props) {
  const [acknowledging, setAcknowledging] = useState(false);
  const acknowledged = finding.acknowledged !== undefined;
  const overridable = RULES[finding.rule]?.overridable;
  return (
    <li
      className={`finding ${finding.severity}${acknowledged ? ' acknowledged' : ''}`}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-acknowledged={acknowledged || undefined}
    >
      <button type="button" className="finding-go" onClick={() => show(finding)}>
        <span className="message">{finding.message}</span>
        <span className="meta">
          <span className="sev">{acknowledged ? `${WORDS[finding.severity]}（已说明）` : WORDS[finding.severity]}</span>
          <span className="rule">{finding.rule}</span>
        </span>
      </button>
      {acknowledged ? (
        <p className="ack-reason">
          <span>说明：{finding.acknowledged}</span>
          <button type="button" onClick={() => withdrawAcknowledgement(finding.rule, anchor)}>
            撤销说明
          </button>
        </p>
      ) : (
        <div className="finding-actions">
          <Fix finding={finding} />
          {canAcknowledge(finding) && !overridable && !acknowledging && (
            <button type="button" className="ack" onClick={() => setAcknowledging(true)}>
              说明…
            </button>
          )}
        </div>
      )}
      {finding.marks && <Marks marks={finding.marks} />}
      {acknowledging && <Acknowledge finding={finding} anchor={anchor} onDone={() => setAcknowledging(false)} />}
      {explain && overridable && <Explanation rule={finding.rule} />}
    </li>
  );
}, same);
