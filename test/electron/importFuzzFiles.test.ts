// Fuzz of the binary formats: 1,000 mutated PDFs and Word 97-2003 files (truncated, bytes
// flipped, ranges overwritten, chunks repeated) — no crash, no import over 5 s, each a valid
// draft with findings or a Chinese refusal of at most 300 characters. And the hostile inputs
// of issue 12: zip bombs, comment runs, blank lines, deep nesting — refused or read quickly.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/services/imports';
import { validateReport } from '../../shared/draft';
import type { Imported } from '../../shared/import';
import { referencePath } from '../helpers';

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const BASES: [string, Uint8Array][] = [
  ['洪泽.pdf', bytesOf(referencePath('published', 'hongze-2023.pdf'))],
  ['示例.pdf', bytesOf(fixture('sample-2024.pdf'))],
  ['示例.doc', bytesOf(fixture('sample-2024.doc'))],
];

type Mutation = (b: Uint8Array) => Uint8Array;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => (b) => b.slice(0, Math.floor(b.length * f))),
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 20 }).map((flips): Mutation => (b) => {
    const out = b.slice();
    for (const [at, v] of flips) out[at % out.length] = v;
    return out;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 2000 })).map(([at, junk]): Mutation => (b) => {
    const out = b.slice();
    out.set(junk.subarray(0, Math.max(0, out.length - (at % out.length))), at % out.length);
    return out;
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 5000 })).map(([at, n]): Mutation => (b) => {
    const i = at % b.length;
    const chunk = b.subarray(i, i + n);
    const out = new Uint8Array(b.length + chunk.length);
    out.set(b.subarray(0, i));
    out.set(chunk, i);
    out.set(b.subarray(i), i + chunk.length);
    return out;
  }),
);

function expectOutcome(r: Imported): void {
  if (r.ok) {
    const valid = validateReport(r.report);
    expect(valid.ok, valid.ok ? '' : valid.message).toBe(true);
    for (const f of r.findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  } else {
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.message.length).toBeLessThanOrEqual(300);
  }
}

const RUNS = 1000;

/**
 * The work an import took, in CPU milliseconds of this process (the import runs in this thread):
 * unlike the clock, it does not grow when other jobs share the machine's cores.
 */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

describe('binary formats fuzz', () => {
  it(`never crashes or hangs on ${RUNS} mutated PDFs and .doc files`, async () => {
    let drafts = 0;
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 2 }), async (base, mutations) => {
        const [name, bytes] = BASES[base];
        const started = performance.now();
        // pdf.js may spend minutes on a damaged font: its worker is stopped after 4 s.
        const r = await importBytes(name, mutations.reduce((b, m) => m(b), bytes), { pdfBudgetMs: 4000 });
        slowest = Math.max(slowest, performance.now() - started);
        if (r.ok) drafts++;
        expectOutcome(r);
      }),
      { numRuns: RUNS },
    );
    // Many mutations leave a readable report, many do not.
    expect(drafts).toBeGreaterThan(RUNS / 10);
    expect(slowest).toBeLessThan(5000);
  }, 1_200_000);
});

const xml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

async function docx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Overwrites the uncompressed size that the central directory declares for every entry. */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 < out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return out;
}

describe('hostile inputs (issue 12): refused or read quickly, with a Chinese message of at most 300 characters', () => {
  it('a small .docx whose document.xml is 60 MB is refused from its directory, before inflating', async () => {
    const bomb = await docx(xml(`<w:p><w:r><w:t>${'政'.repeat(20_000_000)}</w:t></w:r></w:p>`));
    expect(bomb.length).toBeLessThan(400_000);
    const started = process.cpuUsage();
    const r = await importBytes('炸弹.docx', bomb);
    expect(cpuMs(started)).toBeLessThan(1000);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Word 文档解压后有 57 MB') });
  }, 60_000);

  it('the same bomb with a directory that lies about the size is stopped while inflating', async () => {
    const liar = lieAboutSizes(await docx(xml(`<w:p><w:r><w:t>${'政'.repeat(20_000_000)}</w:t></w:r></w:p>`)), 1000);
    const r = await importBytes('炸弹.docx', liar);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/超过 16 MB|已损坏/);
      expect(r.message.length).toBeLessThanOrEqual(300);
    }
  }, 60_000);

  it('a zip of thousands of entries is refused before it is read', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 3000; i++) zip.file(`x/${i}`, '');
    const r = await importBytes('很多.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(r).toEqual({ ok: false, message: 'Word 文档内含 3001 个部件，远超正常文档，已拒绝读取' });
  });

  // (3,000 files and the folder entry JSZip adds.)
  it.each([
    ['400 KB of “<!--”', 'a.html', '<!--'.repeat(100_000)],
    ['4 MB of comment runs', 'a.html', '<!-- x -->'.repeat(400_000)],
    ['8 MB of blank lines', 'a.txt', '\n'.repeat(8_000_000)],
    ['400 KB of blank lines', 'a.txt', '\n'.repeat(400_000)],
    ['tags nested 100,000 deep', 'a.html', '<div><span>'.repeat(100_000)],
    ['unclosed CDATA sections', 'a.html', '<![CDATA['.repeat(100_000)],
    ['a table in a cell, 50,000 deep', 'a.html', '<table><tr><td>'.repeat(50_000)],
    ['a .docx nested 100,000 deep', 'a.docx', null],
  ])('%s', async (_, name, text) => {
    const bytes = text === null ? await docx(xml('<w:sdt><w:sdtContent>'.repeat(100_000))) : new TextEncoder().encode(text);
    const started = process.cpuUsage();
    const r = await importBytes(name, bytes);
    expect(cpuMs(started)).toBeLessThan(5000);
    expectOutcome(r);
  }, 30_000);
});
