// Parsers for every channel's request: an untrusted payload is checked, the report inside it
// exactly as a draft file's, before any handler sees it.

import { z } from 'zod';
import { validateReport } from '../draft';
import { reportYearProblem } from '../formats';
import type { Report } from '../report';
import { CHECKLIST_FORMATS, EXPORT_FORMATS, type Channel, type RequestOf } from './channels';
import { DESK_PARSERS } from './deskRequests';
import { LEDGER_PARSERS } from './ledgerRequests';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const none = z.undefined();
const recoveryId = z.strictObject({ id: z.string().regex(/^[\w-]{1,64}$/) });

/** The envelope by its schema, then the reports inside it exactly as a draft file's reports. */
function withReport<T extends { report: unknown; prior?: unknown }>(schema: z.ZodType<T>) {
  return (payload: unknown): Parsed<Omit<T, 'report' | 'prior'> & { report: Report; prior: Report | null }> => {
    const envelope = schema.safeParse(payload);
    if (!envelope.success) return { ok: false, message: '请求格式不正确' };
    const report = validateReport(envelope.data.report);
    if (!report.ok) return { ok: false, message: report.message };
    let prior: Report | null = null;
    if (envelope.data.prior !== undefined && envelope.data.prior !== null) {
      const checked = validateReport(envelope.data.prior);
      if (!checked.ok) return { ok: false, message: `上年报告：${checked.message}` };
      prior = checked.report;
    }
    return { ok: true, value: { ...envelope.data, report: report.report, prior } };
  };
}

function plain<T>(schema: z.ZodType<T>) {
  return (payload: unknown): Parsed<T> => {
    const parsed = schema.safeParse(payload);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: '请求格式不正确' };
  };
}

function noArgument(payload: unknown): Parsed<undefined> {
  return none.safeParse(payload).success ? { ok: true, value: undefined } : { ok: false, message: '此请求不带参数' };
}

const PARSERS: { [C in Channel]: (payload: unknown) => Parsed<RequestOf<C>> } = {
  initialDocument: noArgument,
  openDocument: noArgument,
  openSample: noArgument,
  saveDocument: withReport(z.strictObject({ saveAs: z.boolean(), overwrite: z.boolean().optional(), report: z.unknown(), prior: z.unknown().optional() })),
  newFromPrior: noArgument,
  detachDocument: noArgument,
  exportReport: withReport(z.strictObject({ format: z.enum(EXPORT_FORMATS), report: z.unknown() })),
  exportGraphic: withReport(z.strictObject({ report: z.unknown(), prior: z.unknown().nullable() })),
  trendReports: noArgument,
  exportChecklist: withReport(z.strictObject({ format: z.enum(CHECKLIST_FORMATS), report: z.unknown(), prior: z.unknown().optional() })),
  openPrior: plain(z.strictObject({ source: z.enum(['draft', 'published']), year: z.number().refine((y) => reportYearProblem(y) === null) })),
  userLexicon: noArgument,
  printReport: withReport(z.strictObject({ report: z.unknown() })),
  aggregateUnits: plain(z.strictObject({ organization: z.string().trim().min(1).max(200), year: z.number().refine((y) => reportYearProblem(y) === null) })),
  importPublished: noArgument,
  recentDocuments: noArgument,
  openRecent: plain(z.strictObject({ index: z.number().int().min(0).max(100) })),
  autosave: withReport(z.strictObject({ report: z.unknown(), prior: z.unknown().optional() })),
  recoveryOffers: noArgument,
  restoreRecovery: plain(recoveryId),
  discardRecovery: plain(recoveryId),
  setDocumentState: plain(z.strictObject({ dirty: z.boolean() })),
  closeWindow: noArgument,
  openLocked: plain(z.strictObject({ choice: z.enum(['readOnly', 'takeOver']) })),
  userName: noArgument,
  setUserName: plain(z.strictObject({ name: z.string().trim().min(1).max(50) })),
  exportSignoff: withReport(z.strictObject({ format: z.enum(['pdf', 'docx']), report: z.unknown(), prior: z.unknown().optional() })),
  ...LEDGER_PARSERS,
  ...DESK_PARSERS,
};

/** Validates an untrusted request for a channel: a malformed payload never reaches a handler. */
export function parseRequest<C extends Channel>(channel: C, payload: unknown): Parsed<RequestOf<C>> {
  return PARSERS[channel](payload);
}
