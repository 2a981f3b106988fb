// Parsers for the desk's channels (shared/ipc/desk.ts): a year the formats know, a file the page
// names as the desk listed it (checked again in main against the desk's own list), names within caps.

import { z } from 'zod';
import { reportYearProblem } from '../formats';
import { MAX_ORGANIZATION_CHARS } from '../report';
import { DESK_EXPORT_FORMATS, type DeskExportFormat, type DeskSumRequest, type FormerNameRequest } from './desk';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function plain<T>(schema: z.ZodType<T>) {
  return (payload: unknown): Parsed<T> => {
    const parsed = schema.safeParse(payload);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: '请求格式不正确' };
  };
}
function none(payload: unknown): Parsed<undefined> {
  return payload === undefined ? { ok: true, value: undefined } : { ok: false, message: '此请求不带参数' };
}

const name = z.string().trim().min(1).max(MAX_ORGANIZATION_CHARS);

export const DESK_PARSERS = {
  openDesk: plain<{ year: number }>(z.strictObject({ year: z.number().refine((y) => reportYearProblem(y) === null) })),
  refreshDesk: none,
  deskProgress: none,
  chooseDeskPrior: none,
  openDeskUnit: plain<{ file: string }>(z.strictObject({ file: z.string().min(1).max(1000) })),
  importRoster: none,
  saveDeskRoster: none,
  recordFormerName: plain<FormerNameRequest>(z.strictObject({ unit: name, former: name })),
  exportDesk: plain<{ format: DeskExportFormat }>(z.strictObject({ format: z.enum(DESK_EXPORT_FORMATS) })),
  aggregateDesk: plain<DeskSumRequest>(z.strictObject({ organization: name, confirmed: z.array(z.string().max(MAX_ORGANIZATION_CHARS)).max(10_000) })),
};
