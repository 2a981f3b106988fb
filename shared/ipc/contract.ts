// The typed contract between the renderer and main (design §4): every channel, its request and
// its result. The preload exposes one function per channel and nothing else; main (and the
// test/dev harness) parse every request with `parseRequest` before acting on it.

import { z } from 'zod';
import { validateReport } from '../draft';
import type { Report } from '../report';

export type Failure = { ok: false; reason: 'canceled' | 'invalid' | 'io'; message: string };
export type Opened = { ok: true; report: Report; fileName: string };
export type Saved = { ok: true; fileName: string };
export type ExportFormat = 'docx' | 'html';

/** What window.api offers the renderer. Main owns every path: the renderer never names one. */
export interface Api {
  /** The document given on the command line or by the file association, if any. */
  initialDocument(): Promise<Opened | { ok: false; reason: 'none' } | Failure>;
  /** Asks the user for a draft file and opens it. */
  openDocument(): Promise<Opened | Failure>;
  /** The bundled, complete and error-free sample report. */
  openSample(): Promise<Opened | Failure>;
  /** Saves to the current file, or asks where (always with saveAs). */
  saveDocument(request: { report: Report; saveAs: boolean }): Promise<Saved | Failure>;
  /** Asks where, then writes the Word or HTML export. */
  exportReport(request: { format: ExportFormat; report: Report }): Promise<Saved | Failure>;
}

export type Channel = keyof Api;
export type RequestOf<C extends Channel> = Parameters<Api[C]> extends [infer R] ? R : undefined;
export type ResultOf<C extends Channel> = Awaited<ReturnType<Api[C]>>;

/** IPC channel names, one per Api function. */
export const CHANNELS: Readonly<Record<Channel, string>> = {
  initialDocument: 'document:initial',
  openDocument: 'document:open',
  openSample: 'document:sample',
  saveDocument: 'document:save',
  exportReport: 'report:export',
};

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const none = z.undefined();

/** The envelope by its schema, then the report inside it exactly as a draft file's report. */
function withReport<T extends { report: unknown }>(schema: z.ZodType<T>) {
  return (payload: unknown): Parsed<Omit<T, 'report'> & { report: Report }> => {
    const envelope = schema.safeParse(payload);
    if (!envelope.success) return { ok: false, message: '请求格式不正确' };
    const report = validateReport(envelope.data.report);
    if (!report.ok) return { ok: false, message: report.message };
    return { ok: true, value: { ...envelope.data, report: report.report } };
  };
}

function noArgument(payload: unknown): Parsed<undefined> {
  return none.safeParse(payload).success ? { ok: true, value: undefined } : { ok: false, message: '此请求不带参数' };
}

const PARSERS: { [C in Channel]: (payload: unknown) => Parsed<RequestOf<C>> } = {
  initialDocument: noArgument,
  openDocument: noArgument,
  openSample: noArgument,
  saveDocument: withReport(z.strictObject({ saveAs: z.boolean(), report: z.unknown() })),
  exportReport: withReport(z.strictObject({ format: z.enum(['docx', 'html']), report: z.unknown() })),
};

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CHANNELS, name);
}

/** Validates an untrusted request for a channel: a malformed payload never reaches a handler. */
export function parseRequest<C extends Channel>(channel: C, payload: unknown): Parsed<RequestOf<C>> {
  return PARSERS[channel](payload);
}
