// Recovery copies: while a report has unsaved edits, a copy is written to the user-data folder,
// with the file it belongs to and that file's stamp when the edits began; saving, or closing
// without saving on purpose, removes it. A copy still there at the next start (or left by a
// window whose page crashed) is offered back — each offer by its own id.

import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDraft, serializeDraft } from '../../shared/draft';
import type { RecoveryOffer } from '../../shared/ipc';
import { reportTitle, type Report } from '../../shared/report';
import { cleanStaleTemps, writeFileAtomic } from './atomicWrite';
import { fileKey, fileStamp, sameKey, sameStamp, stampDate, type FileStamp } from './fileIdentity';

export interface Recovered {
  id: string;
  report: Report;
  prior: Report | null;
  /** The file the report came from, if it had been saved. */
  originalPath: string | null;
  /** That file's stamp when these edits began (opened or last saved): newer on disk means stale. */
  baseStamp: FileStamp | null;
  savedAt: string;
}

interface Meta {
  originalPath: string | null;
  baseStamp?: FileStamp | null;
}

const ID = /^[\w-]{1,64}$/;

export class RecoveryStore {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** A slot for one editing session. */
  slot(id: string = randomUUID()): RecoverySlot {
    return new RecoverySlot(this.dir, id);
  }

  /** One copy; null when it is not there (any more) or cannot be read. */
  async read(id: string): Promise<Recovered | null> {
    if (!ID.test(id)) return null;
    try {
      const parsed = parseDraft(await readFile(join(this.dir, `${id}.nianbao`), 'utf8'));
      const meta = JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf8')) as Meta;
      if (!parsed.ok) return null;
      return { id, report: parsed.draft.report, prior: parsed.draft.prior, originalPath: meta.originalPath ?? null, baseStamp: meta.baseStamp ?? null, savedAt: parsed.draft.savedAt };
    } catch {
      // A copy torn by the crash itself: the previous copy was replaced atomically, so skip it.
      return null;
    }
  }

  /** Copies left by sessions that did not end cleanly, newest first; unreadable ones are skipped. */
  async leftOver(): Promise<Recovered[]> {
    await cleanStaleTemps(this.dir);
    const ids = readdirSync(this.dir).filter((f) => f.endsWith('.nianbao')).map((f) => f.slice(0, -'.nianbao'.length));
    const found = (await Promise.all(ids.map((id) => this.read(id)))).filter((r): r is Recovered => r !== null);
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }
}

export class RecoverySlot {
  /** Writes and clears one after another, so that an older copy never lands after a newer one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private dir: string,
    readonly id: string,
  ) {}

  write(report: Report, originalPath: string | null, prior: Report | null = null, baseStamp: FileStamp | null = null): Promise<void> {
    return this.enqueue(async () => {
      // Meta first: a copy is only offered when both are there.
      await writeFileAtomic(join(this.dir, `${this.id}.json`), JSON.stringify({ originalPath, baseStamp } satisfies Meta));
      await writeFileAtomic(join(this.dir, `${this.id}.nianbao`), serializeDraft(report, new Date(), prior));
    });
  }

  clear(): Promise<void> {
    return this.enqueue(async () => {
      await rm(join(this.dir, `${this.id}.nianbao`), { force: true });
      await rm(join(this.dir, `${this.id}.json`), { force: true });
    });
  }

  /** Waits for the writes asked for so far. */
  settled(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * The copies on offer, shared by every window of the app: found at start, and those of windows
 * whose page crashed. An offer is taken by id, once: two windows never restore the same copy.
 */
export class RecoveryOffers {
  constructor(
    private store: RecoveryStore,
    private offers: Recovered[] = [],
  ) {}

  all(): readonly Recovered[] {
    return this.offers;
  }

  add(copy: Recovered): void {
    this.offers = [copy, ...this.offers.filter((o) => o.id !== copy.id)];
  }

  /** The copies of the file at `path` (by real path or inode), newest first. */
  async forFile(path: string): Promise<Recovered[]> {
    const key = await fileKey(path);
    const found: Recovered[] = [];
    for (const offer of this.offers) {
      if (offer.originalPath && sameKey(key, await fileKey(offer.originalPath))) found.push(offer);
    }
    return found;
  }

  /** Removes the offer from the list (its files stay until settled); null when already taken. */
  take(id: string): Recovered | null {
    const offer = this.offers.find((o) => o.id === id) ?? null;
    this.offers = this.offers.filter((o) => o.id !== id);
    return offer;
  }

  /** The copy was restored into a session's own slot, or refused: its files go. */
  async discard(id: string): Promise<void> {
    await this.store.slot(id).clear();
  }
}

/** What the page is told of an offer: whether the file moved on since the copy's edits began. */
export async function describeOffer(copy: Recovered): Promise<RecoveryOffer> {
  const info: RecoveryOffer = { id: copy.id, title: reportTitle(copy.report), savedAt: copy.savedAt, fileName: copy.originalPath && basename(copy.originalPath), stale: null };
  if (!copy.originalPath) return info;
  const now = await fileStamp(copy.originalPath).catch(() => null);
  if (now === null) return { ...info, stale: 'missing' };
  if (!sameStamp(now, copy.baseStamp)) return { ...info, stale: 'changed', fileChangedAt: stampDate(now).toISOString() };
  return info;
}

/** What restoring a copy older than its file (or whose file is gone) must tell the clerk. */
export function staleNote(offer: RecoveryOffer): string | null {
  if (offer.stale === 'changed') {
    const when = new Date(offer.fileChangedAt!).toLocaleString('zh-CN', { hour12: false });
    return `恢复的内容早于磁盘上的“${offer.fileName}”：该文件在 ${when} 又修改过。保存时会询问，建议另存为新文件，以免覆盖较新的内容。`;
  }
  if (offer.stale === 'missing') return `“${offer.fileName}”已不在原来的位置，恢复的内容保存时会询问保存到哪里。`;
  return null;
}
