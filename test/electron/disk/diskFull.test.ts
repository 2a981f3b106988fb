// Acceptance (issue 12, 1): with the disk full — a real tmpfs filled up where it can be mounted,
// and always a simulated disk whose writes stop short, then fail with ENOSPC — save, export,
// import, aggregate and new each give a clear Chinese error, leave the old file byte-identical
// and no temp file behind, and a failed save keeps (and refreshes) the recovery copy.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { withCells, fixturePath, loadFixture, referencePath } from '../../helpers';
import { cli } from '../cliHarness';
import { testApp } from '../sessions';
import { resetHooks } from './interposer';
import { tinyDisks } from './tinyDisk';

vi.mock('node:fs/promises', async (real) => (await import('./interposer')).interpose(await real()));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const disks = tinyDisks();
const ours = (dir: string) => readdirSync(dir).filter((f) => f !== '.filler');

afterEach(() => {
  for (const disk of disks) disk.empty();
  resetHooks();
});
afterAll(() => {
  for (const disk of disks) disk.close();
});

describe.each(disks.map((d) => [d.kind, d] as const))('a full disk (%s)', (_kind, disk) => {
  it('save: refused with 磁盘空间不足, the draft byte-identical, the recovery copy kept and refreshed', async () => {
    const app = await testApp();
    const dir = join(disk.dir, 'save');
    mkdirSync(dir);
    const draft = join(dir, '报告.nianbao');
    copyFileSync(fixturePath('sample-2024'), draft);
    const before = sha(draft);
    const window = app.window();
    window.dialogs.queue(draft);
    const opened = await window.session.openDocument();
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const edited = withCells(opened.report, { 'apply.R1.NP': 4242 });
    await window.session.autosave({ report: edited, prior: null });
    await window.session.setDocumentState({ dirty: true });

    disk.fill(4096); // room for part of the draft only: a short write, then ENOSPC
    const newer = withCells(edited, { 'apply.R1.BIZ': 7 });
    const saved = await window.session.saveDocument({ report: newer, prior: null, saveAs: false });
    expect(saved).toMatchObject({ ok: false, reason: 'io' });
    if (saved.ok) return;
    expect(saved.message).toContain('未能保存“报告.nianbao”');
    expect(saved.message).toContain(`位于 ${dir}`);
    expect(saved.message).toContain('磁盘空间不足');
    expect(saved.message).toContain('原文件没有改动');
    expect(sha(draft)).toBe(before);
    expect(ours(dir)).toEqual(['报告.nianbao']);
    // Nothing is cleared: the window stays dirty, and the copy holds what the clerk tried to save.
    expect(window.session.isDirty()).toBe(true);
    const copies = await app.store.leftOver();
    expect(copies.map((c) => c.report.cells['apply.R1.BIZ'])).toEqual([7]);

    // With space again, the same save goes through.
    disk.empty();
    expect(await window.session.saveDocument({ report: newer, prior: null, saveAs: false })).toMatchObject({ ok: true });
    expect(readFileSync(draft, 'utf8')).toContain('"apply.R1.BIZ": 7');
  });

  it('autosave: a copy that cannot be written is said, and the previous copy stays whole', async () => {
    const app = await testApp(join(disk.dir, `userdata-${Date.now()}`));
    const window = app.window();
    const report = loadFixture('tianshui-2020');
    expect(await window.session.autosave({ report, prior: null })).toEqual({ ok: true });
    disk.fill(0);
    const failed = await window.session.autosave({ report: withCells(report, { 'apply.R1.NP': 1 }), prior: null });
    expect(failed).toMatchObject({ ok: false });
    if (!failed.ok) expect(failed.message).toMatch(/^未能写入恢复副本（磁盘空间不足）/);
    disk.empty();
    const copies = await app.store.leftOver();
    expect(copies.map((c) => c.report.cells['apply.R1.NP'])).toEqual([report.cells['apply.R1.NP']]);
  });

  it('export: exit 2, the earlier export byte-identical', async () => {
    const dir = join(disk.dir, 'export');
    mkdirSync(dir);
    const html = join(dir, '年报.html');
    expect((await cli('export', fixturePath('hongqiao-2020'), '--html', html)).code).toBe(0);
    const before = sha(html);
    disk.fill(4096);
    const run = await cli('export', fixturePath('tianshui-2020'), '--html', html);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`未能导出 ${html}：磁盘空间不足`);
    expect(run.stderr).toContain('保持原样');
    expect(sha(html)).toBe(before);
    expect(ours(dir)).toEqual(['年报.html']);
  });

  it('export through the app: refused in Chinese, the earlier Word file byte-identical', async () => {
    const app = await testApp();
    const dir = join(disk.dir, 'export-app');
    mkdirSync(dir);
    const docx = join(dir, '年报.docx');
    const window = app.window();
    window.dialogs.queue(docx);
    expect(await window.session.exportReport({ format: 'docx', report: loadFixture('hongqiao-2020') })).toMatchObject({ ok: true });
    const before = sha(docx);
    disk.fill(4096);
    window.dialogs.queue(docx);
    const result = await window.session.exportReport({ format: 'docx', report: loadFixture('tianshui-2020') });
    expect(result).toMatchObject({ ok: false, reason: 'io' });
    if (!result.ok) expect(result.message).toContain('未能导出“年报.docx”');
    expect(sha(docx)).toBe(before);
    expect(ours(dir)).toEqual(['年报.docx']);
  });

  it.each([
    ['import', (out: string) => ['import', referencePath('published', 'tianshui-2020.txt'), '-o', out]],
    ['aggregate', (out: string) => ['aggregate', fixturePath('tianshui-2020'), fixturePath('shangjie-2020'), '--org', '某市人民政府', '--year', '2020', '-o', out]],
    ['new', (out: string) => ['new', '--year', '2024', '--org', '某县人民政府', '-o', out]],
    ['new --from', (out: string) => ['new', '--from', fixturePath('hongqiao-2020'), '-o', out]],
  ] as const)('%s: exit 2, a clear error, and no file at all', async (name, args) => {
    const dir = join(disk.dir, name.replace(/\W/g, '-'));
    mkdirSync(dir);
    const out = join(dir, '草稿.nianbao');
    disk.fill(0);
    const run = await cli(...args(out));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`无法写入 ${out}：磁盘空间不足`);
    expect(existsSync(out)).toBe(false);
    expect(ours(dir)).toEqual([]);
  });
});
