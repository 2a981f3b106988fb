// `units` and the app on a folder that says nothing: a folder that cannot be listed or a register
// without units (exit 2, the app refuses), a folder without drafts or with only broken ones (exit 1,
// said; the app refuses the empty one), an impossible --today (exit 2).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { deskHandlers } from '../../../electron/services/desk/session';
import type { Dialogs } from '../../../electron/services/sessionTypes';
import { unitReport, unitText } from '../../deskFixtures';
import { cli, tempDir, writeDraft } from '../cliHarness';

/** A folder this test runs as root cannot be denied, so listing it fails here. */
const LOCKED = '无权限的文件夹';
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = ((path: string, ...rest: unknown[]) =>
    String(path).endsWith(LOCKED) ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) : (fs.readdir as (...a: unknown[]) => unknown)(path, ...rest)) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

const TODAY = '2025-02-20';
const good = (dir: string, name: string, i = 0) => writeDraft(dir, `${name}.nianbao`, { ...unitReport(name, 2024, unitText(name, i), 1), publishDate: '2025-01-20' });

function app(folder: string) {
  const dialogs = { chooseUnitsFolder: async () => folder } as unknown as Dialogs;
  return deskHandlers({ dialogs, open: async () => ({ ok: false, reason: 'invalid', message: '' }), detach: async () => {} });
}

describe('units on a folder that says nothing', () => {
  it('exits 2 when the folder cannot be listed, and the app refuses it', async () => {
    const dir = join(tempDir(), LOCKED);
    mkdirSync(dir);
    const out = await cli('units', dir, '--today', TODAY);
    expect([out.code, out.stderr]).toEqual([2, expect.stringContaining(`文件夹“${LOCKED}”无法读取`)]);
    expect(await app(dir).openDesk({ year: 2024 })).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining(`文件夹“${LOCKED}”无法读取`) });
  });

  it('exits 1 on an empty folder, saying no drafts were found; the app refuses it', async () => {
    const dir = join(tempDir(), '空文件夹');
    mkdirSync(dir);
    const out = await cli('units', dir, '--today', TODAY);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('中没有找到 2024 年度各单位的年报草稿');
    expect(await app(dir).openDesk({ year: 2024 })).toMatchObject({ ok: false, message: expect.stringContaining('没有找到') });
  });

  it('exits 1 on a folder of broken drafts only, or where some drafts could not be read (no roster)', async () => {
    const dir = join(tempDir(), '坏草稿');
    mkdirSync(dir);
    writeFileSync(join(dir, '某县甲局.nianbao'), '{"kind": "nianbao-draft"');
    const broken = await cli('units', dir, '--today', TODAY, '--year', '2024');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('无法读取：某县甲局.nianbao');
    expect(broken.stderr).toContain('1 个草稿无法读取');
    // The app opens it, so that each file is listed with its reason.
    expect(await app(dir).openDesk({ year: 2024 })).toMatchObject({ ok: true, view: { rows: [], unreadable: [{ file: '某县甲局.nianbao' }] } });
    good(dir, '某县乙局');
    expect((await cli('units', dir, '--today', TODAY)).code).toBe(1);
  });

  it('exits 2 on a register with a heading row and no units, naming it', async () => {
    const dir = tempDir();
    good(dir, '某县乙局');
    const register = join(dir, '名册.csv');
    writeFileSync(register, '\uFEFF单位名称,单位类型\r\n');
    const out = await cli('units', dir, '--register', register, '--today', TODAY);
    expect([out.code, out.stderr]).toEqual([2, expect.stringContaining('单位名册“名册.csv”的“单位名称”列下没有单位')]);
    expect((await cli('units', dir, '--today', TODAY)).code).toBe(0);
  });

  it('refuses a --today that is no day of the calendar', async () => {
    const dir = tempDir();
    good(dir, '某县乙局');
    const out = await cli('units', dir, '--today', '2025-02-30');
    expect([out.code, out.stderr]).toEqual([2, expect.stringContaining('2025-02-30')]);
    expect((await cli('units', dir, '--today', '2024-02-29')).code).toBe(0);
  });
});
