// Every fileVersion ever released keeps opening: test/fixtures/drafts holds files of each version,
// kept forever, and each opens, migrated, to a valid current draft.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FILE_VERSION, parseDraft, serializeDraft } from '../../shared/draft';
import { reconcile } from '../../shared/reconcile';

const dir = join(import.meta.dirname, '..', 'fixtures', 'drafts');
const files = readdirSync(dir).filter((f) => f.endsWith('.nianbao'));
const versionOf = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')).fileVersion as number;

describe('old draft files', () => {
  it('include at least one file of every version from 1 to the current one', () => {
    const versions = new Set(files.map(versionOf));
    for (let v = 1; v <= CURRENT_FILE_VERSION; v++) expect(versions.has(v), `fileVersion ${v}`).toBe(true);
  });

  it.each(files)('%s opens, and saves back as the current version without losing anything', (file) => {
    const parsed = parseDraft(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.draft.fileVersion).toBe(CURRENT_FILE_VERSION);
    const again = parseDraft(serializeDraft(parsed.draft.report, new Date(), parsed.draft.prior));
    expect(again.ok && [again.draft.report, again.draft.prior]).toEqual([parsed.draft.report, parsed.draft.prior]);
    // Their figures still agree; their narrative and, for a rolled-forward draft, table 二 are
    // not all there, which S-01 and S-02 rightly say.
    const errors = reconcile(parsed.draft.report, parsed.draft.prior ?? undefined).filter((f) => f.severity === 'error');
    expect(errors.filter((f) => f.rule !== 'S-01' && f.rule !== 'S-02')).toEqual([]);
  });

  it('a version-1 file has no prior; a version-2 file remembers it', () => {
    const v1 = parseDraft(readFileSync(join(dir, 'hongqiao-2020.nianbao'), 'utf8'));
    const v2 = parseDraft(readFileSync(join(dir, 'hongqiao-2021-v2.nianbao'), 'utf8'));
    expect(v1.ok && v1.draft.prior).toBeNull();
    expect(v2.ok && v2.draft.prior?.organization).toBe('天津市红桥区人民政府');
    expect(v2.ok && v2.draft.report.cells['apply.R2.NP']).toBe(1); // carried from 2020
  });

  it('older files read the version-3 fields as their defaults; a version-3 file keeps them', () => {
    const v2 = parseDraft(readFileSync(join(dir, 'hongqiao-2021-v2.nianbao'), 'utf8'));
    const v3 = parseDraft(readFileSync(join(dir, 'sample-2024-v3.nianbao'), 'utf8'));
    if (!v2.ok || !v3.ok) throw new Error('fixture does not open');
    expect(v2.draft.report).toMatchObject({ publishDate: null, organizationType: null, acknowledgements: [], importMarks: {}, importRecord: null, exportOptions: { fonts: 'gb2312' } });
    expect(v3.draft.report).toMatchObject({
      publishDate: '2025-01-24',
      organizationType: 'department',
      importMarks: { 'apply.R2.RES': { reason: 'blankAsZero' } },
      importRecord: { source: '示例局2024年报.html' },
      exportOptions: { fonts: 'common' },
    });
    expect(v3.draft.report.acknowledgements).toHaveLength(1);
  });

  it('older files read the version-4 fields as their defaults; a version-4 file keeps them', () => {
    const v3 = parseDraft(readFileSync(join(dir, 'sample-2024-v3.nianbao'), 'utf8'));
    const v4 = parseDraft(readFileSync(join(dir, 'sample-2024-v4.nianbao'), 'utf8'));
    if (!v3.ok || !v4.ok) throw new Error('fixture does not open');
    expect(v3.draft.report).toMatchObject({ closing: { signature: null, date: null }, provenance: {}, ledgers: [], workflow: { history: [], versions: {}, remarks: [] } });
    expect(v4.draft.report.closing).toEqual({ signature: '示例市示例区人民政府办公室', date: '2025-01-20' });
    expect(v4.draft.report.provenance['active.REG.ISSUED']).toMatchObject({ place: { kind: 'table', table: 1, row: 3, cell: 2 }, printed: '1', proof: 'position' });
    // A figure printed in two pieces keeps where each stood.
    expect(v4.draft.report.provenance['apply.R1.BIZ']).toMatchObject({ printed: '1', joined: { place: { kind: 'text', line: 41, column: 29 }, printed: '4' }, proof: 'arithmetic' });
    expect(v4.draft.report.ledgers[0].rows['apply.R3_1.NP']).toEqual([5, 9, 17]);
    // Everything else is the version-3 file's.
    const withoutV4 = ({ closing: _c, provenance: _p, ledgers: _l, ...rest }: typeof v3.draft.report) => rest;
    expect(withoutV4(v4.draft.report)).toEqual(withoutV4(v3.draft.report));
  });
});
