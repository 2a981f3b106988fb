// One table-layout model built from the edition data: header rows with their merges, row
// labels, and formatted values. The Word and HTML exporters (and the importer's checks of
// table shape) all read this; neither writes a table layout of its own.

import { EDITIONS, PARTS, cellIndex, cellKey, isGroup, type CellKey, type ColumnDef, type Edition, type RowDef, type TableId, type TreeNode } from '../formats';
import { AMOUNT_DECIMALS, fromMillionths, toMillionths, type Report } from '../report';
import { valueList } from '../reconcile/values';

export type LayoutRole =
  | 'corner' // table 三's merged corner with the printed 勾稽 note
  | 'columnGroup' // a header spanning several columns (申请人情况, 行政诉讼 …)
  | 'column' // a header over one column of values
  | 'blockCaption' // table 二's "第二十条第（N）项" row
  | 'rowGroup' // a label spanning several rows (三、本年度办理结果, （三）不予公开 …)
  | 'rowLabel' // the label of one row of values
  | 'value';

export interface LayoutCell {
  role: LayoutRole;
  text: string;
  colSpan: number;
  rowSpan: number;
  /** Header cells: an id unique in the document, for HTML headers/id. */
  id?: string;
  /** Value cells: the cell key and the ids of every header that describes it. */
  cell?: CellKey;
  headers?: string[];
}

export interface TableLayout {
  table: TableId;
  /** The part heading, e.g. "三、收到和处理政府信息公开申请情况". */
  title: string;
  /** Columns in the grid; every row's colSpans add up to it. */
  width: number;
  /** Header rows, repeated on each printed page. Table 二 has none: each block has its own. */
  head: LayoutCell[][];
  /** Row groups: one per block in table 二, one in the others. */
  bodies: LayoutCell[][][];
  /**
   * Rows that must share a page, as indices into `bodies.flat()`: each block of table 二 (caption,
   * header and rows), and each innermost row group of table 三 with its merged label
   * (（三）不予公开 1–8, （四）, （五）, （六）). Word, the print layout and their tests read it.
   */
  keepTogether: RowRange[];
}

/** Rows `from` … `to` (inclusive). */
export interface RowRange {
  from: number;
  to: number;
}

/** The HTML scope of a header cell: what it labels (used by the HTML export and the editor). */
export function headerScope(cell: LayoutCell): 'col' | 'colgroup' | 'row' | 'rowgroup' | null {
  switch (cell.role) {
    case 'columnGroup':
    case 'blockCaption':
      return 'colgroup';
    case 'column':
      return cell.colSpan > 1 ? 'colgroup' : 'col';
    case 'rowGroup':
      return 'rowgroup';
    case 'rowLabel':
      return 'row';
    default:
      return null;
  }
}

/** 万元 amounts print with at most this many decimals (spec §11: "保留4位小数"). */
const PRINTED_AMOUNT_DECIMALS = 4;

/**
 * How a value prints, as published reports print it: "/" for not applicable, blank stays blank,
 * 0 prints 0, 本年增/减 with "+" for an increase, 万元 amounts with up to 4 decimals (rounded
 * half up; fewer stay as typed, e.g. 2506.1).
 */
export function formatValue(v: number | null, notApplicable: boolean, column: Pick<ColumnDef, 'valueSuffix' | 'kind'>): string {
  if (notApplicable) return '/';
  if (v === null) return '';
  const suffix = column.valueSuffix ?? '';
  if (column.kind === 'amount') return `${formatAmount(v)}${suffix}`;
  if (column.kind === 'signedCount' && v > 0) return `+${v}${suffix}`;
  return `${v}${suffix}`;
}

/** Exact, through integer millionths (report/amount.ts): no binary rounding surprises. */
export function formatAmount(v: number): string {
  const step = 10 ** (AMOUNT_DECIMALS - PRINTED_AMOUNT_DECIMALS);
  const millionths = toMillionths(v);
  const rounded = Math.sign(millionths) * Math.round(Math.abs(millionths) / step) * step;
  return String(fromMillionths(rounded));
}

export function tableLayouts(report: Report): TableLayout[] {
  return (['active', 'apply', 'review'] as const).map((t) => tableLayout(report, t));
}

export function tableLayout(report: Report, table: TableId): TableLayout {
  const edition = EDITIONS[report.edition];
  const title = PARTS.find((p) => p.table === table)!.heading;
  const ids = idMaker(table);
  const value = valueReader(report, edition);
  if (table === 'active') return { table, title, ...activeLayout(edition, ids, value) };
  if (table === 'apply') return { table, title, ...applyLayout(edition, ids, value) };
  return { table, title, ...reviewLayout(edition, ids, value) };
}

type Ids = () => string;
type ValueCell = (row: string, column: ColumnDef, headers: string[], colSpan?: number) => LayoutCell;

function idMaker(table: TableId): Ids {
  let n = 0;
  return () => `${table}-h${++n}`;
}

function valueReader(report: Report, edition: Edition): (table: TableId) => ValueCell {
  const index = cellIndex(edition);
  const list = valueList(report);
  const na = new Set(report.notApplicable);
  return (table) => (row, column, headers, colSpan = 1) => {
    const key = cellKey(table, row, column.key);
    const v = list[index.position.get(key)!];
    return { role: 'value', text: formatValue(v, na.has(key), column), colSpan, rowSpan: 1, cell: key, headers };
  };
}

const header = (role: LayoutRole, text: string, id: string, colSpan = 1, rowSpan = 1): LayoutCell => ({ role, text, colSpan, rowSpan, id });

// Table 二: four grid columns (信息内容 + up to three values); a block with fewer value columns
// lets its last column span the rest, as the printed form does.
const ACTIVE_WIDTH = 4;

function activeLayout(edition: Edition, ids: Ids, value: (t: TableId) => ValueCell) {
  const cell = value('active');
  const bodies = edition.active.blocks.map((block) => {
    const caption = header('blockCaption', block.caption, ids(), ACTIVE_WIDTH);
    const rowHeader = header('column', edition.active.rowHeader, ids());
    const lastSpan = ACTIVE_WIDTH - block.columns.length;
    const columns = block.columns.map((c, i) => header('column', c.label, ids(), i === block.columns.length - 1 ? lastSpan : 1));
    const rows = block.rows.map((row) => {
      const label = header('rowLabel', row.label, ids());
      return [
        label,
        ...block.columns.map((c, i) => cell(row.key, c, [caption.id!, columns[i].id!, label.id!], columns[i].colSpan)),
      ];
    });
    return [[caption], [rowHeader, ...columns], ...rows];
  });
  let first = 0;
  const keepTogether = bodies.map((block) => {
    const range = { from: first, to: first + block.length - 1 };
    first += block.length;
    return range;
  });
  return { width: ACTIVE_WIDTH, head: [], bodies, keepTogether };
}

/** A header tree node: a group over children, or a leaf over one column of values. */
interface HeaderNode {
  label: string;
  children?: HeaderNode[];
  leaf?: { row?: string; column: ColumnDef };
}

interface PlacedLeaf {
  leaf: NonNullable<HeaderNode['leaf']>;
  headers: string[];
}

/** Rows of header cells for a column tree: groups span their leaves, leaves reach the bottom row. */
function headerRows(nodes: HeaderNode[], ids: Ids): { rows: LayoutCell[][]; leaves: PlacedLeaf[] } {
  const depth = (n: HeaderNode): number => (n.children ? 1 + Math.max(...n.children.map(depth)) : 1);
  const leafCount = (n: HeaderNode): number => (n.children ? n.children.reduce((s, c) => s + leafCount(c), 0) : 1);
  const height = Math.max(...nodes.map(depth));
  const rows: LayoutCell[][] = Array.from({ length: height }, () => []);
  const leaves: PlacedLeaf[] = [];
  const place = (node: HeaderNode, level: number, above: string[]): void => {
    const id = ids();
    if (node.children) {
      rows[level].push(header('columnGroup', node.label, id, leafCount(node)));
      node.children.forEach((c) => place(c, level + 1, [...above, id]));
    } else {
      rows[level].push(header('column', node.label, id, 1, height - level));
      leaves.push({ leaf: node.leaf!, headers: [...above, id] });
    }
  };
  nodes.forEach((n) => place(n, 0, []));
  return { rows, leaves };
}

function columnNodes(tree: readonly TreeNode<ColumnDef>[]): HeaderNode[] {
  return tree.map((n) => (isGroup(n) ? { label: n.group, children: columnNodes(n.children) } : { label: n.label, leaf: { column: n } }));
}

// Table 三: a label area as wide as the row tree is deep, beside the column tree.
function applyLayout(edition: Edition, ids: Ids, value: (t: TableId) => ValueCell) {
  const cell = value('apply');
  const corner: LayoutCell = { role: 'corner', text: edition.apply.corner, colSpan: 0, rowSpan: 0 };
  const { rows: head, leaves } = headerRows(columnNodes(edition.apply.columns), ids);
  const labelWidth = treeDepth(edition.apply.rows);
  corner.colSpan = labelWidth;
  corner.rowSpan = head.length;
  head[0].unshift(corner);

  const body: LayoutCell[][] = [];
  const keepTogether: RowRange[] = [];
  const walk = (nodes: readonly TreeNode<RowDef>[], level: number, above: string[], pending: LayoutCell[]): LayoutCell[] => {
    for (const node of nodes) {
      if (isGroup(node)) {
        const group = header('rowGroup', node.group, ids(), 1, countLeaves(node));
        // An innermost group (its children are rows) stays on one page with its label.
        if (node.children.every((c) => !isGroup(c))) keepTogether.push({ from: body.length, to: body.length + group.rowSpan - 1 });
        pending = walk(node.children, level + 1, [...above, group.id!], [...pending, group]);
      } else {
        const label = header('rowLabel', node.label, ids(), labelWidth - level);
        const headers = [...above, label.id!];
        body.push([...pending, label, ...leaves.map((l) => cell(node.key, l.leaf.column, [...l.headers, ...headers]))]);
        pending = [];
      }
    }
    return pending;
  };
  walk(edition.apply.rows, 0, [], []);
  return { width: labelWidth + leaves.length, head, bodies: [body], keepTogether };
}

function treeDepth<T>(nodes: readonly TreeNode<T>[]): number {
  return Math.max(...nodes.map((n) => (isGroup(n) ? 1 + treeDepth(n.children) : 1)));
}

function countLeaves<T>(node: TreeNode<T>): number {
  return isGroup(node) ? node.children.reduce((s, c) => s + countLeaves(c), 0) : 1;
}

// Table 四: one row of 15 values under 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉).
function reviewLayout(edition: Edition, ids: Ids, value: (t: TableId) => ValueCell) {
  const cell = value('review');
  const review = edition.review;
  const rowLabel = (key: string) => review.rows.find((r) => r.key === key)!.label;
  const toNode = (n: TreeNode<string>): HeaderNode =>
    isGroup(n)
      ? { label: n.group, children: n.children.map(toNode) }
      : { label: rowLabel(n), children: review.columns.map((c) => ({ label: c.label, leaf: { row: n, column: c } })) };
  const { rows: head, leaves } = headerRows(review.header.map(toNode), ids);
  const row = leaves.map((l) => cell(l.leaf.row!, l.leaf.column, l.headers));
  return { width: leaves.length, head, bodies: [[row]], keepTogether: [] };
}

export interface PlacedCell {
  cell: LayoutCell;
  row: number;
  column: number;
}

/**
 * Where each cell of a block of rows sits in the grid, counting the columns that cells above
 * still occupy through their row spans (as HTML and Word lay them out).
 */
export function placeCells(rows: readonly LayoutCell[][]): PlacedCell[][] {
  const busyUntil: number[] = []; // per grid column: the first row no longer covered from above
  return rows.map((cells, row) => {
    let column = 0;
    return cells.map((cell) => {
      while ((busyUntil[column] ?? 0) > row) column++;
      for (let c = column; c < column + cell.colSpan; c++) busyUntil[c] = row + cell.rowSpan;
      const placed = { cell, row, column };
      column += cell.colSpan;
      return placed;
    });
  });
}
