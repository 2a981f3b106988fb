// The 发布前检查 checklist (issue 24): the items assessors score a published report on, each with
// the rules whose findings decide it. Every rule of the catalogue belongs to exactly one item
// (test/shared/checklist.test.ts), so the page never leaves a finding out.

export type ChecklistItemId =
  | 'parts'
  | 'outline'
  | 'title'
  | 'deadline'
  | 'active'
  | 'apply'
  | 'review'
  | 'narrative'
  | 'remedies'
  | 'government'
  | 'repetition'
  | 'wording'
  | 'typos'
  | 'versions';

export interface ChecklistItem {
  id: ChecklistItemId;
  title: string;
  rules: readonly string[];
}

export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'parts', title: '六个部分齐全，表格已填写', rules: ['S-01', 'S-02', 'S-04'] },
  { id: 'outline', title: '前言所列部分、标题和编号', rules: ['S-08', 'S-09', 'S-10'] },
  { id: 'title', title: '标题、格式、统计期限与年度相符', rules: ['S-03', 'S-05', 'TXT-01', 'TXT-03'] },
  { id: 'deadline', title: '在法定期限内发布', rules: ['S-06'] },
  { id: 'active', title: '表二 主动公开情况', rules: ['T2A-01', 'T2A-02', 'T2A-03', 'T2A-04', 'T2A-05', 'T2A-06', 'T2A-07', 'T2B-01', 'T2B-02', 'T2B-03', 'T2B-04', 'T2B-05', 'T2B-06'] },
  { id: 'apply', title: '表三 勾稽关系和跨年衔接', rules: ['T3-01', 'T3-02', 'T3-03', 'T3-04', 'T3-05', 'T3-06', 'T3-07'] },
  { id: 'review', title: '表四 行政复议、行政诉讼', rules: ['T4-01', 'T4-02'] },
  { id: 'narrative', title: '文字与表格数字一致', rules: ['T3-08', 'T3-09', 'T4-03'] },
  { id: 'remedies', title: '上年度问题的整改情况', rules: ['TXT-04'] },
  { id: 'government', title: '考核、评议、追究（人民政府）', rules: ['S-07'] },
  { id: 'repetition', title: '与上年报告的重复率', rules: ['TXT-02'] },
  { id: 'wording', title: '无严重表述错误', rules: ['TXT-05'] },
  { id: 'typos', title: '无重复字词和半角标点', rules: ['TXT-06', 'TXT-07'] },
  { id: 'versions', title: '发布后未再改动，版本记录完好', rules: ['PUB-01', 'PUB-02'] },
];

const BY_RULE = new Map(CHECKLIST.flatMap((item) => item.rules.map((rule) => [rule, item.id] as const)));

/** A cell's table decides where a rule nobody listed goes (the editor's INPUT-01, a rule added later). */
const BY_TABLE: Record<string, ChecklistItemId> = { active: 'active', apply: 'apply', review: 'review' };

/** The item a finding belongs to. */
export function itemOf(rule: string, cells: readonly string[]): ChecklistItemId {
  return BY_RULE.get(rule) ?? BY_TABLE[cells[0]?.split('.')[0] ?? ''] ?? 'narrative';
}
