// The findings beside the form, grouped by part in the order of the report, errors first and
// warnings the clerk accepted (已说明) last; optionally only the part being edited. Each keeps
// its place in the list while the findings change (keyed by rule and place, not by position).

import { useState } from 'react';
import { create } from 'zustand';
import { anchorOf, type Finding } from '../../shared/reconcile';
import { SECTION_NAMES, type TextSectionId } from '../../shared/formats';
import type { Report } from '../../shared/report';
import { dismissNotes, goTo, useEditor } from '../store/editor';
import { PART_IDS, countOpen, findingsOf, partOf } from '../store/findings';
import { openChecklist } from './ChecklistDialog';
import { FindingItem } from './FindingItem';

import './findings.css';

/** Whether the panel shows only the part being edited (kept while the panel comes and goes). */
export const usePanelView = create<{ currentPartOnly: boolean }>(() => ({ currentPartOnly: false }));

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };
const rank = (f: Finding) => (f.acknowledged === undefined ? ORDER[f.severity] : 3);

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

/**
 * A part lists its first findings (errors first); the rest on request. A draft at its caps can
 * have a thousand notes, and the page would otherwise lay them all out on every keystroke.
 */
const SHOWN_PER_PART = 50;

function Group({ part, findings, report, explained }: { part: TextSectionId; findings: Finding[]; report: Report; explained: Set<string> }) {
  const headingId = `findings-${part}`;
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, SHOWN_PER_PART);
  // Keyed by rule and place (and which repetition of both), so an item keeps its place as findings change.
  const seen = new Map<string, number>();
  const items = shown.map((finding) => {
    const anchor = anchorOf(finding, report);
    const base = `${finding.rule}|${anchor}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { finding, anchor, key: `${base}|${n}` };
  });
  return (
    <section className="finding-group" aria-labelledby={headingId} data-group={part}>
      <h3 id={headingId}>
        <button type="button" onClick={() => goTo(part)}>
          {SECTION_NAMES[part]}
        </button>
      </h3>
      <ul>
        {items.map(({ finding, anchor, key }) => {
          // One explanation field per overridable rule (T3-05), under its first finding.
          const explain = !explained.has(finding.rule);
          explained.add(finding.rule);
          return <FindingItem key={key} finding={finding} anchor={anchor} explain={explain} />;
        })}
      </ul>
      {shown.length < findings.length && (
        <button type="button" className="more-findings" onClick={() => setAll(true)}>
          显示其余 {findings.length - shown.length} 项
        </button>
      )}
    </section>
  );
}

export function FindingsPanel() {
  const findings = useEditor((s) => findingsOf(s.doc!, s.prior));
  const report = useEditor((s) => s.doc!.report);
  const view = useEditor((s) => s.part);
  const currentPartOnly = usePanelView((s) => s.currentPartOnly);
  const count = (sev: Finding['severity']) => countOpen(findings, sev);
  const acknowledged = findings.filter((f) => f.acknowledged !== undefined).length;
  const onePart = currentPartOnly && view !== 'units' && view !== 'compare' && view !== 'trend' && view !== 'versions' ? view : null;

  const byPart = new Map<TextSectionId, Finding[]>(PART_IDS.map((p) => [p, []]));
  for (const finding of [...findings].sort((a, b) => rank(a) - rank(b))) {
    const part = partOf(finding);
    if (onePart && part !== onePart) continue;
    byPart.get(part)!.push(finding);
  }
  const groups = [...byPart].filter(([, items]) => items.length > 0);
  const explained = new Set<string>();

  return (
    <aside className="findings" aria-labelledby="findings-title">
      <div className="findings-head">
        <h2 id="findings-title">检查结果</h2>
        <button type="button" className="checklist-open" onClick={openChecklist} title="按评议要点逐项检查，并导出一页的检查报告">
          发布前检查
        </button>
      </div>
      <Notes />
      <p className="summary">
        错误 <strong>{count('error')}</strong> · 警告 <strong>{count('warning')}</strong> · 提示 <strong>{count('info')}</strong>
        {acknowledged > 0 && <> · 已说明 {acknowledged}</>}
      </p>
      <label className="findings-filter">
        <input type="checkbox" checked={currentPartOnly} onChange={(e) => usePanelView.setState({ currentPartOnly: e.target.checked })} />
        只看当前部分
      </label>
      {findings.length === 0 && <p className="all-clear">未发现问题。</p>}
      {findings.length > 0 && groups.length === 0 && <p className="all-clear">本部分未发现问题。</p>}
      {groups.map(([part, items]) => (
        <Group key={part} part={part} findings={items} report={report} explained={explained} />
      ))}
    </aside>
  );
}
