// Runs the parsing worker over a list of files. A file that overruns its time budget or the
// memory limits has its worker terminated — the app and its other windows go on — and is
// answered with a Chinese refusal; the files after it are read by a fresh worker.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportOptions } from '../../../shared/import';
import type { WorkerLimits } from './limits';

export type JobKind = 'import' | 'draft' | 'sheet' | 'desk';
export interface Job {
  kind: JobKind;
  paths: readonly string[];
  /** The first path this worker reads (those before were read by an earlier worker). */
  from: number;
  /** For imports: the clerk's own 报告年度 and 机关名称. */
  options?: ImportOptions;
}
export type FromWorker = { type: 'start'; index: number } | { type: 'done'; index: number; result: unknown };
export type Refusal = { ok: false; message: string };

/** Loading the worker's code (esbuild's bundle: ms; tsx compiling sources cold: seconds). */
const BOOT_MS = 30_000;
const RESIDENT_SAMPLE_MS = 20;
const MB = 1024 * 1024;

type Stop = 'time' | 'memory' | 'crash' | 'boot';

function refusal(stop: Stop, kind: JobKind, limits: WorkerLimits): Refusal {
  const what = { import: '一份年报', draft: '年报草稿', sheet: '台账或名册表格', desk: '年报草稿' }[kind];
  const messages: Record<Stop, string> = {
    time: `读取超过 ${limits.timeMs / 1000} 秒仍未完成，已停止：文件过大、结构异常或已损坏，不像是${what}`,
    memory: `读取所需的内存超过上限，已停止：文件解压后过大、结构异常或已损坏，不像是${what}`,
    crash: '读取时出现意外错误，已停止（文件未被改动）',
    boot: '无法启动读取文件的后台任务，请重新启动年报编辑器后再试',
  };
  return { ok: false, message: messages[stop] };
}

/**
 * Each path's result in order: what the worker returned, or a refusal when it was stopped.
 * `onDone`: told as each file is answered (the desk's progress bar).
 */
export async function runInWorker<T>(kind: JobKind, paths: readonly string[], limits: WorkerLimits, options?: ImportOptions, onDone?: () => void): Promise<(T | Refusal)[]> {
  const results: (T | Refusal | undefined)[] = new Array(paths.length);
  let from = 0;
  while (from < paths.length) from = await runFrom({ kind, paths, from, options }, limits, results, onDone);
  return results as (T | Refusal)[];
}

/** One worker from `job.from` on; resolves with the index where the next worker must start. */
function runFrom<T>(job: Job, limits: WorkerLimits, results: (T | Refusal | undefined)[], onDone?: () => void): Promise<number> {
  return new Promise((resolve) => {
    const worker = startWorker(job, limits);
    let current = -1; // the file being read; -1 while the worker loads
    let stop: Stop | null = null;
    const halt = (why: Stop) => {
      if (stop) return;
      stop = why;
      void worker.terminate();
    };
    let timer = setTimeout(() => halt('boot'), BOOT_MS);
    // Sampled from this thread, which stays free while the worker parses.
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.residentMb * MB) halt('memory');
    }, RESIDENT_SAMPLE_MS);

    worker.on('message', (message: FromWorker) => {
      clearTimeout(timer);
      if (message.type === 'start') {
        current = message.index;
        timer = setTimeout(() => halt('time'), limits.timeMs);
      } else {
        results[message.index] = message.result as T;
        onDone?.();
      }
    });
    worker.on('error', (e: Error & { code?: string }) => halt(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash'));
    // Node delivers every message the worker posted before it emits 'exit'.
    worker.on('exit', () => {
      clearTimeout(timer);
      clearInterval(watch);
      const next = results.findIndex((r, i) => i >= job.from && r === undefined);
      if (next === -1) return resolve(job.paths.length);
      if (current === -1) {
        // It never got to a file: it could not load, so no later worker would either.
        for (let i = next; i < job.paths.length; i++) results[i] = refusal('boot', job.kind, limits);
        return resolve(job.paths.length);
      }
      if (current < next) return resolve(next); // it stopped between two files
      results[current] = refusal(stop ?? 'crash', job.kind, limits);
      onDone?.();
      resolve(current + 1);
    });
  });
}

function startWorker(job: Job, limits: WorkerLimits): Worker {
  const options = {
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    // Libraries may print English warnings (malformed XML, say); nothing of theirs reaches a clerk.
    stdout: true,
    stderr: true,
  };
  const here = import.meta.url;
  // In the app, main is esbuild's bundle dist/electron/main.cjs and the worker is bundled beside
  // it (build/bundle-electron.mjs); Electron loads workers from inside app.asar.
  const worker = here.endsWith('.cjs')
    ? new Worker(fileURLToPath(new URL('./untrusted-worker.cjs', here)), options)
    : // Tests and `npm run cli` run the TypeScript source through tsx's CommonJS hook.
      new Worker(
        `require(${JSON.stringify(createRequire(here).resolve('tsx/cjs/api'))}).register();\nrequire(${JSON.stringify(fileURLToPath(new URL('./worker.ts', here)))});`,
        { ...options, eval: true },
      );
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}
