// The schema of the current draft file (design §3). Strict: a field we do not know is refused,
// never dropped, so saving can never lose what another version wrote.

import { z } from 'zod';
import { EDITION_IDS, FIRST_REPORT_YEAR } from '../formats';
import { TEXT_SECTIONS } from '../report';

export const DRAFT_KIND = 'nianbao-draft';
export const CURRENT_FILE_VERSION = 2;

const finite = z.number().refine(Number.isFinite, '应为有限数字');
const nonNegativeOrNull = z.number().min(0).refine(Number.isFinite).nullable();

const textSchema = z.strictObject(
  Object.fromEntries(TEXT_SECTIONS.map((s) => [s, z.string()])) as Record<(typeof TEXT_SECTIONS)[number], z.ZodString>,
);

export const reportSchema = z.strictObject({
  edition: z.enum(EDITION_IDS as [string, ...string[]]),
  year: z.number().int().min(FIRST_REPORT_YEAR).max(2100),
  organization: z.string(),
  title: z.string().nullable(),
  text: textSchema,
  cells: z.record(z.string(), finite),
  notApplicable: z.array(z.string()),
  fees: z.strictObject({
    noticeCount: z.number().int().min(0).nullable(),
    noticeAmountYuan: nonNegativeOrNull,
    collectedYuan: nonNegativeOrNull,
  }),
  explanations: z.record(z.string(), z.string()),
});

export const draftSchema = z.strictObject({
  kind: z.literal(DRAFT_KIND),
  fileVersion: z.literal(CURRENT_FILE_VERSION),
  savedAt: z.string(),
  report: reportSchema,
  /**
   * Since fileVersion 2: a copy of last year's report this one was started from, so that the
   * cross-year rules and the year-over-year view work wherever the file goes, years later.
   */
  prior: reportSchema.nullable(),
});
