// The fingerprint into a PDF's information by an incremental update: the original bytes kept,
// the old entries carried over, poppler reading the result; a file we cannot read a trailer from
// is returned as it is (the export still happens; verify compares the content anyway).

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedFingerprint } from '../../../shared/export/embedded';
import { withPdfFingerprint } from '../../../shared/export/pdfInfo';
import { tempDir } from '../../electron/cliHarness';

/** A one-page PDF with a classic cross-reference table and an information dictionary. */
function tinyPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>', '<< /Title (Report) /Producer (Test) >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('withPdfFingerprint', () => {
  it('appends the entry, keeps the original bytes and the old entries; the last one written wins', async () => {
    const pdf = tinyPdf();
    const fp = 'a'.repeat(64);
    const out = withPdfFingerprint(pdf, fp);
    expect(out.subarray(0, pdf.length)).toEqual(pdf);
    const path = join(tempDir(), 'x.pdf');
    writeFileSync(path, out);
    const info = execFileSync('pdfinfo', ['-custom', path], { encoding: 'utf8' });
    expect(info).toContain(`NianbaoFingerprint:${fp}`);
    expect(info).toMatch(/Title:\s+Report/);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1/);
    const again = withPdfFingerprint(out, 'b'.repeat(64));
    expect(await embeddedFingerprint(again)).toBe('b'.repeat(64));
  });

  it('returns a file without a readable trailer as it is', () => {
    const fake = new TextEncoder().encode('%PDF-1.7 fake');
    expect(withPdfFingerprint(fake, 'a'.repeat(64))).toBe(fake);
  });
});
