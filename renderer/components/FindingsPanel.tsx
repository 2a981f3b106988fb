// Every finding, errors first. Clicking one opens its part and focuses its first cell; a rule
// that allows an override (T3-05) takes the clerk's explanation, saved with the draft.

import { convertTo2021 } from '../../shared/draft/rollForward';
import { RULES, type Finding } from '../../shared/reconcile';
import { findingsOf, partOf } from '../store/findings';
import { applyTextFix, dismissNotes, goTo, replaceReport, setExplanation, useEditor } from '../store/editor';
import { focusCell } from './ValueCell';

const WORDS: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

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

/** The obvious correction, one click (and one undo) away. */
function Fix({ finding }: { finding: Finding }) {
  if (finding.rule === 'S-03') {
    return (
      <button type="button" className="fix" onClick={() => convert()}>
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

function convert(): void {
  const report = useEditor.getState().doc!.report;
  const { report: converted, notes } = convertTo2021(report);
  replaceReport(converted, notes.map((n) => n.message));
}

function Explanation({ rule }: { rule: string }) {
  const text = useEditor((s) => s.doc!.report.explanations[rule] ?? '');
  return (
    <label className="explain">
      <span>说明（如机构改革、统计口径调整）</span>
      <textarea rows={2} value={text} onChange={(e) => setExplanation(rule, e.target.value)} />
    </label>
  );
}

/** What rolling last year's draft forward changed or could not carry over. */
function Notes() {
  const notes = useEditor((s) => s.notes);
  if (notes.length === 0) return null;
  return (
    <details className="conversion-notes" open>
      <summary>说明（{notes.length} 条）</summary>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotes}>
        知道了
      </button>
    </details>
  );
}

export function FindingsPanel() {
  const findings = useEditor((s) => findingsOf(s.doc!, s.prior));
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const count = (sev: Finding['severity']) => findings.filter((f) => f.severity === sev).length;
  const explainable = new Set<string>();
  return (
    <aside className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">检查结果</h2>
      <Notes />
      <p className="summary">
        错误 <strong>{count('error')}</strong> · 警告 <strong>{count('warning')}</strong> · 提示 <strong>{count('info')}</strong>
      </p>
      {findings.length === 0 && <p className="all-clear">未发现问题。</p>}
      <ul>
        {sorted.map((f, i) => {
          // One explanation field per rule, under its first finding.
          const explain = RULES[f.rule]?.overridable && !explainable.has(f.rule);
          if (explain) explainable.add(f.rule);
          return (
            <li key={`${f.rule}-${i}`} className={`finding ${f.severity}`} data-rule={f.rule} data-severity={f.severity}>
              <button type="button" onClick={() => show(f)}>
                <span className="sev">{WORDS[f.severity]}</span> <span className="rule">{f.rule}</span> {f.message}
              </button>
              <Fix finding={f} />
              {explain && <Explanation rule={f.rule} />}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
