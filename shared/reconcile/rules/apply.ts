// Table 三 balance rules (spec §7): the printed 勾稽 rule T3-04, the carry-over from last
// year T3-05, and the 信息处理费 checks of the 2021 edition T3-06/T3-07.

import { cellKey, leaves, type CellKey, type Edition } from '../../formats';
import { difference, type Context } from '../context';

/** The applicant columns (not 总计) with the keys of the rows T3-04 and T3-05 compare. */
interface ApplyColumn {
  label: string;
  r1: CellKey;
  r2: CellKey;
  r37: CellKey;
  r4: CellKey;
}

const columnsByEdition = new WeakMap<Edition, readonly ApplyColumn[]>();

function applicantColumns(edition: Edition): readonly ApplyColumn[] {
  let columns = columnsByEdition.get(edition);
  if (!columns) {
    columns = edition.apply.columns
      .flatMap((c) => leaves(c))
      .filter((c) => !c.derivedBy)
      .map((c) => ({
        label: c.label,
        r1: cellKey('apply', 'R1', c.key),
        r2: cellKey('apply', 'R2', c.key),
        r37: cellKey('apply', 'R3_7', c.key),
        r4: cellKey('apply', 'R4', c.key),
      }));
    columnsByEdition.set(edition, columns);
  }
  return columns;
}

/**
 * Differences that cancel — 「自然人」 +1 and 「商业企业」 −1 with the total unchanged — are one
 * application counted under the wrong applicant (or row), not two unrelated errors: the words for
 * it, "「自然人」多1件、「商业企业」少1件", or null when the differences do not cancel this way.
 */
export function misplaced(differences: readonly { label: string; difference: number }[]): string | null {
  const off = differences.filter((d) => d.difference !== 0);
  if (off.length < 2 || off.length > 3 || off.reduce((sum, d) => sum + d.difference, 0) !== 0) return null;
  return off.map((d) => `「${d.label}」${d.difference > 0 ? '多' : '少'}${Math.abs(d.difference)}件`).join('、');
}

/** T3-04: "第一项加第二项之和，等于第三项加第四项之和", where 第三项 is its （七）总计. */
export function checkBalance(ctx: Context): void {
  const columns = applicantColumns(ctx.edition).map((col) => ({ col, label: col.label, difference: ctx.n(col.r1) + ctx.n(col.r2) - ctx.n(col.r37) - ctx.n(col.r4) }));
  const swapped = misplaced(columns);
  if (swapped) {
    const off = columns.filter((c) => c.difference !== 0).map((c) => c.col);
    const cells = off.flatMap((col) => [col.r1, col.r2, col.r37, col.r4]);
    ctx.out.push({
      rule: 'T3-04',
      severity: 'error',
      cells,
      message:
        `疑似分类错位：${swapped}（第一项加第二项之和与第三项加第四项之和相比），而“总计”列平衡：` +
        `可能有申请在某一行记在了错误的申请人类别下。请核对${off.map((c) => `「${c.label}」`).join('、')}列的本年新收、上年结转、各项办理结果和结转下年度。` +
        ctx.importDoubt(cells),
    });
    return;
  }
  for (const { col, difference: gap } of columns) {
    if (gap === 0) continue;
    const lhs = ctx.n(col.r1) + ctx.n(col.r2);
    const rhs = ctx.n(col.r37) + ctx.n(col.r4);
    const term = (key: CellKey) => `${ctx.index.byKey.get(key)!.rowLabel} ${ctx.n(key)}`;
    ctx.out.push({
      rule: 'T3-04',
      severity: 'error',
      cells: [col.r1, col.r2, col.r37, col.r4],
      message:
        `「${col.label}」列不平衡：${term(col.r1)} + ${term(col.r2)} = ${lhs}，` +
        `而${term(col.r37)} + ${term(col.r4)} = ${rhs}，${difference(lhs, rhs)}。` +
        '第一项加第二项之和应等于第三项加第四项之和。' +
        ctx.importDoubt([col.r1, col.r2, col.r37, col.r4]),
    });
  }
}

/**
 * T3-05: this year's 上年结转 equals last year's 结转下年度继续办理, also across the 2020→2021
 * edition change (those rows did not change). Not for 2019: the 2018 form had no such row.
 */
export function checkCarryOver(ctx: Context): void {
  const prior = ctx.prior;
  if (!prior || ctx.report.year <= 2019) return;
  const explanation = ctx.report.explanations['T3-05']?.trim();
  const columns = applicantColumns(ctx.edition);
  // One application carried over under another applicant than last year's report has it: said once.
  const swapped = explanation ? null : misplaced(columns.map((col) => ({ label: col.label, difference: ctx.n(col.r2) - prior.n(col.r4) })));
  if (swapped) {
    const cells = columns.filter((col) => ctx.n(col.r2) !== prior.n(col.r4)).map((col) => col.r2);
    ctx.out.push({
      rule: 'T3-05',
      severity: 'error',
      cells,
      message: `疑似分类错位：本年“上年结转”${swapped}（与 ${prior.report.year} 年报告的“结转下年度继续办理”相比），而合计相符：可能有申请在本年或上年记错了申请人类别。如确因口径调整等原因不同，请填写说明。${ctx.importDoubt(cells)}`,
    });
    return;
  }
  for (const col of columns) {
    const here = col.r2;
    const now = ctx.n(here);
    const then = prior.n(col.r4);
    if (now === then) continue;
    const facts = `「${col.label}」列上年结转 ${now}，而 ${prior.report.year} 年报告的结转下年度继续办理为 ${then}`;
    ctx.out.push(
      explanation
        ? { rule: 'T3-05', severity: 'info', cells: [here], message: `${facts}；已说明：${explanation}` }
        : {
            rule: 'T3-05',
            severity: 'error',
            cells: [here],
            message: `${facts}，${difference(now, then)}。如因机构改革、统计口径调整等原因确有不同，请填写说明。${ctx.importDoubt([here])}`,
          },
    );
  }
}

/** T3-06, T3-07: 2021 edition only, the 信息处理费 statement of part 六 (国办函〔2020〕109号). */
export function checkFees(ctx: Context): void {
  if (ctx.edition.id !== '2021') return;
  const fees = ctx.report.fees;
  const unpaid = cellKey('apply', 'R3_6_2', 'TOT');
  if (ctx.n(unpaid) > 0 && !(fees.noticeCount !== null && fees.noticeCount > 0)) {
    ctx.out.push({
      rule: 'T3-06',
      // Fixed in part 六's fee fields, though it names the table's cell.
      part: 'other',
      severity: 'warning',
      cells: [unpaid],
      message:
        `表三有 ${ctx.n(unpaid)} 件申请因逾期未按收费通知缴纳费用而不再处理，` +
        `但第六部分发出收费通知的件数${fees.noticeCount === null ? '未填写' : `为 ${fees.noticeCount}`}。请填写发出收费通知的件数和总金额。`,
    });
  }
  if (fees.collectedYuan !== null && fees.noticeAmountYuan !== null && fees.collectedYuan > fees.noticeAmountYuan) {
    ctx.out.push({
      rule: 'T3-07',
      part: 'other',
      severity: 'warning',
      cells: [],
      message: `实际收取的信息处理费 ${fees.collectedYuan} 元多于收费通知总金额 ${fees.noticeAmountYuan} 元，请核对第六部分的数字。`,
    });
  }
}
