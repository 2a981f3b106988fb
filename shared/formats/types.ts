// Shapes of the statutory editions described as data (design §2). Every table layout,
// label, cell kind and derived total lives in one edition file; everything else iterates it.

export type EditionId = '2019' | '2021';

/** count: integer ≥ 0; signedCount: integer (本年增/减); amount: decimal ≥ 0 in 万元. */
export type CellKind = 'count' | 'signedCount' | 'amount';

export type TableId = 'active' | 'apply' | 'review';

/** `<table>.<row>.<column>`, e.g. `apply.R1.NP` (design §2). Stable: drafts store them. */
export type CellKey = string;

export type TextSectionId =
  | 'preamble'
  | 'overview'
  | 'active'
  | 'applications'
  | 'review'
  | 'problems'
  | 'other';

export interface ColumnDef {
  key: string;
  /** As the official form prints it. */
  label: string;
  kind: CellKind;
  /**
   * Printed after each value. The 2019 form's 采购总金额 has no unit in its header, so reports
   * write 万元 into the cell (spec §4); the 2021 form puts the unit in the header instead.
   */
  valueSuffix?: string;
  /** A derived column is the sum of the row's other columns (rule id that checks it). */
  derivedBy?: RuleRef;
}

export interface RowDef {
  key: string;
  label: string;
  /** A derived row is the sum of the listed rows, column by column. */
  derived?: { sumOfRows: readonly string[]; by: RuleRef };
}

export type RuleRef = 'T3-02' | 'T3-03' | 'T4-02';

/** A group label that spans the rows (table 三) or columns below it; it carries no numbers. */
export interface Group<T> {
  group: string;
  children: readonly TreeNode<T>[];
}
export type TreeNode<T> = T | Group<T>;

/** Table 二: blocks, each with a caption row "第二十条第（N）项" and its own header row. */
export interface ActiveBlock {
  caption: string;
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
}
export interface ActiveTable {
  id: 'active';
  /** First header cell of every block. */
  rowHeader: string;
  blocks: readonly ActiveBlock[];
}

/** Table 三: a label area (rows as a tree) beside a numeric area (columns as a tree). */
export interface ApplyTable {
  id: 'apply';
  /** The merged corner cell carrying the printed 勾稽 note. */
  corner: string;
  columns: readonly TreeNode<ColumnDef>[];
  rows: readonly TreeNode<RowDef>[];
}

/**
 * Table 四: printed as one data row of 15 cells. Logically three rows (行政复议, and the two
 * kinds of 行政诉讼) of five columns; the header tree says how they sit side by side.
 */
export interface ReviewTable {
  id: 'review';
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
  /** Header groups above the rows' own labels, e.g. 行政诉讼 over LD and LR. */
  header: readonly TreeNode<string>[];
}

export interface PartDef {
  /** The narrative section that belongs to this part. */
  text: TextSectionId;
  numeral: string;
  heading: string;
  /** Wordings seen in real reports that mean this part (spec §2), for import and checks. */
  variants: readonly string[];
  table?: TableId;
}

export interface Edition {
  id: EditionId;
  /** The notice that issued the format. */
  notice: string;
  name: string;
  firstYear: number;
  /** Inclusive; undefined while the edition is in force. */
  lastYear?: number;
  parts: readonly PartDef[];
  active: ActiveTable;
  apply: ApplyTable;
  review: ReviewTable;
}
