// Import of a published fixture (target ≤ 50 ms), median after a warm-up.

import { readFileSync } from 'node:fs';
import { importText } from '../../shared/import';
import { referencePath } from '../helpers';
import type { Figure } from './run';
import { quantile, timeEach } from './stats';

export function importBench(): Figure[] {
  const text = readFileSync(referencePath('published', 'tianshui-2020.txt'), 'utf8');
  timeEach(Array.from({ length: 10 }, () => text), importText);
  const times = timeEach(Array.from({ length: 100 }, () => text), importText);
  return [{ name: 'import tianshui-2020 (published text)', value: quantile(times, 0.5), unit: 'ms', target: '≤ 50 ms', detail: `median of ${times.length}; p95 ${quantile(times, 0.95).toFixed(1)} ms` }];
}
