// The PDF worker: reads one PDF's text layer at a time for pdf.ts, in a thread of its own that
// can be stopped — pdf.js can spend many seconds without yielding on a damaged embedded font.

import { parentPort } from 'node:worker_threads';
import { PdfRefused, loadPdfjs, pdfText } from './pdfText';

// pdf.js loaded before any file is given: the reader's time budget is the file's, not the load's.
void loadPdfjs().then(
  () => parentPort?.postMessage({ ready: true }),
  () => parentPort?.postMessage({ ready: true }), // the first file then says what went wrong
);

parentPort?.on('message', async ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  try {
    parentPort!.postMessage({ id, pages: await pdfText(bytes) });
  } catch (e) {
    parentPort!.postMessage({ id, refused: e instanceof PdfRefused, message: e instanceof Error ? e.message : '' });
  }
});
