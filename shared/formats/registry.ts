// The editions by id and by report year, and each edition's flat cell index: every cell key
// with its kind, labels and (for totals) what it sums. Built once per edition from the data.

import { isGroup, leaves } from './common';
import { EDITION_2019 } from './edition2019';
import { EDITION_2021 } from './edition2021';
import type {
  CellKey,
  CellKind,
  ColumnDef,
  Edition,
  EditionId,
  RowDef,
  RuleRef,
  TableId,
  TreeNode,
} from './types';

export const EDITIONS: Readonly<Record<EditionId, Edition>> = { '2019': EDITION_2019, '2021': EDITION_2021 };

export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];

/** The first report year under the revised 条例 (国务院令第711号); no national format before it. */
export const FIRST_REPORT_YEAR = 2019;
/** The last one a draft may hold: a year typed with a digit too many would make a draft no tool opens. */
export const LAST_REPORT_YEAR = 2100;

/** Why `year` cannot be a report's year, in Chinese, or null: one rule for the file, the forms and the command line. */
export function reportYearProblem(year: number): string | null {
  return Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR && editionForYear(year)
    ? null
    : `报告年度应为 ${FIRST_REPORT_YEAR} 至 ${LAST_REPORT_YEAR} 年之间的年份`;
}

/** The edition a report year requires (spec §1: ≤ 2020 → 2019 edition, ≥ 2021 → 2021 edition). */
export function editionForYear(year: number): Edition | undefined {
  return Object.values(EDITIONS).find(
    (e) => year >= e.firstYear && (e.lastYear === undefined || year <= e.lastYear),
  );
}

export interface CellDef {
  key: CellKey;
  table: TableId;
  row: string;
  column: string;
  kind: CellKind;
  /** Row label as a clerk would name it, e.g. "（三）不予公开 1.属于国家秘密". */
  rowLabel: string;
  columnLabel: string;
  /** Totals: computed as the sum of these cells, checked by this rule when a stated figure exists. */
  derived?: { sumOf: readonly CellKey[]; by: RuleRef };
}

export interface CellIndex {
  /** Every cell in print order. */
  all: readonly CellDef[];
  byKey: ReadonlyMap<CellKey, CellDef>;
  /** A cell's place in `all`, for position-indexed value lists on hot paths. */
  position: ReadonlyMap<CellKey, number>;
  /** For each derived cell, in evaluation order: its position and the positions it sums. */
  sums: readonly { position: number; addends: readonly number[] }[];
  entered: readonly CellDef[];
  /** Derived cells ordered so that each comes after the cells it sums. */
  derived: readonly CellDef[];
  tableCells: Readonly<Record<TableId, readonly CellDef[]>>;
}

export const cellKey = (table: TableId, row: string, column: string): CellKey => `${table}.${row}.${column}`;

const indexes = new Map<EditionId, CellIndex>();

export function cellIndex(edition: Edition): CellIndex {
  let index = indexes.get(edition.id);
  if (!index) {
    index = buildIndex(edition);
    indexes.set(edition.id, index);
  }
  return index;
}

function buildIndex(edition: Edition): CellIndex {
  const all = [...activeCells(edition), ...gridCells('apply', edition.apply.rows, edition.apply.columns), ...reviewCells(edition)];
  const byKey = new Map(all.map((c) => [c.key, c]));
  const position = new Map(all.map((c, i) => [c.key, i]));
  const derived = evaluationOrder(all.filter((c) => c.derived), byKey);
  return {
    all,
    byKey,
    position,
    sums: derived.map((c) => ({ position: position.get(c.key)!, addends: c.derived!.sumOf.map((k) => position.get(k)!) })),
    entered: all.filter((c) => !c.derived),
    derived,
    tableCells: {
      active: all.filter((c) => c.table === 'active'),
      apply: all.filter((c) => c.table === 'apply'),
      review: all.filter((c) => c.table === 'review'),
    },
  };
}

function activeCells(edition: Edition): CellDef[] {
  return edition.active.blocks.flatMap((block) =>
    block.rows.flatMap((row) => block.columns.map((col) => plainCell('active', row, row.label, col))),
  );
}

function plainCell(table: TableId, row: RowDef, rowLabel: string, col: ColumnDef): CellDef {
  return { key: cellKey(table, row.key, col.key), table, row: row.key, column: col.key, kind: col.kind, rowLabel, columnLabel: col.label };
}

/** Cells of a row-by-column table, with row totals (derived column) and total rows (derived row). */
function gridCells(
  table: TableId,
  rowTree: readonly TreeNode<RowDef>[],
  columnTree: readonly TreeNode<ColumnDef>[],
  rowLabelOf: (row: RowDef, parents: readonly string[]) => string = subGroupLabel,
): CellDef[] {
  const columns = columnTree.flatMap((c) => leaves(c));
  const addends = columns.filter((c) => !c.derivedBy);
  return labelledLeaves(rowTree).flatMap(({ row, parents }) =>
    columns.map((col): CellDef => {
      const cell = plainCell(table, row, rowLabelOf(row, parents), col);
      if (row.derived) {
        const sumOf = row.derived.sumOfRows.map((r) => cellKey(table, r, col.key));
        return { ...cell, derived: { sumOf, by: row.derived.by } };
      }
      if (col.derivedBy) {
        return { ...cell, derived: { sumOf: addends.map((a) => cellKey(table, row.key, a.key)), by: col.derivedBy } };
      }
      return cell;
    }),
  );
}

function reviewCells(edition: Edition): CellDef[] {
  const review = edition.review;
  // 未经复议直接起诉 is named "行政诉讼（未经复议直接起诉）" so the clerk finds it under its header.
  const path = new Map<string, string>();
  const walk = (nodes: readonly TreeNode<string>[], parent?: string): void => {
    for (const node of nodes) {
      if (isGroup(node)) walk(node.children, node.group);
      else path.set(node, parent ?? '');
    }
  };
  walk(review.header);
  return gridCells('review', review.rows, review.columns, (row) => {
    const parent = path.get(row.key);
    return parent ? `${parent}（${row.label}）` : row.label;
  });
}

function labelledLeaves(nodes: readonly TreeNode<RowDef>[], parents: readonly string[] = []): { row: RowDef; parents: readonly string[] }[] {
  return nodes.flatMap((node) =>
    isGroup(node) ? labelledLeaves(node.children, [...parents, node.group]) : [{ row: node, parents }],
  );
}

/** "1.属于国家秘密" alone says little; prefix the innermost group unless it is a top-level one. */
function subGroupLabel(row: RowDef, parents: readonly string[]): string {
  return parents.length > 1 ? `${parents[parents.length - 1]} ${row.label}` : row.label;
}

function evaluationOrder(derived: CellDef[], byKey: ReadonlyMap<CellKey, CellDef>): CellDef[] {
  const ordered: CellDef[] = [];
  const placed = new Set<CellKey>();
  const place = (cell: CellDef): void => {
    if (placed.has(cell.key)) return;
    for (const key of cell.derived?.sumOf ?? []) {
      const dep = byKey.get(key);
      if (dep?.derived) place(dep);
    }
    placed.add(cell.key);
    ordered.push(cell);
  };
  derived.forEach(place);
  return ordered;
}
