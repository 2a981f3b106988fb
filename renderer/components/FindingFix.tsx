// A finding's one-click correction, where it is certain: the text's fix (a narrative finding),
// 转换为 2021 年版格式 (S-03), or 采用计算值 for a printed total against its own figures.

import { convertTo2021 } from '../../shared/draft/rollForward';
import { EDITIONS, cellIndex, type EditionId } from '../../shared/formats';
import { cellValues, type Finding } from '../../shared/reconcile';
import { adoptComputedTotal, applyTextFix, replaceReport, statedTotal, useEditor } from '../store/editor';

function convert(): void {
  const report = useEditor.getState().doc!.report;
  const { report: converted, notes } = convertTo2021(report);
  replaceReport(converted, notes.map((n) => n.message));
}

/** The rules that compare a printed total with the form's sum (T3-02, T3-03, T4-02). */
const STATED_TOTAL_RULES = new Set(['T3-02', 'T3-03', 'T4-02']);

/** 采用计算值: the printed total goes, the computed one (what every export prints) stands. */
function AdoptComputed({ cell }: { cell: string }) {
  const computed = useEditor((s) => (statedTotal(s.doc!.report, cell) === null ? null : cellValues(s.doc!.report)[cell]));
  if (computed === null || computed === undefined) return null;
  return (
    <button type="button" className="fix" onClick={() => adoptComputedTotal(cell)}>
      采用计算值 {computed}
    </button>
  );
}

/** One printed total against its own figures (not a misplacement across several totals, which the clerk must sort out). */
function statedTotalOf(finding: Finding, edition: EditionId): string | null {
  const [total, ...addends] = finding.cells;
  const sumOf = total === undefined ? undefined : cellIndex(EDITIONS[edition]).byKey.get(total)?.derived?.sumOf;
  return STATED_TOTAL_RULES.has(finding.rule) && sumOf && sumOf.length === addends.length && sumOf.every((k, i) => k === addends[i]) ? total : null;
}

/** The certain correction, one click (and one undo) away. */
export function Fix({ finding }: { finding: Finding }) {
  const edition = useEditor((s) => s.doc!.report.edition);
  const total = statedTotalOf(finding, edition);
  if (total) return <AdoptComputed cell={total} />;
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
