// 汇总 from disk of 100, 1,000 and 5,000 unit drafts (target ≤ 2 s for 1,000; cost linear).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeDraft } from '../../shared/draft';
import { aggregateFiles } from '../../electron/services/aggregate';
import { loadSample } from './sample';
import type { Figure } from './run';

export async function aggregateBench(): Promise<Figure[]> {
  const sample = loadSample();
  const root = mkdtempSync(join(tmpdir(), 'nianbao-agg-bench-'));
  const figures: Figure[] = [];
  try {
    for (const count of [100, 1000, 5000]) {
      const dir = join(root, String(count));
      mkdirSync(dir);
      for (let i = 0; i < count; i++) {
        const report = { ...sample, organization: `单位${i}`, cells: { ...sample.cells, 'apply.R1.NP': i % 50 } };
        writeFileSync(join(dir, `${i}.nianbao`), serializeDraft(report));
      }
      const start = performance.now();
      const { result } = await aggregateFiles([dir], '合计', sample.year);
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(result.message);
      figures.push({
        name: `aggregate from disk, ${count} units`,
        value: ms,
        unit: 'ms',
        target: count === 1000 ? '≤ 2000 ms' : undefined,
        detail: `${(ms / count).toFixed(2)} ms per unit`,
      });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return figures;
}
