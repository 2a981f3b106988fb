// A draft at the size cap (largeDraft.ts): opening it (read and checked; in the editor, load to
// interactive), a keystroke in the editor (p95), and each export — targets open ≤ 1 s,
// keystroke p95 ≤ 16 ms, each export ≤ 3 s. The caps (shared/report/caps) are what keep these.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { parseDraft, serializeDraft } from '../../shared/draft';
import { toDocx, toHtml } from '../../shared/export';
import { printLayout, toPrintHtml } from '../../shared/export/print';
import { reconcile } from '../../shared/reconcile';
import { launchChromium } from '../browser';
import { startHarness } from '../harness/server';
import { largeDraft } from './largeDraft';
import { keystrokes } from './renderer';
import type { Figure } from './run';
import { quantile } from './stats';

const KEYSTROKES = 100;

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return quantile(times.sort((a, b) => a - b), 0.5);
}

export async function largeDraftBench(): Promise<Figure[]> {
  const { report, prior, bytes } = largeDraft();
  const text = serializeDraft(report, new Date(), prior);
  const about = `${(bytes / 1024 / 1024).toFixed(1)} MB, ${reconcile(report, prior).length} findings, ${printLayout(report).pages.length} pages`;
  const figures: Figure[] = [];
  const add = (name: string, value: number, target: string, detail: string) => figures.push({ name: `large draft: ${name}`, value, unit: 'ms', target, detail });

  // Each run a text never read before (its last character changed), so nothing is remembered.
  const fresh = Array.from({ length: 5 }, (_, i) => {
    const mark = String.fromCharCode(0x4e00 + i);
    const changed = Object.fromEntries(Object.entries(report.text).map(([k, t]) => [k, t.slice(0, -1) + mark])) as typeof report.text;
    return serializeDraft({ ...report, text: changed }, new Date(), { ...prior, text: changed });
  });
  add('open (read, check), median', await median(fresh.length, () => {
    const opened = parseDraft(fresh.pop()!);
    if (!opened.ok) throw new Error(opened.message);
    reconcile(opened.draft.report, opened.draft.prior ?? undefined);
  }), '≤ 1000 ms', about);
  await toDocx(report); // the library's first load
  add('Word export, median', await median(3, () => toDocx(report)), '≤ 3000 ms', 'toDocx');
  add('HTML export, median', await median(5, () => toHtml(report)), '≤ 3000 ms', 'toHtml');
  add('HTML fragment export, median', await median(5, () => toHtml(report, { fragment: true })), '≤ 3000 ms', 'toHtml, fragment');

  const browser = await launchChromium();
  const workDir = mkdtempSync(join(tmpdir(), 'nianbao-bench-large-'));
  try {
    const page = await browser.newPage();
    add('PDF export, median', await median(3, async () => {
      await page.setContent(toPrintHtml(report), { waitUntil: 'load' });
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
    }), '≤ 3000 ms', 'print layout, its HTML and Chromium’s page.pdf (as Electron’s printToPDF)');
    await page.close();

    const path = join(workDir, 'large.nianbao');
    writeFileSync(path, text);
    const harness = await startHarness({ rendererDir: 'dist/renderer', samplePath: path, workDir, initialPath: path });
    try {
      const loads: number[] = [];
      let editor: Page | null = null;
      for (let i = 0; i < 3; i++) {
        await editor?.close();
        while (harness.open.size > 0) await new Promise((r) => setTimeout(r, 10));
        editor = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await editor.goto(harness.url);
        await editor.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
        loads.push(await editor.evaluate(() => performance.getEntriesByName('nianbao:interactive')[0].startTime));
      }
      add('open in the editor, load to interactive, median', quantile(loads.sort((a, b) => a - b), 0.5), '≤ 1000 ms', `over ${loads.length} loads`);
      const latencies = await keystrokes(editor!, KEYSTROKES);
      add('editor keystroke → updated total, p95', quantile(latencies, 0.95), '≤ 16 ms', `median ${quantile(latencies, 0.5).toFixed(2)} ms over ${latencies.length} keystrokes`);
    } finally {
      await harness.close();
    }
  } finally {
    await browser.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  return figures;
}
