// The draft lock beside a draft on a shared folder (services/lock): who, which PC, since when;
// stale when its process on this PC is gone, or when another PC has not refreshed it for five
// minutes; an unreadable lock is stale; a session lets go of its own lock only; the name typed
// at a PC is remembered in its user data.

import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftLock, STALE_AFTER_MS, describeOwner, lockPathOf, readLock } from '../../electron/services/lock';
import { UserProfile } from '../../electron/services/profile';
import { tempDir } from './cliHarness';

const identity = (user: string) => async () => ({ user, host: hostname() });
const draftIn = (dir: string) => {
  const path = join(dir, '报告.nianbao');
  writeFileSync(path, '{}');
  return path;
};

describe('the draft lock', () => {
  it('is written beside the draft as "~$<name>.lock", read back as who, which PC and since when, and removed on release', async () => {
    const draft = draftIn(tempDir());
    const lock = new DraftLock(identity('张三'));
    expect(await lock.acquire(draft)).toEqual({ ok: true });
    expect(lockPathOf(draft).endsWith('~$报告.nianbao.lock')).toBe(true);
    const held = await readLock(draft);
    expect(held).toMatchObject({ stale: false, owner: { user: '张三', host: hostname(), pid: process.pid, session: lock.session } });
    expect(describeOwner(held!.owner)).toMatch(/^张三（电脑 .+）自 .+ 起$/);
    await lock.release();
    expect(existsSync(lockPathOf(draft))).toBe(false);
  });

  it('a second session is told who has the draft; it cannot take over a live lock, and may take over a stale one', async () => {
    const draft = draftIn(tempDir());
    const first = new DraftLock(identity('张三'));
    const second = new DraftLock(identity('李四'));
    await first.acquire(draft);
    expect(await second.acquire(draft)).toMatchObject({ ok: false, stale: false, owner: { user: '张三' } });
    expect(await second.acquire(draft, { takeOver: true })).toMatchObject({ ok: false, owner: { user: '张三' } });
    // The first session's process is gone (a pid no process has): stale.
    const dead = JSON.parse(readFileSync(lockPathOf(draft), 'utf8'));
    writeFileSync(lockPathOf(draft), JSON.stringify({ ...dead, pid: 2 ** 22 + 7 }));
    expect(await second.acquire(draft)).toMatchObject({ ok: false, stale: true });
    expect(await second.acquire(draft, { takeOver: true })).toEqual({ ok: true });
    expect((await readLock(draft))!.owner.user).toBe('李四');
    // The first, coming back, never removes the lock that is now someone else's.
    await first.release();
    expect((await readLock(draft))!.owner.user).toBe('李四');
  });

  it('from another PC, a lock is stale once it has not been refreshed for five minutes', async () => {
    const draft = draftIn(tempDir());
    writeFileSync(lockPathOf(draft), JSON.stringify({ kind: 'nianbao-lock', user: '王五', host: 'PC-ELSEWHERE', pid: process.pid, since: new Date().toISOString(), session: 'x' }));
    const now = Date.now();
    expect((await readLock(draft, now))!.stale).toBe(false);
    const old = new Date(now - STALE_AFTER_MS - 1000);
    utimesSync(lockPathOf(draft), old, old);
    expect(await readLock(draft, now)).toMatchObject({ stale: true, owner: { user: '王五', host: 'PC-ELSEWHERE' } });
  });

  it('an unreadable lock is stale, held by an unknown user', async () => {
    const draft = draftIn(tempDir());
    writeFileSync(lockPathOf(draft), 'garbage');
    expect(await readLock(draft)).toMatchObject({ stale: true, owner: { user: '未知用户' } });
    expect(await new DraftLock(identity('李四')).acquire(draft, { takeOver: true })).toEqual({ ok: true });
  });

  it('moving to another draft lets go of the first', async () => {
    const dir = tempDir();
    const a = draftIn(dir);
    const b = join(dir, '另一份.nianbao');
    writeFileSync(b, '{}');
    const lock = new DraftLock(identity('张三'));
    await lock.acquire(a);
    await lock.acquire(b);
    expect(existsSync(lockPathOf(a))).toBe(false);
    expect(lock.draft).toBe(b);
    await lock.release();
  });
});

describe('the name typed at this PC', () => {
  it('is remembered in user data, and names the lock', async () => {
    const file = join(tempDir(), 'profile.json');
    const profile = new UserProfile(file);
    expect(await profile.name()).toBeNull();
    await profile.setName('  王小明 ');
    expect(await new UserProfile(file).name()).toBe('王小明');
    expect(await new UserProfile(file).lockIdentity()).toEqual({ user: '王小明', host: hostname() });
  });
});
