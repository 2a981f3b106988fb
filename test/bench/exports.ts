// Export of a full report: Word (target ≤ 300 ms) and HTML (target ≤ 20 ms), median of runs
// after a warm-up (the first call also loads and compiles the docx library).

import { performance } from 'node:perf_hooks';
import { toDocx, toHtml } from '../../shared/export';
import { loadSample } from './sample';
import type { Figure } from './run';
import { quantile, timeEach } from './stats';

export async function exportBench(): Promise<Figure[]> {
  const report = loadSample();
  const docxTimes: number[] = [];
  let first = 0;
  for (let i = 0; i < 23; i++) {
    const start = performance.now();
    await toDocx(report);
    if (i === 0) first = performance.now() - start;
    if (i >= 3) docxTimes.push(performance.now() - start);
  }
  docxTimes.sort((a, b) => a - b);
  const runs = Array.from({ length: 220 }, () => report);
  const htmlTimes = timeEach(runs, (r) => toHtml(r)).slice(20);
  return [
    { name: 'DOCX export, full 2021-edition report: median', value: quantile(docxTimes, 0.5), unit: 'ms', target: '≤ 300 ms', detail: `over ${docxTimes.length} runs; first call ${first.toFixed(0)} ms` },
    { name: 'HTML export, full 2021-edition report: median', value: quantile(htmlTimes, 0.5), unit: 'ms', target: '≤ 20 ms', detail: `over ${htmlTimes.length} runs` },
  ];
}
