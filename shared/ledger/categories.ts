// The statute's categories a ledger row is counted into, derived from the edition data (never
// retyped): the applicant columns of table 三, its outcome rows and their groups (（三）不予公开 …),
// and table 四's rows and result columns. The text normalisation every match uses is here too.

import { EDITIONS, isGroup, leaves, type ColumnDef, type Edition, type EditionId, type RowDef, type TreeNode } from '../formats';

/** Text compared without what offices vary: width, spaces, punctuation, numbering such as （一） or 1. */
export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(（]\s*[一二三四五六七八九十]+\s*[)）]|^[一二三四五六七八九十]+、|\d+\s*[.、．](?!\d)/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
}

/** A label without its numbering and its bracketed note: "（二）部分公开（区分处理的…）" → "部分公开". */
export function coreLabel(label: string): string {
  return label
    .replace(/^\s*[(（][一二三四五六七八九十]+[)）]\s*|^\s*\d+\s*[.、．]\s*/, '')
    .replace(/[(（][^()（）]*[)）]\s*$/, '')
    .trim();
}

export interface Category {
  /** The row or column key of the edition (R3_1, NP, RV, UPHELD …), or a group's key (R3_3). */
  key: string;
  /** As the form prints it, for the clerk: "（三）不予公开 1.属于国家秘密", "自然人". */
  label: string;
  /** The wording a ledger would use: "属于国家秘密", "自然人". */
  core: string;
}

/** A group of outcome rows (（三）不予公开 …): a ledger that names only the group needs a reason. */
export interface OutcomeGroup extends Category {
  children: readonly string[];
}

export interface EditionCategories {
  edition: EditionId;
  applicants: readonly Category[];
  /** The outcome rows a row is counted in (（一）予以公开 … （六）其他处理 or its sub-rows). */
  outcomes: readonly Category[];
  groups: readonly OutcomeGroup[];
  /** Table 四: 行政复议, 未经复议直接起诉, 复议后起诉. */
  caseKinds: readonly Category[];
  /** Table 四's result columns, 尚未审结 among them. */
  caseResults: readonly Category[];
}

/** The common prefix of the children's keys: R3_3_1 … R3_3_8 → R3_3. */
function groupKey(children: readonly string[]): string {
  return children.reduce((prefix, k) => {
    let i = 0;
    while (i < prefix.length && prefix[i] === k[i]) i++;
    return prefix.slice(0, i);
  }).replace(/_$/, '');
}

const cache = new Map<EditionId, EditionCategories>();

export function categoriesOf(edition: Edition | EditionId): EditionCategories {
  const e = typeof edition === 'string' ? EDITIONS[edition] : edition;
  let found = cache.get(e.id);
  if (!found) {
    found = build(e);
    cache.set(e.id, found);
  }
  return found;
}

function build(e: Edition): EditionCategories {
  const applicants = e.apply.columns
    .flatMap((c) => leaves(c))
    .filter((c: ColumnDef) => !c.derivedBy)
    .map((c) => ({ key: c.key, label: c.label, core: c.label }));
  // 三、本年度办理结果: the group whose leaves include the derived （七）总计.
  const results = e.apply.rows.find((n): n is Exclude<TreeNode<RowDef>, RowDef> => isGroup(n) && leaves(n).some((r) => r.derived))!;
  const outcomes: Category[] = [];
  const groups: OutcomeGroup[] = [];
  for (const node of results.children) {
    if (isGroup(node)) {
      const children = leaves(node).map((r) => r.key);
      groups.push({ key: groupKey(children), label: node.group, core: coreLabel(node.group), children });
      for (const r of leaves(node)) outcomes.push({ key: r.key, label: `${node.group} ${r.label}`, core: coreLabel(r.label) });
    } else if (!node.derived) {
      outcomes.push({ key: node.key, label: node.label, core: coreLabel(node.label) });
    }
  }
  const caseKinds = e.review.rows.map((r) => ({ key: r.key, label: r.label, core: r.label }));
  const caseResults = e.review.columns.filter((c) => !c.derivedBy).map((c) => ({ key: c.key, label: c.label, core: c.label }));
  return { edition: e.id, applicants, outcomes, groups, caseKinds, caseResults };
}
