// The columns a ledger (台账) is read by: what each field means, what offices call its column
// (header wordings), and which fields a ledger needs. Two kinds of ledger: the register of
// disclosure applications (政府信息公开申请登记台账, table 三) and that of 行政复议 and 行政诉讼
// cases (table 四).

import { norm } from './categories';

export type LedgerKind = 'applications' | 'cases';

export const APPLICATION_FIELDS = ['received', 'applicantType', 'applicantName', 'answered', 'outcome', 'reason', 'carried'] as const;
export const CASE_FIELDS = ['filed', 'caseKind', 'reviewedFirst', 'concluded', 'result'] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];
export type CaseField = (typeof CASE_FIELDS)[number];
export type LedgerField = ApplicationField | CaseField;

export const FIELDS_OF: Readonly<Record<LedgerKind, readonly LedgerField[]>> = { applications: APPLICATION_FIELDS, cases: CASE_FIELDS };

/** Fields whose values are dates. */
export const DATE_FIELDS: ReadonlySet<LedgerField> = new Set(['received', 'answered', 'filed', 'concluded']);

/** Fields whose values are the statute's categories (and so may need the clerk's mapping). */
export const CATEGORY_FIELDS: ReadonlySet<LedgerField> = new Set(['applicantType', 'applicantName', 'outcome', 'reason', 'carried', 'caseKind', 'reviewedFirst', 'result']);

export const FIELD_NAMES: Readonly<Record<LedgerField, string>> = {
  received: '收到日期',
  applicantType: '申请人类型',
  applicantName: '申请人名称',
  answered: '答复日期',
  outcome: '办理结果',
  reason: '理由（不予公开、无法提供、不予处理的具体情形）',
  carried: '是否结转下年度',
  filed: '收到（立案）日期',
  caseKind: '案件类别',
  reviewedFirst: '是否经复议',
  concluded: '审结日期',
  result: '审结结果',
};

/**
 * What offices head each column with (after `norm`). An exact heading wins over one that only
 * contains a wording, and a longer wording over a shorter one ("申请人类型" is not "申请人").
 */
const HEADINGS: Readonly<Record<LedgerField, readonly string[]>> = {
  received: ['收到日期', '收到申请日期', '申请日期', '受理日期', '登记日期', '收件日期', '接收日期', '申请时间', '收到时间', '受理时间', '收文日期', '来件日期'],
  applicantType: ['申请人类型', '申请人类别', '申请人性质', '申请主体类型', '申请人身份', '申请人情况', '主体类型', '类型', '类别'],
  applicantName: ['申请人', '申请人名称', '申请人姓名', '姓名', '名称', '姓名或名称', '申请人姓名或名称', '申请单位'],
  answered: ['答复日期', '办结日期', '答复时间', '办结时间', '回复日期', '告知日期', '出具答复日期', '答复书日期', '处理日期'],
  outcome: ['办理结果', '答复结果', '处理结果', '答复类型', '办理情况', '答复情况', '答复方式', '答复意见', '结果'],
  reason: ['理由', '不予公开理由', '不公开理由', '无法提供理由', '不予处理理由', '具体情形', '原因', '情形', '依据', '具体理由', '答复依据'],
  carried: ['结转', '是否结转', '结转下年度', '是否结转下年度', '结转下年'],
  filed: ['收到日期', '立案日期', '受理日期', '申请日期', '起诉日期', '收到时间', '立案时间', '收案日期'],
  caseKind: ['案件类别', '案件类型', '类别', '类型', '案由类别', '救济途径'],
  reviewedFirst: ['是否经复议', '是否复议', '经复议', '复议后起诉'],
  concluded: ['审结日期', '结案日期', '办结日期', '决定日期', '判决日期', '审结时间', '结案时间', '裁判日期'],
  result: ['审结结果', '结果', '复议结果', '判决结果', '处理结果', '办理结果', '裁判结果', '结案结果', '复议决定'],
};

const HEADINGS_NORM = Object.fromEntries(Object.entries(HEADINGS).map(([f, hs]) => [f, hs.map(norm)])) as Record<LedgerField, string[]>;

/**
 * How well a heading names a field: 3 exact, 2 the heading contains one of the field's wordings
 * (longer wordings score a fraction more), 0 not at all.
 */
export function headingScore(field: LedgerField, heading: string): number {
  const h = norm(heading);
  if (h === '' || h.length > 40) return 0;
  let best = 0;
  for (const w of HEADINGS_NORM[field]) {
    if (h === w) return 3;
    if (w.length >= 2 && h.includes(w)) best = Math.max(best, 2 + w.length / 100);
  }
  return best;
}

/** The fields without which a ledger of this kind cannot be counted at all. */
export function missingFields(kind: LedgerKind, columns: Partial<Record<LedgerField, number>>): LedgerField[] {
  const has = (f: LedgerField) => columns[f] !== undefined;
  if (kind === 'cases') return (['filed', 'caseKind', 'result'] as const).filter((f) => !has(f));
  const missing: LedgerField[] = [];
  if (!has('received')) missing.push('received');
  if (!has('applicantType') && !has('applicantName')) missing.push('applicantType');
  if (!has('outcome') && !has('reason')) missing.push('outcome');
  return missing;
}
