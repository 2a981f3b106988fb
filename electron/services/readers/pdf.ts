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

interface Reader {
  worker: Worker;
  heapMb: number;
  /** Requests sent to this worker and not answered yet. */
  waiting: Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>;
  /**
   * Settles once the worker has loaded pdf.js: a file's budget starts then, so that a busy
   * machine starting the reader is never taken for a damaged file.
   */
  ready: Promise<void>;
}

/** How long the reader itself may take to start (loading pdf.js, compiling it from source in tests). */
const BOOT_MS = 30_000;

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
  let started: { resolve: () => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
  const ready = new Promise<void>((resolve, reject) => (started = { resolve, reject }));
  // (Nobody may be waiting when a worker that was never used fails.)
  ready.catch(() => undefined);
  const r: Reader = { worker, heapMb, waiting: new Map(), ready };
  worker.on('message', (reply: Reply) => {
    if ('ready' in reply) return started.resolve();
    r.waiting.get(reply.id)?.resolve(reply);
    r.waiting.delete(reply.id);
    if (reader !== r && r.waiting.size === 0) void worker.terminate();
  });
  const fail = (e: Error) => {
    started.reject(e);
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
  const id = ++next;
  let timer: NodeJS.Timeout | undefined;
  let boot: NodeJS.Timeout | undefined;
  await Promise.race([
    r.ready,
    new Promise<never>((_, reject) => {
      boot = setTimeout(() => {
        if (reader === r) reader = null;
        void r.worker.terminate();
        reject(new PdfRefused('PDF 阅读器未能启动，请稍后重试'));
      }, BOOT_MS);
    }),
  ]).finally(() => clearTimeout(boot));
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
  if ('pages' in reply && reply.pages) return reply.pages;
  throw new PdfRefused('refused' in reply && reply.refused && reply.message ? reply.message : '文件不是有效的 PDF，可能已损坏');
}
