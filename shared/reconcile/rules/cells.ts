// Cell-level rules: every figure fits its kind (T3-01, T4-01, T2A-01, T2B-01), blanks are
// counted as 0 but reported, a table left entirely blank is one error (S-02), and stated totals
// agree with the computed ones (T3-02, T3-03, T4-02).

import type { CellDef, CellKind, TableId } from '../../formats';
import { fitsKind } from '../../report';
import { tableHeading, type Context } from '../context';
import { misplaced } from './apply';

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

interface Mismatch {
  cell: CellDef;
  stated: number;
  computed: number;
}

/**
 * Stated totals off by amounts that cancel — （七）总计's 「自然人」 one short and 「商业企业」 one
 * over, or two rows of one group (（三）不予公开 4 and 5) — are one figure in the wrong column or
 * row (T3-03, T3-02): said once, naming them, instead of as separate errors.
 */
function diagnoseMisplaced(ctx: Context, mismatches: Mismatch[]): Set<Mismatch> {
  const explained = new Set<Mismatch>();
  const groups = new Map<string, { what: string; rule: string; members: Mismatch[] }>();
  const join = (key: string, what: string, rule: string, m: Mismatch) => {
    const group = groups.get(key) ?? { what, rule, members: [] };
    group.members.push(m);
    groups.set(key, group);
  };
  for (const m of mismatches) {
    const { table, row, column, rowLabel } = m.cell;
    if (table !== 'apply') continue;
    // （七）总计 by column; the rows of one group by their totals ("（三）不予公开 4.保护…").
    if (row === 'R3_7' && column !== 'TOT') join(row, '办理结果各项', 'T3-03', m);
    else if (column === 'TOT' && /^R3_\d_\d$/.test(row)) join(row.slice(0, 4), `「${rowLabel.split(' ')[0]}」`, 'T3-02', m);
  }
  for (const { what, rule, members } of groups.values()) {
    const label = (m: Mismatch) => (rule === 'T3-03' ? m.cell.columnLabel : m.cell.rowLabel.split(' ').slice(1).join(' '));
    const swapped = misplaced(members.map((m) => ({ label: label(m), difference: m.computed - m.stated })));
    if (!swapped) continue;
    members.forEach((m) => explained.add(m));
    const where = rule === 'T3-03' ? '申请人类别' : '同组的另一行';
    ctx.out.push({
      rule,
      severity: 'error',
      cells: [...new Set(members.flatMap((m) => [m.cell.key, ...m.cell.derived!.sumOf]))],
      message: `疑似分类错位：${what}中${swapped}（与填报的总计相比），而合计不变：可能有申请记在了错误的${where}。请核对${members.map((m) => `「${label(m)}」`).join('、')}的各个数字。`,
    });
  }
  return explained;
}

/** A total written into the file (imported or made by another tool) must equal the computed sum. */
export function checkStatedTotals(ctx: Context): void {
  const mismatches: Mismatch[] = [];
  for (const cell of ctx.index.derived) {
    const stated = ctx.report.cells[cell.key];
    if (stated === undefined) continue;
    const computed = ctx.n(cell.key);
    if (stated !== computed) mismatches.push({ cell, stated, computed });
  }
  const explained = mismatches.length > 1 ? diagnoseMisplaced(ctx, mismatches) : new Set<Mismatch>();
  for (const { cell, stated, computed } of mismatches.filter((m) => !explained.has(m))) {
    ctx.out.push({
      rule: cell.derived!.by,
      severity: 'error',
      cells: [cell.key, ...cell.derived!.sumOf],
      message: `${ctx.name(cell.key)}填报为 ${stated}，但${addendsLabel(ctx, cell)}之和为 ${computed}，相差 ${Math.abs(stated - computed)}`,
    });
  }
}

function addendsLabel(ctx: Context, cell: CellDef): string {
  const addends = cell.derived!.sumOf.map((k) => ctx.index.byKey.get(k)!);
  if (addends.every((a) => a.row === cell.row)) return `本行${addends.map((a) => a.columnLabel).join('、')}`;
  return `本列“${addends[0].rowLabel}”至“${addends[addends.length - 1].rowLabel}”各项`;
}
