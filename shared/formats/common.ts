// The parts of the national format that are identical in the 2019 and 2021 editions
// (spec §2, §5, §6): the six-part outline, the header and most rows of table 三, table 四.

import type { ApplyTable, ColumnDef, Group, PartDef, ReviewTable, RowDef, TableId, TextSectionId, TreeNode } from './types';

export const PARTS: readonly PartDef[] = [
  { text: 'overview', numeral: '一', heading: '一、总体情况', variants: [] },
  {
    text: 'active',
    numeral: '二',
    heading: '二、主动公开政府信息情况',
    variants: ['二、行政机关主动公开政府信息情况'],
    table: 'active',
  },
  {
    text: 'applications',
    numeral: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    variants: ['三、行政机关收到和处理政府信息公开申请情况'],
    table: 'apply',
  },
  {
    text: 'review',
    numeral: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    variants: [
      '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况',
      '四、政府信息公开行政复议和行政诉讼情况',
    ],
    table: 'review',
  },
  {
    text: 'problems',
    numeral: '五',
    heading: '五、存在的主要问题及改进情况',
    variants: ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在问题及改进情况', '五、存在的主要问题及整改措施', '五、存在的主要问题及整改情况'],
  },
  {
    text: 'other',
    numeral: '六',
    heading: '六、其他需要报告的事项',
    variants: ['六、其它需要报告的事项', '六、其他需要报告事项'],
  },
];

/** The part each statutory table is printed in (二、三、四). */
export const TABLE_PARTS = Object.fromEntries(PARTS.filter((p) => p.table).map((p) => [p.table, p.text])) as Readonly<Record<TableId, TextSectionId>>;

/** What a clerk calls each narrative section: 前言, then the parts by their official headings. */
export const SECTION_NAMES: Readonly<Record<TextSectionId, string>> = {
  preamble: '前言',
  ...(Object.fromEntries(PARTS.map((p) => [p.text, p.heading])) as Record<Exclude<TextSectionId, 'preamble'>, string>),
};

const row = (key: string, label: string): RowDef => ({ key, label });
const group = <T>(label: string, children: readonly TreeNode<T>[]): Group<T> => ({ group: label, children });

// ---- Table 三 ----

export const APPLY_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const applicantColumn = (key: string, label: string): ColumnDef => ({ key, label, kind: 'count' });

export const APPLY_COLUMNS: ApplyTable['columns'] = [
  group('申请人情况', [
    applicantColumn('NP', '自然人'),
    group('法人或其他组织', [
      applicantColumn('BIZ', '商业企业'),
      applicantColumn('RES', '科研机构'),
      applicantColumn('NGO', '社会公益组织'),
      applicantColumn('LAW', '法律服务机构'),
      applicantColumn('OTH', '其他'),
    ]),
    { key: 'TOT', label: '总计', kind: 'count', derivedBy: 'T3-02' },
  ]),
];

/** 三、本年度办理结果 (一)…(五); the editions differ only in (六) 其他处理. */
const OUTCOMES_BEFORE_OTHER: readonly TreeNode<RowDef>[] = [
  row('R3_1', '（一）予以公开'),
  row('R3_2', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  group('（三）不予公开', [
    row('R3_3_1', '1.属于国家秘密'),
    row('R3_3_2', '2.其他法律行政法规禁止公开'),
    row('R3_3_3', '3.危及“三安全一稳定”'),
    row('R3_3_4', '4.保护第三方合法权益'),
    row('R3_3_5', '5.属于三类内部事务信息'),
    row('R3_3_6', '6.属于四类过程性信息'),
    row('R3_3_7', '7.属于行政执法案卷'),
    row('R3_3_8', '8.属于行政查询事项'),
  ]),
  group('（四）无法提供', [
    row('R3_4_1', '1.本机关不掌握相关政府信息'),
    row('R3_4_2', '2.没有现成信息需要另行制作'),
    row('R3_4_3', '3.补正后申请内容仍不明确'),
  ]),
  group('（五）不予处理', [
    row('R3_5_1', '1.信访举报投诉类申请'),
    row('R3_5_2', '2.重复申请'),
    row('R3_5_3', '3.要求提供公开出版物'),
    row('R3_5_4', '4.无正当理由大量反复申请'),
    row('R3_5_5', '5.要求行政机关确认或重新出具已获取信息'),
  ]),
];

/** Builds the rows of table 三 around an edition's (六) 其他处理; （七）总计 sums every outcome row (T3-03). */
export function applyRows(other: TreeNode<RowDef>): ApplyTable['rows'] {
  const outcomes = [...OUTCOMES_BEFORE_OTHER, other];
  const total: RowDef = {
    key: 'R3_7',
    label: '（七）总计',
    derived: { sumOfRows: outcomes.flatMap(leaves).map((r) => r.key), by: 'T3-03' },
  };
  return [
    row('R1', '一、本年新收政府信息公开申请数量'),
    row('R2', '二、上年结转政府信息公开申请数量'),
    group('三、本年度办理结果', [...outcomes, total]),
    row('R4', '四、结转下年度继续办理'),
  ];
}

// ---- Table 四 ----

export const REVIEW: ReviewTable = {
  id: 'review',
  rows: [row('RV', '行政复议'), row('LD', '未经复议直接起诉'), row('LR', '复议后起诉')],
  columns: [
    { key: 'UPHELD', label: '结果维持', kind: 'count' },
    { key: 'CORRECTED', label: '结果纠正', kind: 'count' },
    { key: 'OTHER', label: '其他结果', kind: 'count' },
    { key: 'PENDING', label: '尚未审结', kind: 'count' },
    { key: 'TOTAL', label: '总计', kind: 'count', derivedBy: 'T4-02' },
  ],
  header: ['RV', group('行政诉讼', ['LD', 'LR'])],
};

// ---- Tree helpers ----

export function isGroup<T>(node: TreeNode<T>): node is Group<T> {
  return typeof node === 'object' && node !== null && 'group' in node;
}

/** The leaves of a tree in print order. */
export function leaves<T>(node: TreeNode<T>): T[] {
  return isGroup(node) ? node.children.flatMap((c) => leaves(c)) : [node];
}
