// Import of each reference report and committed fixture, median after a warm-up (targets: text,
// markdown and HTML ≤ 50 ms; PDF and Word ≤ 300 ms), and of the hostile inputs of issue 12
// (comment runs, blank lines, deep nesting), which must stay linear.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { importBytes } from '../../electron/services/imports';
import { formatOf } from '../../shared/import';
import { referencePath } from '../helpers';
import type { Figure } from './run';
import { quantile } from './stats';

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

export async function importBench(): Promise<Figure[]> {
  const files = [
    ...readdirSync(referencePath('published')).map((f) => [f, referencePath('published', f)]),
    ['sample-2024.doc', fixture('sample-2024.doc')],
    ['sample-2024.pdf', fixture('sample-2024.pdf')],
  ];
  const figures: Figure[] = [];
  for (const [name, path] of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const binary = ['pdf', 'doc', 'docx'].includes(formatOf(name, bytes));
    const run = () => importBytes(name, bytes);
    await timeAsync(binary ? 3 : 10, run);
    const times = await timeAsync(binary ? 15 : 50, run);
    figures.push({ name: `import ${name}`, value: quantile(times, 0.5), unit: 'ms', target: binary ? '≤ 300 ms' : '≤ 50 ms', detail: `median of ${times.length}; p95 ${quantile(times, 0.95).toFixed(1)} ms` });
  }
  const hostile: [string, string, string][] = [
    ['400 KB of “<!--”', 'a.html', '<!--'.repeat(100_000)],
    ['400 KB of blank lines', 'a.txt', '\n'.repeat(400_000)],
    ['8 MB of blank lines', 'a.txt', '\n'.repeat(8_000_000)],
    ['tags nested 100,000 deep', 'a.html', '<div><span>'.repeat(100_000)],
  ];
  for (const [label, name, text] of hostile) {
    const bytes = new TextEncoder().encode(text);
    const times = await timeAsync(3, () => importBytes(name, bytes));
    figures.push({ name: `import ${label}`, value: quantile(times, 0.5), unit: 'ms', target: '< 5000 ms, linear', detail: `median of ${times.length}` });
  }
  return figures;
}
