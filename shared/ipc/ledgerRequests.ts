// Parsers for the ledger channels' requests (shared/ipc/ledger.ts): a year the formats know, a
// kind, a mapping by its own schema, row numbers within bounds.

import { z } from 'zod';
import { reportYearProblem } from '../formats';
import { mappingSchema, type LedgerMapping } from '../ledger';
import type { LedgerCountRequest, LedgerRequest } from './ledger';
import { MAX_LEDGER_ROWS_ASKED } from './ledger';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const year = z.number().refine((y) => reportYearProblem(y) === null);
const kind = z.enum(['applications', 'cases']);
const name = z.string().min(1).max(260);

function plain<T>(schema: z.ZodType<T>) {
  return (payload: unknown): Parsed<T> => {
    const parsed = schema.safeParse(payload);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: '请求格式不正确' };
  };
}

export const LEDGER_PARSERS = {
  openLedger: plain<LedgerRequest>(z.strictObject({ kind, year })),
  countLedger: plain<LedgerCountRequest>(z.strictObject({ kind, year, sheet: z.string().max(100), mapping: mappingSchema as z.ZodType<LedgerMapping> })),
  rememberLedgerMapping: plain<{ kind: LedgerRequest['kind']; mapping: LedgerMapping }>(z.strictObject({ kind, mapping: mappingSchema as z.ZodType<LedgerMapping> })),
  ledgerRows: plain<{ source: string; sheet: string; rows: number[] }>(z.strictObject({ source: name, sheet: z.string().max(100), rows: z.array(z.number().int().min(1).max(10_000_000)).max(MAX_LEDGER_ROWS_ASKED) })),
  exportLedgerTemplate: plain<{ year: number }>(z.strictObject({ year })),
};
