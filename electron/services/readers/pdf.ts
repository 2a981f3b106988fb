// Reading a PDF's text layer with a time budget. pdf.js runs in a worker thread that is stopped
// (and started afresh for the next file) when a file takes longer than the budget: on some
// damaged files it works for minutes without yielding, and nothing in its own thread could stop
// it. The worker is the bundle's pdf-worker.cjs in the app, the TypeScript source elsewhere.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlacedText } from '../../../shared/import';
import { PdfRefused } from './pdfText';

export { PdfRefused } from './pdfText';

/**
 * Milliseconds a report's PDF may take (a few hundred is usual). Below the parsing worker's own
 * budget for a whole import (services/untrusted/limits), so that a PDF pdf.js cannot finish is
 * refused with this reader's own, more telling words.
 */
export const PDF_BUDGET_MS = 3000;

type Reply = { id: number; pages?: PlacedText[][]; refused?: boolean; message?: string } | { ready: true };

/** Loading pdf.js in a fresh worker (tsx compiling the reader from source on a busy machine: seconds). */
const BOOT_MS = 30_000;

interface Reader {
  worker: Worker;
  heapMb: number;
  /** Requests sent to this worker and not answered yet. */
  waiting: Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>;
  /** Settles once pdf.js is loaded: a file's budget starts then. */
  ready: Promise<void>;
}

let reader: Reader | null = null;
let next = 0;

/**
 * pdf.js's heap, in MB: a damaged file can make it build objects without end, and a worker
 * without its own limit that runs out of memory aborts the whole process (every window).
 * A real report's PDF needs a few tens of MB.
 */
export const PDF_HEAP_MB = 384;

function start(heapMb: number): Reader {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 };
  const bundled = typeof __filename !== 'undefined' && __filename.endsWith('.cjs');
  // From source (tests, the CLI through tsx), the worker compiles its TypeScript through tsx's
  // CommonJS hook — its ESM loader would cost the process hundreds of MB (a hooks thread that
  // transforms pdf.js itself); pdf.js, an ES module, is loaded by a plain import() either way.
  const worker = bundled
    ? new Worker(join(dirname(__filename), 'pdf-worker.cjs'), { resourceLimits })
    : new Worker(
        `require(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs/api'))}).register();\nrequire(${JSON.stringify(fileURLToPath(new URL('./pdfWorker.ts', import.meta.url)))});`,
        { eval: true, resourceLimits },
      );
  let booted: () => void = () => undefined;
  let bootFailed: (e: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    booted = resolve;
    bootFailed = reject;
  });
  // Not unref'd: while pdf.js loads, someone is waiting for it (the worker itself is unref'd).
  const bootTimer = setTimeout(() => bootFailed(new PdfRefused('无法启动读取 PDF 的后台任务，请稍后重试')), BOOT_MS);
  ready.catch(() => undefined).finally(() => clearTimeout(bootTimer));
  const r: Reader = { worker, heapMb, waiting: new Map(), ready };
  worker.on('message', (reply: Reply) => {
    if ('ready' in reply) return booted();
    r.waiting.get(reply.id)?.resolve(reply);
    r.waiting.delete(reply.id);
    if (reader !== r && r.waiting.size === 0) void worker.terminate();
  });
  const fail = (e: Error) => {
    bootFailed(e);
    for (const { reject } of r.waiting.values()) reject(e);
    r.waiting.clear();
    if (reader === r) reader = null;
  };
  worker.on('error', (e: Error & { code?: string }) =>
    fail(new PdfRefused(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `读取这个 PDF 需要超过 ${heapMb} MB 内存（文件可能已损坏），已停止` : '读取 PDF 时出错，文件可能已损坏')),
  );
  worker.on('exit', () => fail(new PdfRefused('读取 PDF 时出错，文件可能已损坏')));
  // An idle worker must not keep the command line (or a test run) from ending.
  worker.unref();
  return r;
}

export async function pdfPages(bytes: Uint8Array, budgetMs = PDF_BUDGET_MS, heapMb = PDF_HEAP_MB): Promise<PlacedText[][]> {
  if (reader && reader.heapMb !== heapMb) {
    // Another limit (tests): a reader of its own; the old one ends once it has answered.
    if (reader.waiting.size === 0) void reader.worker.terminate();
    reader = null;
  }
  reader ??= start(heapMb);
  const r = reader;
  await r.ready;
  const id = ++next;
  let timer: NodeJS.Timeout | undefined;
  const reply = await new Promise<Reply>((resolve, reject) => {
    r.waiting.set(id, { resolve, reject });
    timer = setTimeout(() => {
      // Stopped with whatever else it was given: those are refused too (its 'exit').
      if (reader === r) reader = null;
      r.waiting.delete(id);
      void r.worker.terminate();
      reject(new PdfRefused(`读取这个 PDF 超过 ${budgetMs / 1000} 秒仍未完成（文件可能已损坏），已停止`));
    }, budgetMs);
    r.worker.postMessage({ id, bytes: bytes.slice() });
  }).finally(() => clearTimeout(timer));
  if ('ready' in reply) throw new PdfRefused('读取 PDF 时出错，文件可能已损坏');
  if (reply.pages) return reply.pages;
  throw new PdfRefused(reply.refused && reply.message ? reply.message : '文件不是有效的 PDF，可能已损坏');
}

/**
 * Starts the reader ahead of a PDF (the parsing worker does, while it boots), so that loading
 * pdf.js is never counted against a file's time budget.
 */
export async function warmPdfReader(heapMb = PDF_HEAP_MB): Promise<void> {
  reader ??= start(heapMb);
  await reader.ready.catch(() => undefined);
}
