// The document sessions of one app, against issue 12's sequences: two windows on one file, a
// file changed on disk before saving, stale recovery copies, offers acted on by id, a crashed
// page's copy, read-only files and exports onto a link to the draft.

import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, linkSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDraft } from '../../shared/draft';
import type { Opened } from '../../shared/ipc';
import { fixturePath, loadFixture, withCells } from '../helpers';
import { cli } from './cliHarness';
import { testApp, type TestApp, type TestWindow } from './sessions';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A copy of a fixture draft in the app's work folder. */
function draftIn(app: TestApp, name = '报告.nianbao'): string {
  const path = join(app.workDir, name);
  copyFileSync(fixturePath('tianshui-2020'), path);
  return path;
}

async function open(window: TestWindow, path: string): Promise<Opened> {
  window.dialogs.queue(path);
  const result = await window.session.openDocument();
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('one window per file', () => {
  it('opening a file open in another window brings that window forward instead, however the path is spelled', async () => {
    const app = await testApp();
    const path = draftIn(app);
    symlinkSync(path, join(app.workDir, '快捷方式.nianbao'));
    linkSync(path, join(app.workDir, '硬链接.nianbao'));
    const [a, b] = [app.window(), app.window()];
    await open(a, path);
    for (const spelling of [path, join(app.workDir, '快捷方式.nianbao'), join(app.workDir, '硬链接.nianbao'), join(app.workDir, '.', '报告.nianbao')]) {
      b.dialogs.queue(spelling);
      expect(await b.session.openDocument()).toEqual({ ok: false, reason: 'elsewhere', message: expect.stringContaining('已在另一个窗口中打开，已切换到那个窗口') });
    }
    expect(a.focused).toBe(4);
    expect(b.session.currentPath()).toBeNull();
    // Nor may the other window save its report onto that file.
    b.dialogs.queue(path);
    expect(await b.session.saveDocument({ report: loadFixture('hongqiao-2020'), prior: null, saveAs: true })).toMatchObject({ ok: false, reason: 'elsewhere' });
    // Once the first window is gone, the file opens in the second.
    a.session.dispose();
    expect((await open(b, path)).fileName).toBe('报告.nianbao');
  });

  it('a window that moves on to another report lets go of its file', async () => {
    const app = await testApp();
    const path = draftIn(app);
    const [a, b] = [app.window(), app.window()];
    await open(a, path);
    await a.session.detachDocument();
    expect((await open(b, path)).ok).toBe(true);
  });
});

describe('saving over a file that changed on disk', () => {
  it('asks instead of overwriting a colleague’s edit; 覆盖 then writes', async () => {
    const app = await testApp();
    const path = draftIn(app);
    const window = app.window();
    const { report } = await open(window, path);
    // Our own saves do not count as changes.
    expect(await window.session.saveDocument({ report: withCells(report, { 'apply.R1.NP': 81 }), prior: null, saveAs: false })).toMatchObject({ ok: true });
    expect(await window.session.saveDocument({ report: withCells(report, { 'apply.R1.NP': 82 }), prior: null, saveAs: false })).toMatchObject({ ok: true });

    const colleague = serializeDraft(withCells(report, { 'apply.R1.NP': 99 }));
    writeFileSync(path, colleague);
    const mine = withCells(report, { 'apply.R1.NP': 83 });
    const refused = await window.session.saveDocument({ report: mine, prior: null, saveAs: false });
    expect(refused).toMatchObject({ ok: false, reason: 'changed' });
    if (!refused.ok) expect(refused.message).toContain('“报告.nianbao”在打开之后已被修改');
    expect(readFileSync(path, 'utf8')).toBe(colleague);

    expect(await window.session.saveDocument({ report: mine, prior: null, saveAs: false, overwrite: true })).toMatchObject({ ok: true });
    expect(readFileSync(path, 'utf8')).toContain('"apply.R1.NP": 83');
  });

  it('notices a file replaced with the same size, and one that was removed', async () => {
    const app = await testApp();
    const path = draftIn(app);
    const window = app.window();
    const { report } = await open(window, path);
    // Same bytes, written anew by another program (another inode, another time).
    const bytes = readFileSync(path);
    rmSync(path);
    writeFileSync(path, bytes);
    expect(await window.session.saveDocument({ report, prior: null, saveAs: false })).toMatchObject({ ok: false, reason: 'changed' });
    rmSync(path);
    const gone = await window.session.saveDocument({ report, prior: null, saveAs: false });
    expect(gone).toMatchObject({ ok: false, reason: 'changed' });
    if (!gone.ok) expect(gone.message).toContain('已不在原来的位置');
  });

  it('refuses a read-only draft with a message, leaving it as it was', async () => {
    const app = await testApp();
    const path = draftIn(app);
    const window = app.window();
    const { report } = await open(window, path);
    chmodSync(path, 0o444);
    const before = sha(path);
    const result = await window.session.saveDocument({ report: withCells(report, { 'apply.R1.NP': 1 }), prior: null, saveAs: false });
    expect(result).toMatchObject({ ok: false, reason: 'io' });
    if (!result.ok) expect(result.message).toContain('文件是只读的，不能覆盖');
    expect(sha(path)).toBe(before);
  });
});

describe('recovery copies that can only help', () => {
  /** A session that autosaved edits to `path` and then died, leaving its copy behind. */
  async function crashedWith(app: TestApp, path: string, np: number): Promise<void> {
    const window = app.window();
    const { report } = await open(window, path);
    await window.session.autosave({ report: withCells(report, { 'apply.R1.NP': np }), prior: null });
  }

  it('a copy is offered when its file is opened, and restoring it lets saving go straight to the file', async () => {
    const first = await testApp();
    const path = draftIn(first);
    await crashedWith(first, path, 501);
    const again = await testApp(first.userData);
    const window = again.window();
    const opened = await open(window, path);
    expect(opened.recovery).toEqual([expect.objectContaining({ fileName: '报告.nianbao', stale: null, title: '天水市人民政府2020年政府信息公开工作年度报告' })]);
    const restored = await window.session.restoreRecovery({ id: opened.recovery![0].id });
    expect(restored).toMatchObject({ ok: true, fileName: '报告.nianbao', unsaved: true });
    if (!restored.ok) return;
    expect(restored.report.cells['apply.R1.NP']).toBe(501);
    expect(await window.session.saveDocument({ report: restored.report, prior: null, saveAs: false })).toMatchObject({ ok: true });
  });

  it('a copy older than the file on disk says so, and saving it asks instead of writing over the newer work', async () => {
    const first = await testApp();
    const path = draftIn(first);
    await crashedWith(first, path, 501);
    // After the crash the clerk opened the file directly, redid the work and saved it.
    const second = await testApp(first.userData);
    const redo = second.window();
    const { report } = await open(redo, path);
    await redo.session.saveDocument({ report: withCells(report, { 'apply.R1.NP': 777 }), prior: null, saveAs: false });
    redo.session.dispose();
    const newer = sha(path);

    const third = await testApp(first.userData);
    const window = third.window();
    const { offers } = await window.session.recoveryOffers();
    expect(offers).toEqual([expect.objectContaining({ stale: 'changed', fileName: '报告.nianbao', fileChangedAt: expect.any(String) })]);
    const restored = await window.session.restoreRecovery({ id: offers[0].id });
    expect(restored).toMatchObject({ ok: true, unsaved: true });
    if (!restored.ok) return;
    expect(restored.notes?.[0]).toContain('恢复的内容早于磁盘上的“报告.nianbao”');
    const saved = await window.session.saveDocument({ report: restored.report, prior: null, saveAs: false });
    expect(saved).toMatchObject({ ok: false, reason: 'changed' });
    expect(sha(path)).toBe(newer);
  });

  it('恢复 and 放弃 act on the copy shown, by id — never on the next one queued', async () => {
    const first = await testApp();
    const older = draftIn(first, '甲.nianbao');
    const newer = draftIn(first, '乙.nianbao');
    await crashedWith(first, older, 1);
    await new Promise((r) => setTimeout(r, 1100)); // savedAt has one-second resolution
    await crashedWith(first, newer, 2);
    const again = await testApp(first.userData);
    const [a, b] = [again.window(), again.window()];
    const { offers } = await a.session.recoveryOffers();
    expect(offers.map((o) => o.fileName)).toEqual(['乙.nianbao', '甲.nianbao']);
    // Window b shows and discards 甲 (the second in the list): 乙 stays, untouched.
    await b.session.discardRecovery({ id: offers[1].id });
    expect((await again.store.leftOver()).map((c) => c.originalPath)).toEqual([newer]);
    expect((await a.session.recoveryOffers()).offers.map((o) => o.fileName)).toEqual(['乙.nianbao']);
    // Restoring what another window already settled is refused, and takes nothing else.
    expect(await a.session.restoreRecovery({ id: offers[1].id })).toMatchObject({ ok: false, message: expect.stringContaining('已不存在') });
    const restored = await a.session.restoreRecovery({ id: offers[0].id });
    expect(restored.ok && restored.report.cells['apply.R1.NP']).toBe(2);
  });

  it('a copy that arrives after the save goes once the page says nothing is unsaved (no stale offer after a crash)', async () => {
    const app = await testApp();
    const path = draftIn(app);
    const window = app.window();
    const { report } = await open(window, path);
    const edited = withCells(report, { 'apply.R1.NP': 7 });
    await window.session.setDocumentState({ dirty: true });
    expect(await window.session.saveDocument({ report: edited, prior: null, saveAs: false })).toMatchObject({ ok: true });
    // The page's timer fired just before the save came back: its copy lands after the save.
    await window.session.autosave({ report: edited, prior: null });
    await window.session.setDocumentState({ dirty: false });
    expect(await app.store.leftOver()).toEqual([]);
  });

  it('a crashed page’s copy becomes an offer; closing its window never deletes it', async () => {
    const app = await testApp();
    const path = draftIn(app);
    const window = app.window();
    const { report } = await open(window, path);
    await window.session.autosave({ report: withCells(report, { 'apply.R1.NP': 12 }), prior: null });
    await window.session.setDocumentState({ dirty: true });
    await window.session.pageLost();
    // The reloaded page starts clean; the file is free for any window.
    expect([window.session.isDirty(), window.session.currentPath(), app.openFiles.size]).toEqual([false, null, 0]);
    await window.session.discardEdits();
    window.session.dispose();
    const other = app.window();
    const opened = await open(other, path);
    expect(opened.recovery).toHaveLength(1);
    const restored = await other.session.restoreRecovery({ id: opened.recovery![0].id });
    expect(restored.ok && restored.report.cells['apply.R1.NP']).toBe(12);
  });
});

describe('exports never land on the draft', () => {
  it('refuses a target that is a link to the open draft, in the app and on the command line', async () => {
    const app = await testApp();
    const path = draftIn(app);
    const link = join(app.workDir, '发布版.html');
    symlinkSync(path, link);
    const window = app.window();
    const { report } = await open(window, path);
    const before = sha(path);
    window.dialogs.queue(link);
    expect(await window.session.exportReport({ format: 'html', report })).toEqual({ ok: false, reason: 'invalid', message: '导出文件不能与草稿是同一个文件（该位置指向草稿本身）' });
    const run = await cli('export', path, '--html', link);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不能与草稿是同一个文件');
    expect(sha(path)).toBe(before);
  });
});
