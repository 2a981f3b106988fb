// A PDF's text layer, piece by piece with where each piece sits on the page, through pdf.js
// (Mozilla's reader; the legacy build runs in Node). Runs in the PDF worker (pdf.ts). Placing
// pieces into lines, cells and paragraphs is shared/import/layout. A scanned PDF has no text
// layer: it is refused, never OCRed.

import { ideographsFromRadicals } from '../../../shared/text/radicals';
import type { PlacedText } from '../../../shared/import';

/** A report is a few pages; a PDF of hundreds is not one (and would take long to read). */
const MAX_PAGES = 200;
/** Fewer characters than this on every page together: pictures of pages, not text. */
const MIN_TEXT = 20;

export class PdfRefused extends Error {}

/**
 * pdf.js starts some of its own work on a damaged file with promises nobody awaits; in Node their
 * rejection would end the process. While a PDF is read (and a moment after), such rejections of
 * pdf.js's own error types are ignored — the read itself still fails with its own error — and any
 * other is left to take its normal course.
 */
const PDFJS_ERRORS = new Set(['XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException', 'UnknownErrorException', 'MissingPDFException', 'UnexpectedResponseException', 'ResponseException', 'PasswordException', 'AbortException', 'MissingDataException', 'ParserEOFException']);
let reading = 0;
function ignorePdfjsRejection(reason: unknown): void {
  if (reason instanceof Error && PDFJS_ERRORS.has(reason.name)) return;
  // Alone, this listener would silence what Node otherwise ends the process for: keep that.
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
}
function guard(): () => void {
  if (reading++ === 0) process.on('unhandledRejection', ignorePdfjsRejection);
  return () => {
    setTimeout(() => {
      if (--reading === 0) process.off('unhandledRejection', ignorePdfjsRejection);
    }, 2000).unref();
  };
}

// pdf.js runs its worker in this thread when the worker module is set on globalThis, which
// also keeps it working once bundled into the app. Its display code needs DOMMatrix, ImageData
// and Path2D to exist when it loads (it polyfills them from a native canvas module that the
// bundled app does not carry); reading text never uses them, so empty classes do.
export async function loadPdfjs() {
  const g = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= class {};
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function pdfText(bytes: Uint8Array): Promise<PlacedText[][]> {
  const release = guard();
  try {
    return await readPages(bytes);
  } finally {
    release();
  }
}

async function readPages(bytes: Uint8Array): Promise<PlacedText[][]> {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfRefused('这个 PDF 设有密码，无法读取。请使用未加密的文件');
    throw new PdfRefused('文件不是有效的 PDF，可能已损坏');
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new PdfRefused(`这个 PDF 有 ${doc.numPages} 页，年报不会超过 ${MAX_PAGES} 页，不像是一份年报`);
    const pages: PlacedText[][] = [];
    let characters = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const placed: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        placed.push({ text: ideographsFromRadicals(item.str), x, y, width: item.width, size: Math.hypot(a, b) || item.height });
        characters += item.str.trim().length;
      }
      pages.push(placed);
      page.cleanup();
    }
    if (characters < MIN_TEXT) throw new PdfRefused('这个 PDF 没有文字层（可能是扫描件或图片），无法导入。请使用原始的 Word 文件或网页，或先用文字识别（OCR）软件转成文字');
    return pages;
  } finally {
    await doc.destroy();
  }
}
