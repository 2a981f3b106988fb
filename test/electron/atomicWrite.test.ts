// electron/services/atomicWrite: all or nothing, every byte count checked, read-only files and
// taken names respected at the moment of writing, symlinks written through, permissions kept,
// temp files of killed saves cleaned when (and only when) that is safe.

import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STALE_TEMP_MS, TEMP_SUFFIX, WriteFailure, cleanStaleTemps, removeLiveTemps, writeFileAtomic } from '../../electron/services/atomicWrite';
import { tempCreated, tempPathFor } from '../../electron/services/tempFiles';
import { exportPathProblem } from '../../electron/services/exports';
import { fileStamp } from '../../electron/services/fileIdentity';
import { hooks, resetHooks } from './disk/interposer';

vi.mock('node:fs/promises', async (real) => (await import('./disk/interposer')).interpose(await real()));

const dir = () => mkdtempSync(join(tmpdir(), 'nianbao-atomic-'));
afterEach(resetHooks);

async function failure(promise: Promise<unknown>): Promise<WriteFailure> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WriteFailure);
  return e as WriteFailure;
}

describe('writeFileAtomic', () => {
  it('replaces a file whole, leaves nothing else, and returns the stamp of what it wrote', async () => {
    const d = dir();
    const path = join(d, '报告.nianbao');
    writeFileSync(path, 'old');
    const stamp = await writeFileAtomic(path, '新的内容');
    expect(readFileSync(path, 'utf8')).toBe('新的内容');
    expect(readdirSync(d)).toEqual(['报告.nianbao']);
    expect(stamp).toEqual(await fileStamp(path));
  });

  it('keeps writing after a short write, and checks that every byte arrived', async () => {
    const d = dir();
    const path = join(d, 'a.txt');
    hooks.write = (_p, requested) => Math.min(requested, 7); // the system writes 7 bytes at a time
    const text = '一二三四五六七八九十'.repeat(50);
    await writeFileAtomic(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('treats a write that makes no progress as an error, and leaves the old file and no temp', async () => {
    const d = dir();
    const path = join(d, 'a.txt');
    writeFileSync(path, 'old');
    hooks.write = () => -1;
    const e = await failure(writeFileAtomic(path, 'new content'));
    expect(e.reason).toBe('磁盘空间不足');
    expect(e.message).toBe(`无法写入 ${path}：磁盘空间不足`);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['a.txt']);
  });

  it('refuses a read-only file (a rename would replace it silently), even as root', async () => {
    const d = dir();
    const path = join(d, '只读.nianbao');
    writeFileSync(path, 'old');
    chmodSync(path, 0o444);
    const e = await failure(writeFileAtomic(path, 'new'));
    expect(e.reason).toContain('文件是只读的，不能覆盖');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['只读.nianbao']);
  });

  it('refuses a folder', async () => {
    const e = await failure(writeFileAtomic(dir(), 'x'));
    expect(e.reason).toBe('这是一个文件夹，不是文件');
  });

  it('says the folder does not exist', async () => {
    const e = await failure(writeFileAtomic(join(dir(), 'no', 'such', 'a.txt'), 'x'));
    expect(e.reason).toBe('文件夹不存在');
  });

  it('keeps the permissions of the file it replaces', async () => {
    const d = dir();
    const path = join(d, 'a.txt');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeFileAtomic(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('writes through a symlink to the real file, keeping the link', async () => {
    const d = dir();
    const real = join(d, 'real.txt');
    const alias = join(d, 'alias.txt');
    writeFileSync(real, 'old');
    symlinkSync(real, alias);
    await writeFileAtomic(alias, 'new');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(lstatSync(alias).isSymbolicLink()).toBe(true);
    expect(readlinkSync(alias)).toBe(real);
  });
});

describe("writeFileAtomic in 'create' mode (never replace)", () => {
  it('refuses a name that is taken', async () => {
    const d = dir();
    const path = join(d, 'a.nianbao');
    writeFileSync(path, 'theirs');
    const e = await failure(writeFileAtomic(path, 'ours', { mode: 'create' }));
    expect(e.code).toBe('EEXIST');
    expect(readFileSync(path, 'utf8')).toBe('theirs');
  });

  it('never replaces a file someone creates while the write runs: decided at the moment of linking', async () => {
    const d = dir();
    const path = join(d, 'a.nianbao');
    hooks.beforeLink = (_existing, target) => writeFileSync(target, 'a colleague was faster');
    const e = await failure(writeFileAtomic(path, 'ours', { mode: 'create' }));
    expect(e.reason).toContain('可能是刚刚由他人创建的');
    expect(readFileSync(path, 'utf8')).toBe('a colleague was faster');
    expect(readdirSync(d)).toEqual(['a.nianbao']);
  });

  it('on a filesystem without hard links, falls back to an exclusive copy, equally safe', async () => {
    const d = dir();
    const path = join(d, 'a.nianbao');
    hooks.beforeLink = () => {
      throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    };
    await writeFileAtomic(path, 'ours', { mode: 'create' });
    expect(readFileSync(path, 'utf8')).toBe('ours');
    expect(readdirSync(d)).toEqual(['a.nianbao']);
    hooks.beforeLink = (_existing, target) => {
      writeFileSync(target, 'theirs');
      throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
    };
    const other = join(d, 'b.nianbao');
    const e = await failure(writeFileAtomic(other, 'ours', { mode: 'create' }));
    expect(e.code).toBe('EEXIST');
    expect(readFileSync(other, 'utf8')).toBe('theirs');
  });
});

describe('a path ending in a separator', () => {
  it('is a folder, never written as a file named without the separator', async () => {
    const d = dir();
    const e = await failure(writeFileAtomic(`${join(d, 'sub')}/`, 'data'));
    expect([e.code, e.reason]).toEqual(['EISDIR', '路径以分隔符结尾，指的是文件夹，不是文件']);
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('a live temp folder (a conversion of ours)', () => {
  it('is removed with all it holds when the process ends', () => {
    const d = dir();
    const folder = join(d, 'nianbao-pdf-x');
    mkdirSync(join(folder, 'profile'), { recursive: true });
    writeFileSync(join(folder, 'report.docx'), 'docx');
    tempCreated(folder);
    removeLiveTemps();
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('temp files of a killed save', () => {
  it('are recognisable, and removed only once stale', async () => {
    const d = dir();
    const stale = join(d, `.报告.nianbao.4242-0a1b2c3d${TEMP_SUFFIX}`);
    const fresh = join(d, `.报告.nianbao.4243-0a1b2c3e${TEMP_SUFFIX}`);
    const notOurs = join(d, `.notes${TEMP_SUFFIX}`);
    for (const f of [stale, fresh, notOurs]) writeFileSync(f, 'torn');
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    utimesSync(stale, old, old);
    utimesSync(notOurs, old, old);
    await writeFileAtomic(join(d, '报告.nianbao'), 'saved');
    expect(readdirSync(d).sort()).toEqual([fresh, notOurs, join(d, '报告.nianbao')].map((p) => p.slice(d.length + 1)).sort());
    expect(await cleanStaleTemps(d, Date.now() + STALE_TEMP_MS + 1000)).toEqual([fresh.slice(d.length + 1)]);
  });
});

describe('temp files of a process that no longer runs', () => {
  it('are removed at the next write to their folder, however fresh; a running one’s and another computer’s are kept', async () => {
    const d = dir();
    const ours = tempPathFor(d, '报告.nianbao');
    const dead = ours.replace(`-${process.pid}-`, '-99999999-');
    const running = ours.replace(`-${process.pid}-`, `-${process.ppid}-`);
    const elsewhere = dead.replace(/\.([0-9a-f]{6})-99999999-/, (_m, host: string) => `.${host === 'aaaaaa' ? 'bbbbbb' : 'aaaaaa'}-99999999-`);
    for (const f of [dead, running, elsewhere]) writeFileSync(f, 'torn');
    await writeFileAtomic(join(d, '其他.nianbao'), 'saved');
    expect(readdirSync(d).sort()).toEqual([running, elsewhere, join(d, '其他.nianbao')].map((p) => p.slice(d.length + 1)).sort());
  });

  it('are removed when the process ends by a signal, the target untouched', () => {
    const d = dir();
    const temp = tempPathFor(d, 'a.nianbao');
    writeFileSync(temp, 'half');
    tempCreated(temp);
    removeLiveTemps();
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('exportPathProblem: the same file by what it is, not how it is spelled', () => {
  it('refuses a symlink or a hard link to the draft, and a spelling with ..', async () => {
    const d = dir();
    const draft = join(d, '报告.nianbao');
    writeFileSync(draft, '{}');
    symlinkSync(draft, join(d, 'link.html'));
    linkSync(draft, join(d, 'hard.docx'));
    for (const target of ['link.html', 'hard.docx']) {
      expect(await exportPathProblem(join(d, target), draft)).toContain('不能与草稿是同一个文件');
    }
    expect(await exportPathProblem(join(d, 'x', '..', '报告.nianbao'), draft)).toContain('不能与草稿是同一个文件');
    expect(await exportPathProblem(join(d, '别的.nianbao'), draft)).toContain('扩展名 .nianbao');
    expect(await exportPathProblem(join(d, '报告.html'), draft)).toBeNull();
  });
});
