// The draft lock on a shared folder, as Word's "~$" owner file: "~$<draft>.lock" beside the draft
// says who has it open (the name typed on that PC), which PC, since when. A second session is
// told so and opens read-only; a lock whose session was killed — its process gone on this PC, or
// not refreshed for STALE_AFTER_MS from another PC — is stale, and may be taken over. Written
// atomically (never-replace for a new lock, so two PCs racing cannot both win).

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import { readFile, stat, unlink, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';

export interface LockOwner {
  user: string;
  host: string;
  pid: number;
  /** When the draft was opened (ISO). */
  since: string;
  session: string;
}

export type LockHeld = { owner: LockOwner; stale: boolean };
export type Acquired = { ok: true } | ({ ok: false } & LockHeld);

/** A lock refreshed every minute; from another PC, one not refreshed for 5 minutes is stale. */
export const HEARTBEAT_MS = 60_000;
export const STALE_AFTER_MS = 5 * 60_000;
const MAX_LOCK_BYTES = 4096;
const KIND = 'nianbao-lock';

export const lockPathOf = (draft: string): string => join(dirname(draft), `~$${basename(draft)}.lock`);

/**
 * Whether a process of this PC is alive (a signal 0 probes without touching it). A killed process
 * nobody has reaped yet (a zombie: its parent died with it) still answers the probe; on Linux its
 * state says it is gone.
 */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^\d+ \(.*\) [ZX]/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (Windows, macOS): the probe's answer stands
  }
}

/** The lock beside a draft, if any: its owner and whether it is stale. Unreadable locks are stale. */
export async function readLock(draft: string, now = Date.now()): Promise<LockHeld | null> {
  const path = lockPathOf(draft);
  let info;
  try {
    info = await stat(path);
  } catch {
    return null;
  }
  const unknown: LockOwner = { user: '未知用户', host: '未知电脑', pid: 0, since: info.mtime.toISOString(), session: '' };
  if (info.size > MAX_LOCK_BYTES) return { owner: unknown, stale: true };
  let owner: LockOwner;
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    if (v.kind !== KIND || typeof v.user !== 'string' || typeof v.host !== 'string' || typeof v.pid !== 'number' || typeof v.since !== 'string' || typeof v.session !== 'string') {
      return { owner: unknown, stale: true };
    }
    owner = { user: v.user.slice(0, 50), host: v.host.slice(0, 100), pid: v.pid, since: v.since.slice(0, 40), session: v.session.slice(0, 64) };
  } catch {
    return { owner: unknown, stale: true };
  }
  const here = owner.host === hostname();
  const stale = here ? !alive(owner.pid) : now - info.mtime.getTime() > STALE_AFTER_MS;
  return { owner, stale };
}

/** One session's hold on one draft. */
export class DraftLock {
  readonly session = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private path: string | null = null;

  constructor(private identity: () => Promise<{ user: string; host: string }>) {}

  /** The draft this session holds, if any. */
  get draft(): string | null {
    return this.path;
  }

  /**
   * Takes the draft's lock: free, ours already, or (with takeOver) stale. Otherwise who has it.
   * Holding another draft's lock, that one is let go once this one is taken.
   */
  async acquire(draft: string, { takeOver = false } = {}): Promise<Acquired> {
    const held = await readLock(draft);
    if (held && held.owner.session !== this.session && !(takeOver && held.stale)) return { ok: false, ...held };
    if (!held || held.owner.session !== this.session) {
      const { user, host } = await this.identity();
      const owner: LockOwner = { user, host, pid: process.pid, since: new Date().toISOString(), session: this.session };
      const text = JSON.stringify({ kind: KIND, ...owner }, null, 2);
      try {
        // A stale lock is replaced; a free place is taken only if nobody took it meanwhile.
        await writeFileAtomic(lockPathOf(draft), text, { mode: held ? 'replace' : 'create' });
      } catch {
        const now = await readLock(draft);
        if (now && now.owner.session !== this.session) return { ok: false, ...now };
        // A folder we cannot write to: no lock can be kept there; the draft opens all the same.
      }
    }
    if (this.path && this.path !== draft) await this.release();
    this.path = draft;
    this.beat();
    return { ok: true };
  }

  /** Who holds the draft's lock, when it is someone else. */
  async readHeld(draft: string): Promise<LockHeld | null> {
    const held = await readLock(draft);
    return held && held.owner.session !== this.session ? held : null;
  }

  /** Lets go of the lock (only if it is still ours: a colleague may have taken over a stale one). */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const draft = this.path;
    this.path = null;
    if (!draft) return;
    const held = await readLock(draft);
    if (held?.owner.session === this.session) await unlink(lockPathOf(draft)).catch(() => undefined);
  }

  /** Another PC judges staleness by the lock's age: it is touched every minute while held. */
  private beat(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.path) void utimes(lockPathOf(this.path), new Date(), new Date()).catch(() => undefined);
    }, HEARTBEAT_MS);
    this.timer.unref();
  }
}

/** “张三（电脑 PC-01）自 2025年1月20日 09:30 起” */
export function describeOwner(owner: LockOwner): string {
  const since = new Date(owner.since);
  const when = Number.isNaN(since.getTime()) ? '' : `自 ${since.toLocaleString('zh-CN', { hour12: false, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })} 起`;
  return `${owner.user}（电脑 ${owner.host}）${when}`;
}
