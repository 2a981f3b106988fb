// Bundles Electron main and preload (with shared/ and the libraries they use) into
// dist/electron, so the packaged app needs no node_modules at all — and the parsing worker for
// other people's files (electron/services/untrusted) beside main, which finds it by its own URL.
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], logLevel: 'warning', legalComments: 'none' };
/** CommonJS has no import.meta: the bundle gets the URL of the file it was bundled into. */
export const moduleUrl = {
  define: { 'import.meta.url': '__nianbaoModuleUrl' },
  banner: { js: 'var __nianbaoModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};
export const WORKER_ENTRY = 'electron/services/untrusted/worker.ts';
export const PDF_WORKER_ENTRY = 'electron/services/readers/pdfWorker.ts';

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await Promise.all([
    build({ ...common, ...moduleUrl, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
    build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' }),
    build({ ...common, ...moduleUrl, entryPoints: [WORKER_ENTRY], outfile: 'dist/electron/untrusted-worker.cjs' }),
    // pdf.js in a thread of its own, stopped when a damaged PDF takes too long (services/readers/pdf.ts).
    build({ ...common, entryPoints: [PDF_WORKER_ENTRY], outfile: 'dist/electron/pdf-worker.cjs' }),
  ]);
  // The 图解's PNG renderer (resvg as WebAssembly, services/graphic.ts) reads its .wasm beside main.
  await mkdir('dist/electron', { recursive: true });
  await copyFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'), 'dist/electron/resvg.wasm');
}
