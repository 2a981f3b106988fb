// Structure rules (spec §7): the edition matches the report year (S-03); the title and the
// statistical period agree with the year (S-05); the report is published by its deadline (S-06).

import { editionForYear } from '../../formats';
import { ORGANIZATION_TYPE_NAMES, organizationTypeOf, publicationDeadline, standardTitle } from '../../report';
import type { Context } from '../context';
import { viewOfText } from '../narrative/text';

export function checkEdition(ctx: Context): void {
  const required = editionForYear(ctx.report.year);
  if (!required || required.id === ctx.edition.id) return;
  ctx.out.push({
    rule: 'S-03',
    severity: 'error',
    cells: [],
    part: 'preamble',
    message:
      `${ctx.report.year} 年度报告应使用 ${required.id} 年版格式（${required.notice}），` +
      `本草稿使用的是 ${ctx.edition.id} 年版格式（${ctx.edition.notice}）。请转换为 ${required.id} 年版格式。`,
  });
}

// "统计期限自2020年1月1日起至2020年12月31日止", "统计时限为2022年1月1日至2022年12月31日",
// "统计周期为2024年1月1日至12月31日" (read without spaces and line breaks).
const PERIOD = /统计(?:期限|时限|周期|时间)?[^。\n]{0,12}?(\d{4})年1月1日[^。\n]{0,8}?(?:(\d{4})年)?12月31日/;

export function checkTitleAndYear(ctx: Context): void {
  const { report } = ctx;
  const warn = (message: string) => ctx.out.push({ rule: 'S-05', severity: 'warning', cells: [], part: 'preamble', message });
  if (report.organization.trim() === '') warn('未填写机关名称，标题应为“〈机关全称〉YYYY年政府信息公开工作年度报告”。');
  const expected = standardTitle(report.organization.trim(), report.year);
  if (report.title !== null && report.title.trim() !== expected) {
    const year = /(\d{4})\s*年/.exec(report.title)?.[1];
    if (year && Number(year) !== report.year) {
      warn(`标题中的年度为 ${year} 年，与报告年度 ${report.year} 年不一致。标准标题为“${expected}”。`);
    } else {
      warn(`标题“${report.title.trim()}”不符合统一格式，标准标题为“${expected}”。`);
    }
  }
  const period = report.text.preamble && PERIOD.exec(viewOfText(report.text.preamble).flat);
  if (!period) return;
  const [from, to] = [Number(period[1]), Number(period[2] ?? period[1])];
  if (from !== report.year || to !== report.year) {
    warn(`前言中的统计期限为 ${from} 年 1 月 1 日至 ${to} 年 12 月 31 日，与报告年度 ${report.year} 年不一致。`);
  }
}

/**
 * S-06 (条例第四十九条): a department's or a township's own report is published by 1月31日, a
 * county-or-higher government's consolidated report by 3月31日. Without a type the name does
 * not tell, only the later deadline is certain; a type only guessed from the name is said so.
 */
export function checkPublication(ctx: Context): void {
  const { publishDate, year, organizationType } = ctx.report;
  if (!publishDate) return;
  const warn = (message: string) => ctx.out.push({ rule: 'S-06', severity: 'warning', cells: [], part: 'preamble', message });
  const [y, m, d] = publishDate.split('-').map(Number);
  const shown = `${y}年${m}月${d}日`;
  if (publishDate <= `${year}-12-31`) {
    warn(`发布日期 ${shown} 在报告年度 ${year} 年结束之前。年度报告应在次年公布，请核对发布日期。`);
    return;
  }
  const type = organizationTypeOf(ctx.report);
  const deadline = publicationDeadline(type ?? 'government', year);
  if (publishDate <= deadline.iso) return;
  const who =
    type === 'government'
      ? '县级以上人民政府的本级政府年度报告应于每年3月31日前公布'
      : type === null
        ? '年度报告最迟应于每年3月31日前公布（部门、乡镇的应于1月31日前）'
        : '部门、乡镇人民政府和街道办事处的年度报告应于每年1月31日前公布';
  const guessed = type !== null && organizationType === null ? `机关类型按名称判断为“${ORGANIZATION_TYPE_NAMES[type]}”，如有误请在“发布信息”中选择。` : '';
  warn(`发布日期 ${shown} 晚于 ${deadline.shown}：${who}（条例第四十九条）。${guessed}`);
}
