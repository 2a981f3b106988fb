// The formats read in electron/services: PDF (pdf.js, cells by their positions on the page) and
// Word 97-2003 .doc (word-extractor). Our own Word export of random reports, turned into PDFs by
// LibreOffice, imports back to identical cells; the committed .doc and PDF of the sample draft
// do too; a PDF without a text layer and broken files get a clear Chinese message.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../../electron/services/imports';
import { EDITIONS, cellIndex, type EditionId } from '../../shared/formats';
import { toDocx } from '../../shared/export';
import type { Report } from '../../shared/report';
import { completeReportArbitrary } from '../arbitraries';
import { loadFixture } from '../helpers';
import { sameCells } from '../shared/importHelpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

describe('the sample draft exported to Word, then by LibreOffice to .doc and PDF (committed fixtures)', () => {
  it.each(['sample-2024.doc', 'sample-2024.pdf'])('%s imports back to the same cells, organisation and year', async (name) => {
    const sample = loadFixture('sample-2024');
    const back = await importFile(fixture(name));
    if (!back.ok) throw new Error(back.message);
    sameCells(back.report, sample);
    expect([back.report.organization, back.report.year, back.summary.format]).toEqual([sample.organization, sample.year, name.endsWith('.pdf') ? 'pdf' : 'doc']);
    expect(back.report.text.overview).toContain('持续深化政务公开');
  });
});

/** Realistic tables: counts small enough to stay on one line in the Word export's narrow columns. */
function printableReport(edition: EditionId): fc.Arbitrary<Report> {
  const index = cellIndex(EDITIONS[edition]);
  return fc
    .tuple(completeReportArbitrary(edition), fc.array(fc.nat({ max: 3000 }), { minLength: index.entered.length, maxLength: index.entered.length }))
    .map(([report, small]) => {
      const cells: Record<string, number> = {};
      index.entered.forEach((c, i) => {
        if (c.table !== 'active') cells[c.key] = small[i] % 40;
        else cells[c.key] = c.kind === 'amount' ? (report.cells[c.key] ?? 0) : c.kind === 'signedCount' ? small[i] - 1500 : small[i] * 7;
      });
      return { ...report, cells, notApplicable: [] };
    });
}

describe('random reports of both editions as PDFs (Word export → LibreOffice → import)', () => {
  it('import back to identical cells', async () => {
    // A handful: LibreOffice takes seconds per file. One conversion run for all of them.
    const reports = [...fc.sample(printableReport('2019'), { numRuns: 2, seed: 2019 }), ...fc.sample(printableReport('2021'), { numRuns: 2, seed: 2021 })];
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
    const files = await Promise.all(
      reports.map(async (r, i) => {
        const path = join(dir, `report-${i}.docx`);
        writeFileSync(path, await toDocx(r));
        return path;
      }),
    );
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore' });
    for (const [i, report] of reports.entries()) {
      const back = await importFile(join(dir, `report-${i}.pdf`));
      if (!back.ok) throw new Error(back.message);
      sameCells(back.report, report);
      expect([back.report.organization, back.report.year, back.report.edition]).toEqual([report.organization, report.year, report.edition]);
    }
  }, 180_000);
});

describe('files that cannot be read', () => {
  it('a PDF without a text layer (a scan) is refused with a clear message, no OCR', async () => {
    const content = '0 0 m 200 200 l S';
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
      `4 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj`,
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    const r = await importBytes('扫描件.pdf', new TextEncoder().encode(pdf));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('没有文字层（可能是扫描件或图片）') });
  });

  it.each([
    ['坏的.pdf', '%PDF-1.7\n这不是 PDF', '不是有效的 PDF'],
    ['坏的.doc', '\xd0\xcf\x11\xe0 broken', '不是有效的 Word 97-2003 文档'],
  ])('%s: a Chinese message of at most 300 characters', async (name, content, says) => {
    const bytes = Uint8Array.from(content, (c) => c.charCodeAt(0) & 0xff);
    const r = await importBytes(name, bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(says);
      expect(r.message.length).toBeLessThanOrEqual(300);
    }
  });

  it('a PDF pdf.js would spend a minute on (a damaged embedded font) is stopped at the budget; the next PDF reads as usual', async () => {
    // sample-2024.pdf with eleven bytes changed by the fuzz test; pdf.js needs ~25 s of CPU for it.
    const started = performance.now();
    const r = await importBytes('坏字体.pdf', new Uint8Array(readFileSync(fixture('damaged-font.pdf'))), { pdfBudgetMs: 2000 });
    expect(r).toEqual({ ok: false, message: '读取这个 PDF 超过 2 秒仍未完成（文件可能已损坏），已停止' });
    expect(performance.now() - started).toBeLessThan(4000);
    const next = await importFile(fixture('sample-2024.pdf'));
    expect(next.ok).toBe(true);
  }, 30_000);

  it('says which file is missing, in Chinese', async () => {
    const r = await importFile(join(tmpdir(), 'no-such-report.pdf'));
    expect(r).toEqual({ ok: false, message: '文件不存在' });
  });

  it('a PDF too large to be a report is refused before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-big-'));
    const path = join(dir, '大.pdf');
    writeFileSync(path, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(33 * 1024 * 1024)]));
    const r = await importFile(path);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('文件过大（33.0 MB），PDF形式的年报不会超过 32.0 MB') });
  });

  it('keeps the committed fixtures small', () => {
    for (const name of ['sample-2024.doc', 'sample-2024.pdf', 'damaged-font.pdf']) expect(readFileSync(fixture(name)).length).toBeLessThan(200_000);
  });
});
