// Structure rules (spec §7): the edition matches the report year (S-03); the title and the
// statistical period agree with the year (S-05).

import { editionForYear } from '../../formats';
import { standardTitle } from '../../report';
import type { Context } from '../context';

export function checkEdition(ctx: Context): void {
  const required = editionForYear(ctx.report.year);
  if (!required || required.id === ctx.edition.id) return;
  ctx.out.push({
    rule: 'S-03',
    severity: 'error',
    cells: [],
    message:
      `${ctx.report.year} 年度报告应使用 ${required.id} 年版格式（${required.notice}），` +
      `本草稿使用的是 ${ctx.edition.id} 年版格式（${ctx.edition.notice}）。请转换为 ${required.id} 年版格式。`,
  });
}

// "统计期限自2020年1月1日起至2020年12月31日止" and its common variants.
const PERIOD = /统计期限?[^。\n]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日[^。\n]{0,8}?(\d{4})\s*年\s*12\s*月\s*31\s*日/;

export function checkTitleAndYear(ctx: Context): void {
  const { report } = ctx;
  const warn = (message: string) => ctx.out.push({ rule: 'S-05', severity: 'warning', cells: [], message });
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
  const period = PERIOD.exec(report.text.preamble);
  if (period && (Number(period[1]) !== report.year || Number(period[2]) !== report.year)) {
    warn(
      `前言中的统计期限为 ${period[1]} 年 1 月 1 日至 ${period[2]} 年 12 月 31 日，与报告年度 ${report.year} 年不一致。`,
    );
  }
}
