// Timing helpers for the benchmark.

import { performance } from 'node:perf_hooks';

export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Runs fn once per input and returns each run's milliseconds, sorted. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    fn(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}
