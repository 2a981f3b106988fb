// Fuzz: 10,000 mutated published reports (truncated, shuffled lines, random bytes, odd
// characters, huge) never crash the importer; each yields a valid draft with its findings (and
// no figure placed without a proof), or a refusal with a clear Chinese message.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../shared/draft';
import { importPublished, importText, MAX_IMPORT_BYTES } from '../../shared/import';
import { referencePath } from '../helpers';
import { expectProven } from '../importTrace';

const FIXTURES = referencePath('published');
const pages = ['tianshui-2020', 'shangjie-2020', 'hongqiao-2020'].map((n) => readFileSync(join(FIXTURES, `${n}.txt`), 'utf8'));

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => (t) => t.slice(0, Math.floor(t.length * f))),
  fc.integer({ min: 0, max: 2 ** 31 }).map((seed): Mutation => (t) => {
    // Shuffle a window of lines.
    const lines = t.split('\n');
    let s = seed;
    const start = s % Math.max(1, lines.length);
    for (let i = 0; i < 30; i++) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const a = start + (s % 40);
      const b = start + ((s >> 8) % 40);
      if (a < lines.length && b < lines.length) [lines[a], lines[b]] = [lines[b], lines[a]];
    }
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })).map(([at, junk]): Mutation => (t) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + junk + t.slice(i + junk.length);
  }),
  fc.tuple(fc.nat(), fc.constantFrom('', '\n\n\n', '|', '0', '-', '/', '二、', '（三）不予公开', '十二', '1,2,3', '\u3000\u00a0', '2020年', '<table>')).map(
    ([at, insert]): Mutation => (t) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i);
    },
  ),
  fc.integer({ min: 1, max: 200 }).map((n): Mutation => (t) => t.split('\n').filter((_, i) => i % n !== 0).join('\n')),
);

const RUNS = 10_000;

describe('importer fuzz', () => {
  it(`never crashes on ${RUNS} mutated reports: a valid draft with findings, or a clear refusal`, () => {
    let drafts = 0;
    let refusals = 0;
    fc.assert(
      fc.property(fc.nat({ max: pages.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (page, mutations) => {
        const text = mutations.reduce((t, m) => m(t), pages[page]);
        const result = importText(text);
        if (result.ok) {
          drafts++;
          const valid = validateReport(result.report);
          expect(valid.ok, valid.ok ? '' : valid.message).toBe(true);
          // Whatever the page's damage, no figure is placed without a proof.
          expectProven(result.report);
          for (const f of result.findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        } else {
          refusals++;
          expect(result.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: RUNS },
    );
    // Both outcomes occur: the mutations are not all harmless, nor all fatal.
    expect(drafts).toBeGreaterThan(RUNS / 10);
    expect(refusals).toBeGreaterThan(RUNS / 100);
  }, 600_000);

  it('refuses random bytes and huge files with a reason, in every format', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    for (const name of ['a.txt', 'a.html', 'a.docx']) {
      const r = await importPublished(name, random);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const huge = new Uint8Array(MAX_IMPORT_BYTES.text + 1);
    expect(await importPublished('huge.txt', huge)).toEqual({ ok: false, message: '文件过大（8.0 MB），文本形式的年报不会超过 8.0 MB，不像是一份年报' });
  });
});
