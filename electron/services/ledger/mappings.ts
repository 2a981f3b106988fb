// The clerk's ledger mappings, kept in the user-data folder (ledger-mappings.json) by layout:
// next year's ledger of the same layout is counted with the same columns and values, no questions
// asked. Never a value of the 申请人名称 column (a person's name): shared/ledger `storable`.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { mappingSchema, storable, type LedgerMapping } from '../../../shared/ledger';
import { writeFileAtomic } from '../atomicWrite';

/** Layouts remembered: an office keeps a handful of ledgers; the oldest beyond this are dropped. */
export const MAPPINGS_LIMIT = 50;

const fileSchema = z.array(mappingSchema.extend({ layout: z.string().max(4000) }));

export class LedgerMappings {
  constructor(private file: string) {}

  private async all(): Promise<(LedgerMapping & { layout: string })[]> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? (parsed.data as (LedgerMapping & { layout: string })[]) : [];
    } catch {
      return []; // none yet, or unreadable: the clerk maps again, nothing is lost
    }
  }

  /** The mapping saved for a ledger of this layout, if any. */
  async forLayout(layout: string): Promise<LedgerMapping | null> {
    return (await this.all()).find((m) => m.layout === layout) ?? null;
  }

  /** Never fails the count: a mapping that cannot be saved is only asked again next time. */
  async remember(layout: string, mapping: LedgerMapping): Promise<boolean> {
    const kept = { ...storable(mapping), layout };
    const others = (await this.all()).filter((m) => m.layout !== layout);
    return writeFileAtomic(this.file, `${JSON.stringify([kept, ...others].slice(0, MAPPINGS_LIMIT), null, 2)}\n`).then(
      () => true,
      () => false,
    );
  }
}
