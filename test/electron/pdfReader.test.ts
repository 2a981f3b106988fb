// The PDF reader's worker has a heap of its own: a file that makes pdf.js run out of memory
// stops that worker with a Chinese refusal, never the process (the app's main process, every
// window); the next file is read by a fresh worker.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PdfRefused, pdfPages } from '../../electron/services/readers/pdf';
import { referencePath } from '../helpers';

const hongze = new Uint8Array(readFileSync(referencePath('published', 'hongze-2023.pdf')));

describe('the PDF reader', () => {
  it('refuses, in Chinese, a PDF that needs more memory than its worker has, and reads the next one', async () => {
    // A real report with a limit too small for pdf.js itself stands in for a file that balloons.
    const refused = await pdfPages(hongze, 10_000, 4).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(PdfRefused);
    expect((refused as Error).message).toBe('读取这个 PDF 需要超过 4 MB 内存（文件可能已损坏），已停止');

    const pages = await pdfPages(hongze);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flat().map((t) => t.text).join('')).toContain('政府信息公开');
  }, 30_000);
});
