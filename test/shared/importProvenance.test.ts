// Every figure an import places is traceable (issue 20): each has a provenance with its proof,
// and each stands in the source file where the provenance says, read back from the file by
// other means than the importer's (test/importTrace.ts) — for every reference, unseen and
// committed import fixture. No figure is placed without a proof, and no code path "provisionally"
// fills a cell.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/services/imports';
import { referencePath } from '../helpers';
import { expectTraceable, resolverFor } from '../importTrace';

const unseen = (...parts: string[]) => fileURLToPath(new URL(['../fixtures/unseen', ...parts].join('/'), import.meta.url));
const committed = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

const FILES = [
  ...readdirSync(referencePath('published')).map((f) => referencePath('published', f)),
  ...readdirSync(unseen('published')).map((f) => unseen('published', f)),
  committed('sample-2024.pdf'),
];

describe.each(FILES.map((f) => [f.split('/').slice(-2).join('/'), f] as const))('%s', (_, path) => {
  it('places every figure with a proof, each printed where its provenance says', async () => {
    // (A PDF is given time: the first one starts the PDF reader, seconds on a busy machine.)
    const imported = await importBytes(path.split('/').pop()!, new Uint8Array(readFileSync(path)), { pdfBudgetMs: 60_000 });
    if (!imported.ok) throw new Error(imported.message);
    const placed = expectTraceable(imported.report, await resolverFor(path));
    expect(placed).toBeGreaterThan(20);
  });
});

describe('no provisional figures', () => {
  it('no code of the importer fills a cell “provisionally” (暂填)', () => {
    const root = (dir: string) => fileURLToPath(new URL(`../../${dir}`, import.meta.url));
    const sources = [
      ...readdirSync(root('shared/import')).map((f) => root(`shared/import/${f}`)),
      root('electron/services/imports.ts'),
      ...readdirSync(root('electron/services/readers')).map((f) => root(`electron/services/readers/${f}`)),
    ];
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/暂填|暂时填入|provisional/i);
  });
});
