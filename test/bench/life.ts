// The report's life: the fingerprint of a full report (hashed afresh each time, as at every
// step), a comparison of two versions (a cell and a paragraph changed), and a draft carrying 50
// frozen versions — its open and save from disk (targets of the large-draft figures: open ≤ 1 s),
// and reconcile and the stage per keystroke once it has been changed since 发布 (PUB-01).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDraft, saveDraft } from '../../electron/services/documents';
import { reconcile } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { compareContents, contentOf, fingerprint, recordStep, stageOf } from '../../shared/workflow';
import type { Figure } from './run';
import { loadSample } from './sample';
import { quantile, timeEach } from './stats';

const VERSIONS = 50;

/** The sample published 50 times, each time after a new paragraph: 250 steps, 50 versions. */
function withVersions(sample: Report): Report {
  let r = sample;
  for (let v = 0; v < VERSIONS; v++) {
    if (v > 0) r = { ...r, text: { ...r.text, other: `${r.text.other}\n第 ${v} 次修改：补充说明本年度政府信息公开工作的有关情况。` } };
    for (const step of ['submit', 'approve', 'sign', 'file', 'publish'] as const) {
      const done = recordStep(r, step, { by: '王小明', at: '2025-03-01T10:00:00+08:00', date: step === 'publish' ? '2025-01-20' : null });
      if (!done.ok) throw new Error(done.message);
      r = done.report;
    }
  }
  return r;
}

export async function lifeBench(): Promise<Figure[]> {
  const sample = loadSample();
  // A fresh content object each run: nothing is served from the per-object cache.
  const fps = timeEach(Array.from({ length: 400 }, () => sample), (r) => fingerprint(contentOf(r)));
  const published = contentOf(sample);
  const edited = contentOf({ ...sample, cells: { ...sample.cells, 'apply.R1.NP': 121 }, text: { ...sample.text, overview: sample.text.overview.replace('政策解读86篇', '政策解读89篇') } });
  const comparisons = timeEach(Array.from({ length: 400 }, () => edited), (e) => compareContents(published, { ...e }));

  const big = withVersions(sample);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-life-'));
  const path = join(dir, '五十个版本.nianbao');
  const saves: number[] = [];
  const opens: number[] = [];
  try {
    for (let i = 0; i < 12; i++) {
      let t = performance.now();
      await saveDraft(path, big);
      saves.push(performance.now() - t);
      t = performance.now();
      const opened = await openDraft(path);
      opens.push(performance.now() - t);
      if (!opened.ok) throw new Error(opened.message);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const size = Buffer.byteLength(JSON.stringify(big, null, 2));
  saves.sort((a, b) => a - b);
  opens.sort((a, b) => a - b);
  // Keystrokes after 发布: each a new report; PUB-01 compares it with the published version.
  const keystrokes = Array.from({ length: 600 }, (_, i) => ({ ...big, cells: { ...big.cells, 'apply.R1.NP': 120 + (i % 7) + 1 } }));
  const reconciles = timeEach(keystrokes, (r) => reconcile(r));
  const stages = timeEach(keystrokes, (r) => stageOf(r));
  return [
    { name: 'fingerprint of the full sample report: median', value: quantile(fps, 0.5), unit: 'ms', detail: `canonical form + SHA-256 (@noble/hashes), over ${fps.length} runs` },
    { name: 'version comparison (a cell, a paragraph): median', value: quantile(comparisons, 0.5), unit: 'ms', detail: `cells by label + text diff (jsdiff), over ${comparisons.length} runs` },
    { name: `save a draft with ${VERSIONS} versions: median`, value: quantile(saves, 0.5), unit: 'ms', target: '≤ 1000 ms', detail: `${(size / 1024 / 1024).toFixed(2)} MB, ${big.workflow.history.length} steps; serialise, read back, atomic write` },
    { name: `open a draft with ${VERSIONS} versions: median`, value: quantile(opens, 0.5), unit: 'ms', target: '≤ 1000 ms', detail: `scan, parse, migrate, validate; max ${opens[opens.length - 1].toFixed(0)} ms` },
    { name: `reconcile, ${VERSIONS} versions, changed since 发布: median`, value: quantile(reconciles, 0.5), unit: 'ms', target: 'keystroke p95 ≤ 16 ms', detail: `p95 ${quantile(reconciles, 0.95).toFixed(3)} ms, PUB-01 naming the change` },
    { name: `stage of a draft with ${VERSIONS} versions: median`, value: quantile(stages, 0.5), unit: 'ms', detail: `p95 ${quantile(stages, 0.95).toFixed(3)} ms, per keystroke in the stage bar` },
  ];
}
