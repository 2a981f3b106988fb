// Reconcile of a full 2021-edition report (target: median ≤ 0.1 ms), the way the editor calls
// it: a new report object per keystroke, so no cached values are reused.

import { EDITIONS, cellIndex } from '../../shared/formats';
import { reconcile } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import type { Figure } from './run';
import { loadSample } from './sample';
import { quantile, timeEach } from './stats';

const RUNS = 5000;
const WARMUP = 500;

export function reconcileBench(): Figure[] {
  const report = loadSample();
  const entered = cellIndex(EDITIONS[report.edition]).entered;
  const variants: Report[] = Array.from({ length: RUNS + WARMUP }, (_, i) => {
    const cell = entered[i % entered.length];
    return { ...report, cells: { ...report.cells, [cell.key]: (report.cells[cell.key] ?? 0) + (i % 3) } };
  });
  timeEach(variants.slice(0, WARMUP), (r) => reconcile(r));
  const times = timeEach(variants.slice(WARMUP), (r) => reconcile(r));
  return [
    {
      name: 'reconcile, full 2021-edition report: median',
      value: quantile(times, 0.5),
      unit: 'ms',
      target: '≤ 0.1 ms',
      detail: `over ${RUNS} runs, ${entered.length} entered cells`,
    },
    { name: 'reconcile, full 2021-edition report: p95', value: quantile(times, 0.95), unit: 'ms' },
  ];
}
