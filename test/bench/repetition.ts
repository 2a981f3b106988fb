// 雷同 (issue 24): a 20,000-character report against last year's (target ≤ 50 ms, the measure
// itself, nothing remembered), the same check inside reconcile on a keystroke (TXT-02 remembers
// each part's reading), and the desk's question for 1,000 units — each one's most similar other.

import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { reconcile } from '../../shared/reconcile';
import { TEXT_SECTIONS, type Report } from '../../shared/report';
import { fingerprint, mostSimilar, namesOf, similarity } from '../../shared/text/similarity';
import type { Figure } from './run';
import { loadSample } from './sample';
import { quantile, timeEach } from './stats';

const RUNS = 40;
const UNITS = 1000;
const TARGET_CHARACTERS = 20_000;

/** The prose of the reference and unseen reports, every part, as one pool of real paragraphs. */
function paragraphs(): string[] {
  const folders = ['../fixtures/prose/', '../fixtures/unseen-prose/'];
  return folders.flatMap((folder) =>
    readdirSync(new URL(folder, import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => Object.values((JSON.parse(readFileSync(new URL(folder + f, import.meta.url), 'utf8')) as { text: Record<string, string> }).text))
      .flatMap((t) => t.split('\n'))
      .filter((p) => p.length > 20),
  );
}

/** A report of about 20,000 characters from real paragraphs, and last year's: half its paragraphs kept, years changed. */
function pair(pool: string[]): { now: Report; then: Report; characters: number } {
  const sample = loadSample();
  const picked: string[] = [];
  let characters = 0;
  for (let i = 0; characters < TARGET_CHARACTERS; i++) {
    picked.push(pool[i % pool.length]);
    characters += pool[i % pool.length].length;
  }
  const text = (ps: string[]) => ({ ...sample.text, overview: ps.slice(0, Math.floor(ps.length * 0.8)).join('\n'), problems: ps.slice(Math.floor(ps.length * 0.8)).join('\n') });
  const kept = picked.map((p, i) => (i % 2 === 0 ? p.replaceAll('2024', '2023') : pool[(i * 7 + 3) % pool.length]));
  return { now: { ...sample, text: text(picked) }, then: { ...sample, year: sample.year - 1, text: text(kept) }, characters };
}

const whole = (r: Report) => TEXT_SECTIONS.map((s) => r.text[s]).join('\n');

export function repetitionBench(): Figure[] {
  const pool = paragraphs();
  const { now, then, characters } = pair(pool);
  const [a, b] = [whole(now), whole(then)];
  // Fresh copies of the strings each run: nothing the engine or our memories keep is reused.
  const inputs = Array.from({ length: RUNS }, (_, i) => [`${a} ${i}`, `${b} ${i}`] as const);
  let ratio = 0;
  const times = timeEach(inputs, ([x, y]) => (ratio = similarity(x, y, { namesA: namesOf(now.organization), namesB: namesOf(then.organization) }).ratio));

  // A keystroke in a table with last year's report beside it: the parts' readings are remembered.
  reconcile(now, then);
  const keystrokes = timeEach(
    Array.from({ length: 500 }, (_, i) => ({ ...now, cells: { ...now.cells, 'apply.R1.NP': i } })),
    (r) => reconcile(r, then),
  );

  // The desk: 1,000 units' reports (real paragraphs, each unit a different selection), each one's closest other.
  const units = Array.from({ length: UNITS }, (_, u) => Array.from({ length: 40 }, (_, k) => pool[(u * 13 + k * 17) % pool.length]).join('\n'));
  const start = performance.now();
  const best = mostSimilar(units.map((t) => fingerprint(t)));
  const desk = performance.now() - start;

  return [
    {
      name: `repetition: ${Math.round(characters / 1000)},000-character report vs last year's`,
      value: quantile(times, 0.5),
      unit: 'ms',
      target: '≤ 50 ms',
      detail: `median of ${RUNS}, max ${times[times.length - 1].toFixed(1)} ms; ${Math.round(ratio * 100)}% repeated`,
    },
    { name: 'reconcile with last year\'s report (20,000 chars): p95', value: quantile(keystrokes, 0.95), unit: 'ms', detail: `median ${quantile(keystrokes, 0.5).toFixed(3)} ms` },
    { name: `repetition: most similar unit, ${UNITS} units`, value: desk, unit: 'ms', detail: `${best.filter(Boolean).length} units with a match` },
  ];
}
