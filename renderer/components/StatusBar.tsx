// The bar at the foot of the window, as in Excel: the outcome of the last action (Notice) and,
// while a block of cells is selected, its 求和 and 计数 — amounts added exactly, in millionths.

import { EDITIONS, cellIndex } from '../../shared/formats';
import { cellValues } from '../../shared/reconcile';
import { toMillionths } from '../../shared/report';
import { useEditor } from '../store/editor';
import { selectedRows, useSelection } from '../store/selection';
import { Notice } from './Notice';

/** An exact sum of millionths as a decimal figure ("12.5", "-3"). */
function shown(millionths: bigint): string {
  const sign = millionths < 0n ? '-' : '';
  const digits = (millionths < 0n ? -millionths : millionths).toString().padStart(7, '0');
  const fraction = digits.slice(-6).replace(/0+$/, '');
  return `${sign}${digits.slice(0, -6)}${fraction ? `.${fraction}` : ''}`;
}

/** 求和 of the figures and 计数 of the cells that are not blank ("/" and unreadable text count, as in Excel). */
function SelectionStats() {
  // The rectangle only: typing in the active cell does not re-render this.
  useSelection((s) => `${s.anchor}|${s.extent}|${s.active}`);
  const doc = useEditor((s) => s.doc!);
  const cells = selectedRows(doc.report.edition, useSelection.getState()).flat();
  if (cells.length < 2) return null;
  const values = cellValues(doc.report);
  const index = cellIndex(EDITIONS[doc.report.edition]);
  let sum = 0n;
  let count = 0;
  let figures = 0;
  for (const key of cells) {
    // As the cell shows it: a total as computed (not a figure an import printed).
    const v = index.byKey.get(key)!.derived ? values[key] : doc.report.cells[key];
    if (typeof v === 'number') {
      sum += index.byKey.get(key)!.kind === 'amount' ? BigInt(toMillionths(v)) : BigInt(v) * 1_000_000n;
      figures++;
      count++;
    } else if (doc.invalid[key] || doc.report.notApplicable.includes(key)) count++;
  }
  return (
    <span className="selection-stats" aria-label="选定区域">
      {figures > 0 && <span>求和 {shown(sum)}</span>}
      <span>计数 {count}</span>
    </span>
  );
}

export function StatusBar() {
  const inTable = useSelection((s) => s.active !== null);
  return (
    <footer className="statusbar">
      <Notice />
      {inTable && <SelectionStats />}
    </footer>
  );
}
