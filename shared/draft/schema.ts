// The schema of the current draft file (design §3). Strict: a field we do not know is refused,
// never dropped, so saving can never lose what another version wrote.

import { z } from 'zod';
import { EDITION_IDS, FIRST_REPORT_YEAR, LAST_REPORT_YEAR, type EditionId } from '../formats';
import { MAX_LEDGER_LINKS } from '../ledger/apply';
import {
  EXPORT_FONTS,
  IMPORT_MARK_REASONS,
  MAX_COUNT,
  MAX_FEE_YUAN,
  ORGANIZATION_TYPES,
  PROVENANCE_PROOFS,
  REPORT_DEFAULTS,
  TEXT_SECTIONS,
  WORKFLOW_LIMITS,
  WORKFLOW_STEPS,
  type Report,
} from '../report';
import * as cap from './caps';

export const DRAFT_KIND = 'nianbao-draft';
export const CURRENT_FILE_VERSION = 4;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

const finite = z.number().refine(Number.isFinite, '应为有限数字');
// The limits of shared/report/limits: the editor accepts nothing the file would refuse. (A cell's
// limit depends on its kind, known from its edition: checked after the schema, in file.ts.)
const yuanOrNull = z.number().min(0).max(MAX_FEE_YUAN).nullable();

const textSchema = z
  .strictObject(Object.fromEntries(TEXT_SECTIONS.map((s) => [s, cap.partText(s)])) as Record<(typeof TEXT_SECTIONS)[number], ReturnType<typeof cap.partText>>)
  .superRefine(cap.wholeText);

/** Units one consolidated report may list: a province's desk holds a few thousand. */
export const MAX_CONSOLIDATED_UNITS = 10_000;

// The caps of the report's life live with the report (shared/report/limits): the editor reads them without the schema.
export { WORKFLOW_LIMITS };

const isoDate = z.string().regex(ISO_DATE, '应为“YYYY-MM-DD”格式的日期').refine(isRealDate, '不是有效的日期');
const name = z.string().max(WORKFLOW_LIMITS.name).refine((s) => s.trim() !== '', '姓名不能为空');
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const time = z.string().max(40).regex(ISO_TIME, '应为“YYYY-MM-DDThh:mm:ss+08:00”格式的时间').refine((s) => isRealDate(s.slice(0, 10)), '不是有效的日期');
const fingerprintText = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制的内容指纹');
const note = z.string().max(WORKFLOW_LIMITS.note);
const position = z.number().int().min(0).max(1_000_000_000);
const coordinate = z.number().min(-100_000).max(100_000);

// What a version freezes (ReportContent): the printed fields, read as strictly as the report's own.
const contentShape = {
  edition: z.enum(EDITION_IDS as [EditionId, ...EditionId[]]),
  year: z.number().int().min(FIRST_REPORT_YEAR).max(LAST_REPORT_YEAR),
  organization: cap.text(cap.MAX_ORGANIZATION_CHARS, '机关名称'),
  title: cap.text(cap.MAX_TITLE_CHARS, '标题').nullable(),
  text: textSchema,
  cells: z.record(z.string(), finite),
  // Optional means optional (design §3): a field another tool or an older version left out reads
  // as its default; a field we do not know is still refused.
  notApplicable: cap.list(z.string(), cap.MAX_NOT_APPLICABLE, '不适用（“/”）的单元格').default(() => []),
  fees: z
    .strictObject({
      noticeCount: z.number().int().min(0).max(MAX_COUNT).nullable(),
      noticeAmountYuan: yuanOrNull,
      collectedYuan: yuanOrNull,
    })
    .default(() => ({ noticeCount: null, noticeAmountYuan: null, collectedYuan: null })),
};
const closing = z.strictObject({ signature: cap.text(cap.MAX_ORGANIZATION_CHARS, '署名').nullable(), date: isoDate.nullable() }).default(() => REPORT_DEFAULTS().closing);

const workflowSchema = z.strictObject({
  history: z
    .array(
      z.strictObject({
        step: z.enum(WORKFLOW_STEPS),
        by: name,
        at: time,
        note,
        fingerprint: fingerprintText,
        date: isoDate.nullable(),
        url: z.string().max(WORKFLOW_LIMITS.url).regex(/^https?:\/\/[^\s<>"]+$/i, '应为以 http:// 或 https:// 开头的网址').nullable(),
      }),
    )
    .max(WORKFLOW_LIMITS.entries),
  versions: z.record(fingerprintText, z.strictObject({ ...contentShape, closing })),
  remarks: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[\w-]{1,64}$/, '应为 1–64 位字母、数字或连字符'),
        anchor: z.string().min(1).max(WORKFLOW_LIMITS.anchor),
        quote: z.string().max(WORKFLOW_LIMITS.quote),
        text: note,
        by: name,
        at: time,
        resolved: z.strictObject({ by: name, at: time, note }).nullable(),
      }),
    )
    .max(WORKFLOW_LIMITS.remarks),
});

const sourcePlace = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), line: position, column: position }),
  z.strictObject({ kind: z.literal('page'), page: position, x: coordinate, y: coordinate }),
  z.strictObject({ kind: z.literal('table'), table: position, row: position, cell: position }),
  z.strictObject({ kind: z.literal('paragraph'), paragraph: position, column: position }),
]);
/** A printed figure is at most 17 characters (9,000,000,000.000000); a cell's text a little more. */
const printed = z.string().max(WORKFLOW_LIMITS.printed);

export const reportSchema = z.strictObject({
  ...contentShape,
  explanations: cap.record(cap.text(cap.MAX_REASON_CHARS, '说明'), cap.MAX_EXPLANATIONS, '说明').default(() => ({})),
  // Since fileVersion 3:
  publishDate: isoDate.nullable().default(null),
  organizationType: z.enum(ORGANIZATION_TYPES).nullable().default(null),
  acknowledgements: cap
    .list(z.strictObject({ rule: cap.text(cap.MAX_NOTE_CHARS, '规则'), anchor: cap.text(cap.MAX_ANCHOR_CHARS, '说明的位置'), reason: cap.text(cap.MAX_REASON_CHARS, '说明') }), cap.MAX_ACKNOWLEDGEMENTS, '已说明的警告')
    .default(() => []),
  importMarks: z
    .record(z.string(), z.strictObject({ reason: z.enum(IMPORT_MARK_REASONS), detail: cap.text(cap.MAX_NOTE_CHARS, '导入标记的说明') }))
    .default(() => ({})),
  importRecord: z
    .strictObject({ source: cap.text(cap.MAX_NOTE_CHARS, '导入的文件名'), importedAt: cap.text(cap.MAX_NOTE_CHARS, '导入时间'), notes: cap.list(cap.text(cap.MAX_NOTE_CHARS, '导入说明'), cap.MAX_IMPORT_NOTES, '导入说明') })
    .nullable()
    .default(null),
  exportOptions: z.strictObject({ fonts: z.enum(EXPORT_FONTS) }).default(() => REPORT_DEFAULTS().exportOptions),
  // Since fileVersion 4 (in the order a Report lists them, so that saves are byte-stable):
  closing,
  provenance: z
    .record(
      z.string(),
      z.strictObject({
        place: sourcePlace,
        printed,
        joined: z.strictObject({ place: sourcePlace, printed }).optional(),
        snippet: z.string().max(WORKFLOW_LIMITS.snippet),
        proof: z.enum(PROVENANCE_PROOFS),
      }),
    )
    .default(() => ({})),
  ledgers: z
    .array(
      z.strictObject({
        source: z.string().max(260),
        sheet: z.string().max(100),
        countedAt: z.string().max(40),
        rows: z.record(z.string(), z.array(z.number().int().min(1).max(10_000_000))),
      }),
    )
    .max(MAX_LEDGER_LINKS)
    .default(() => []),
  workflow: workflowSchema.default(() => REPORT_DEFAULTS().workflow),
  // A consolidated report's units (汇总, the desk): absent from a unit's own report.
  consolidation: z
    .strictObject({
      at: cap.text(40, '汇总时间'),
      units: cap.list(
        z.strictObject({ organization: cap.text(cap.MAX_ORGANIZATION_CHARS, '汇总单位名称'), file: cap.text(260, '汇总单位文件'), errors: z.number().int().min(0), warnings: z.number().int().min(0) }),
        MAX_CONSOLIDATED_UNITS,
        '汇总单位',
      ),
      left: cap.list(z.strictObject({ organization: cap.text(cap.MAX_ORGANIZATION_CHARS, '未计入单位名称'), reason: cap.text(cap.MAX_NOTE_CHARS, '未计入的原因') }), MAX_CONSOLIDATED_UNITS, '未计入的单位'),
    })
    .optional(),
});

// The schema reads exactly a Report: drift between the two is a compile error, not a cast.
const readsAReport = (r: z.output<typeof reportSchema>): Report => r;
void readsAReport;

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
