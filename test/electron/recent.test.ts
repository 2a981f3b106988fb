// The recent-files list and the recovery copies (electron/services).

import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECENT_LIMIT, RecentFiles } from '../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../electron/services/recovery';
import { loadFixture } from '../helpers';

const dir = () => mkdtempSync(join(tmpdir(), 'nianbao-svc-'));

describe('recent files', () => {
  it('lists newest first, without duplicates, capped, and persisted', async () => {
    const d = dir();
    const files = Array.from({ length: RECENT_LIMIT + 3 }, (_, i) => join(d, `${i}.nianbao`));
    files.forEach((f) => writeFileSync(f, ''));
    const recent = new RecentFiles(join(d, 'recent.json'));
    for (const f of files) await recent.add(f);
    await recent.add(files[5]);
    const again = new RecentFiles(join(d, 'recent.json'));
    const list = await again.list();
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]).toBe(files[5]);
    expect(list[1]).toBe(files[files.length - 1]);
    expect(new Set(list).size).toBe(list.length);
  });

  it('drops files that have vanished, and survives a damaged list', async () => {
    const d = dir();
    const [a, b] = [join(d, 'a.nianbao'), join(d, 'b.nianbao')];
    writeFileSync(a, '');
    writeFileSync(b, '');
    const recent = new RecentFiles(join(d, 'recent.json'));
    await recent.add(a);
    await recent.add(b);
    rmSync(a);
    expect(await recent.list()).toEqual([b]);
    writeFileSync(join(d, 'recent.json'), '{not json');
    expect(await recent.list()).toEqual([]);
    await recent.add(b);
    expect(await recent.list()).toEqual([b]);
  });
});

describe('recovery copies', () => {
  it('are written, found at the next start newest first, and cleared', async () => {
    const d = dir();
    const store = new RecoveryStore(d);
    const first = store.slot();
    const second = store.slot();
    await first.write(loadFixture('tianshui-2020'), '/docs/天水.nianbao');
    await new Promise((r) => setTimeout(r, 1100)); // savedAt has one-second resolution
    await second.write(loadFixture('sample-2024'), null);
    const found = await new RecoveryStore(d).leftOver();
    expect(found.map((f) => [f.report.organization, f.originalPath])).toEqual([
      ['示例市示例区人民政府', null],
      ['天水市人民政府', '/docs/天水.nianbao'],
    ]);
    await first.clear();
    expect((await store.leftOver()).map((f) => f.id)).toEqual([second.id]);
  });

  it('skip a damaged copy instead of failing', async () => {
    const d = dir();
    const store = new RecoveryStore(d);
    await store.slot('good').write(loadFixture('hongqiao-2020'), null);
    writeFileSync(join(d, 'torn.nianbao'), '{"kind":"nianbao-dr');
    writeFileSync(join(d, 'torn.json'), '{}');
    expect((await store.leftOver()).map((f) => f.id)).toEqual(['good']);
  });

  it('are offered by id, taken once, and removed once discarded', async () => {
    const d = dir();
    const store = new RecoveryStore(d);
    await store.slot('a').write(loadFixture('hongqiao-2020'), null);
    await store.slot('b').write(loadFixture('tianshui-2020'), null);
    const offers = new RecoveryOffers(store, await store.leftOver());
    expect(offers.all().map((o) => o.id).sort()).toEqual(['a', 'b']);
    expect(offers.take('b')?.report.organization).toBe('天水市人民政府');
    expect(offers.take('b')).toBeNull();
    await offers.discard('b');
    expect(offers.all().map((o) => o.id)).toEqual(['a']);
    expect(readdirSync(d).sort()).toEqual(['a.json', 'a.nianbao']);
  });

  it('never land an older copy after a newer one, nor after a clear', async () => {
    const d = dir();
    const store = new RecoveryStore(d);
    const slot = store.slot('s');
    const writes = [slot.write(loadFixture('hongqiao-2020'), null), slot.write(loadFixture('tianshui-2020'), null)];
    await Promise.all(writes);
    expect((await store.read('s'))?.report.organization).toBe('天水市人民政府');
    void slot.write(loadFixture('hongqiao-2020'), null);
    await slot.clear();
    expect(await store.read('s')).toBeNull();
  });
});
