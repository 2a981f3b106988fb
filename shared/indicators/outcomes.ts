// 三、本年度办理结果 as its top-level categories (予以公开 … 其他处理), read from the edition's own
// rows, so that the 2019 edition's single （六） row and the 2021 edition's three are both one bar.

import { EDITIONS, isGroup, leaves, type CellKey, type EditionId, type RowDef, type TreeNode } from '../formats';

export interface OutcomeCategory {
  /** The printed label without its numbering and note: “予以公开”, “部分公开”. */
  label: string;
  /** The 总计 cells that add up to it. */
  keys: readonly CellKey[];
}

const shortLabel = (label: string) => label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（.*）$/, '');

export function outcomeCategories(edition: EditionId): OutcomeCategory[] {
  const rows = EDITIONS[edition].apply.rows;
  const results = rows.find((node) => isGroup(node) && node.children.some((c) => !isGroup(c) && c.derived))!;
  const children = isGroup(results) ? results.children : [];
  return children
    .filter((node: TreeNode<RowDef>) => isGroup(node) || !node.derived)
    .map((node) => ({
      label: shortLabel(isGroup(node) ? node.group : node.label),
      keys: leaves(node).map((row) => `apply.${row.key}.TOT`),
    }));
}
