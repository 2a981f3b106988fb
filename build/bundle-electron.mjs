// Bundles Electron main and preload (with shared/ and the libraries they use) into
// dist/electron, so the packaged app needs no node_modules at all.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' }),
  // pdf.js in a thread of its own, stopped when a damaged PDF takes too long (services/readers/pdf.ts).
  build({ ...common, entryPoints: ['electron/services/readers/pdfWorker.ts'], outfile: 'dist/electron/pdf-worker.cjs' }),
]);
