// Recovery copies: while a report has unsaved edits, a copy is written to the user-data folder;
// saving, or closing without saving on purpose, removes it. A copy still there at the next start
// means that session ended abnormally, and it is offered back.

import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { parseDraft, serializeDraft } from '../../shared/draft';
import type { Report } from '../../shared/report';

export interface Recovered {
  id: string;
  report: Report;
  prior: Report | null;
  /** The file the report came from, if it had been saved. */
  originalPath: string | null;
  savedAt: string;
}

interface Meta {
  originalPath: string | null;
}

export class RecoveryStore {
  constructor(private dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** A slot for one editing session. */
  slot(id: string = randomUUID()): RecoverySlot {
    return new RecoverySlot(this.dir, id);
  }

  /** Copies left by sessions that did not end cleanly, newest first; unreadable ones are skipped. */
  async leftOver(): Promise<Recovered[]> {
    const ids = readdirSync(this.dir).filter((f) => f.endsWith('.nianbao')).map((f) => f.slice(0, -'.nianbao'.length));
    const found: Recovered[] = [];
    for (const id of ids) {
      try {
        const parsed = parseDraft(await readFile(join(this.dir, `${id}.nianbao`), 'utf8'));
        const meta = JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf8')) as Meta;
        if (parsed.ok) found.push({ id, report: parsed.draft.report, prior: parsed.draft.prior, originalPath: meta.originalPath ?? null, savedAt: parsed.draft.savedAt });
      } catch {
        // A copy torn by the crash itself: the previous copy was replaced atomically, so skip it.
      }
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }
}

export class RecoverySlot {
  constructor(
    private dir: string,
    readonly id: string,
  ) {}

  async write(report: Report, originalPath: string | null, prior: Report | null = null): Promise<void> {
    // Meta first: a copy is only offered when both are there.
    await writeFileAtomic(join(this.dir, `${this.id}.json`), JSON.stringify({ originalPath } satisfies Meta));
    await writeFileAtomic(join(this.dir, `${this.id}.nianbao`), serializeDraft(report, new Date(), prior));
  }

  async clear(): Promise<void> {
    await rm(join(this.dir, `${this.id}.nianbao`), { force: true });
    await rm(join(this.dir, `${this.id}.json`), { force: true });
  }
}

/** The left-over copies found at start, offered one at a time to the windows that open. */
export class RecoveryOffers {
  constructor(private offers: Recovered[]) {}

  next(): Recovered | null {
    return this.offers[0] ?? null;
  }

  /** The copy was restored into a new slot or refused: its files go. */
  async settle(store: string, id: string): Promise<void> {
    this.offers = this.offers.filter((o) => o.id !== id);
    await new RecoverySlot(store, id).clear();
  }
}
