// Cell-level rules: every figure fits its kind (T3-01, T4-01, T2A-01, T2B-01), blanks are
// counted as 0 but reported, a table left entirely blank is one error (S-02), and stated totals
// agree with the computed ones (T3-02, T3-03, T4-02).

import type { CellDef, CellKind, TableId } from '../../formats';
import { fitsKind } from '../../report';
import { tableHeading, type Context } from '../context';

const TABLE_PART = { active: 'active', apply: 'applications', review: 'review' } as const;

function kindRule(ctx: Context, table: TableId): string {
  if (table === 'apply') return 'T3-01';
  if (table === 'review') return 'T4-01';
  return ctx.edition.id === '2019' ? 'T2A-01' : 'T2B-01';
}

const EXPECTED: Record<CellKind, string> = {
  count: '不小于 0 的整数',
  signedCount: '整数（减少为负数）',
  amount: '不小于 0 的金额（万元，最多 6 位小数）',
};

const LISTED_BLANKS = 3;

/** The rules whose warnings list a table's blank cells (the only warnings they give). */
export const KIND_RULES: ReadonlySet<string> = new Set(['T3-01', 'T4-01', 'T2A-01', 'T2B-01']);

export function checkCellKinds(ctx: Context): void {
  for (const table of ['active', 'apply', 'review'] as const) {
    const rule = kindRule(ctx, table);
    const blanks: CellDef[] = [];
    let entered = 0;
    for (const cell of ctx.index.tableCells[table]) {
      if (cell.derived) continue;
      entered++;
      const v = ctx.report.cells[cell.key];
      if (v === undefined) {
        // An entered text that is not a figure is unreadable (INPUT-01), not blank.
        if (!ctx.has(cell.key) && !ctx.unreadable.has(cell.key)) blanks.push(cell);
      } else if (!fitsKind(v, cell.kind)) {
        ctx.out.push({
          rule,
          severity: 'error',
          cells: [cell.key],
          message: `${ctx.name(cell.key)}填写为 ${v}，应为${EXPECTED[cell.kind]}`,
        });
      }
    }
    if (blanks.length === entered) {
      ctx.out.push({
        rule: 'S-02',
        severity: 'error',
        cells: [],
        part: TABLE_PART[table],
        message: `“${tableHeading(table)}”表全部空白。年度报告应填写此表；没有发生的填 0，不适用的填“/”。`,
      });
    } else if (blanks.length > 0) {
      const listed = blanks.slice(0, LISTED_BLANKS).map((c) => ctx.name(c.key)).join('');
      const more = blanks.length > LISTED_BLANKS ? ' 等' : '';
      ctx.out.push({
        rule,
        severity: 'warning',
        cells: blanks.map((c) => c.key),
        message: `“${tableHeading(table)}”表中有 ${blanks.length} 个单元格空白，暂按 0 计算：${listed}${more}。没有发生的请填 0，不适用的请填“/”。`,
      });
    }
  }
}

/**
 * A total written into the file (printed in an imported report, or made by another tool) must
 * equal the computed sum. Every export prints the computed sum, so the message says both figures
 * and which one prints: the clerk looking for the printed figure finds it nowhere else.
 */
export function checkStatedTotals(ctx: Context): void {
  for (const cell of ctx.index.derived) {
    const stated = ctx.report.cells[cell.key];
    if (stated === undefined) continue;
    const computed = ctx.n(cell.key);
    if (stated === computed) continue;
    ctx.out.push({
      rule: cell.derived!.by,
      severity: 'error',
      cells: [cell.key, ...cell.derived!.sumOf],
      message:
        `${ctx.name(cell.key)}原文为 ${stated}，与${addendsLabel(ctx, cell)}之和 ${computed} 不符（相差 ${Math.abs(stated - computed)}）；` +
        `导出时打印 ${computed}。请对照原文核对各项。`,
    });
  }
}

function addendsLabel(ctx: Context, cell: CellDef): string {
  const addends = cell.derived!.sumOf.map((k) => ctx.index.byKey.get(k)!);
  if (addends.every((a) => a.row === cell.row)) return `本行${addends.map((a) => a.columnLabel).join('、')}`;
  return `本列“${addends[0].rowLabel}”至“${addends[addends.length - 1].rowLabel}”各项`;
}
