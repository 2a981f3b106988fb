// The .doc reader on damaged compound files: a chain of sectors that loops back, or a header
// that claims more sectors than the file has, is refused in Chinese. Before the guards, a loop
// grew an array until V8 aborted the whole process (found by the binary fuzz).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocRefused, compoundHeaderHolds, docTokens } from '../../electron/services/readers/doc';
import { loopedDirectory } from './compoundFile';

const sample = new Uint8Array(readFileSync(fileURLToPath(new URL('../fixtures/import/sample-2024.doc', import.meta.url))));
const REFUSAL = '文件不是有效的 Word 97-2003 文档（.doc），可能已损坏';

async function refusal(bytes: Uint8Array): Promise<unknown> {
  return docTokens(bytes).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('the .doc reader', () => {
  it('reads the sample report', async () => {
    expect(compoundHeaderHolds(sample)).toBe(true);
    const text = (await docTokens(sample)).map((t) => t.text).join('');
    expect(text).toContain('政府信息公开');
  });

  it('refuses a file whose chain of sectors loops back', async () => {
    const e = await refusal(loopedDirectory(sample));
    expect(e).toBeInstanceOf(DocRefused);
    expect((e as Error).message).toBe(REFUSAL);
  });

  it.each([
    ['allocation-table sectors', 44, 2 ** 30],
    ['short-sector table sectors', 64, 1_000_000],
    ['master-table sectors', 72, -5],
  ])('refuses a header that claims more %s than the file has, before reading them', async (_, at, count) => {
    const bad = sample.slice();
    new DataView(bad.buffer).setInt32(at, count, true);
    expect(compoundHeaderHolds(bad)).toBe(false);
    expect(((await refusal(bad)) as Error).message).toBe(REFUSAL);
  });

  it('refuses sector sizes Word never writes', async () => {
    const bad = sample.slice();
    new DataView(bad.buffer).setUint16(30, 28, true);
    expect(((await refusal(bad)) as Error).message).toBe(REFUSAL);
  });
});
