// 多年趋势: up to five reports of one unit, each a draft (.nianbao) or a published report imported
// through the parsing worker — other people's files, read within the same limits as 导入 and 汇总.

import { basename, extname } from 'node:path';
import { byYear, trendProblem, MAX_TREND_YEARS } from '../../shared/graphic';
import type { Report } from '../../shared/report';
import { importUntrusted, openDraftsUntrusted } from './untrusted';

export interface TrendRead {
  reports: Report[];
  unreadable: { file: string; reason: string }[];
  /** The years' reports name different organisations: said, not refused (names change with reforms). */
  notes: string[];
}

export async function readTrendReports(paths: readonly string[]): Promise<TrendRead | { problem: string }> {
  if (paths.length > MAX_TREND_YEARS) return { problem: `多年趋势最多比较 ${MAX_TREND_YEARS} 个年度，选了 ${paths.length} 个文件` };
  const drafts = paths.filter((p) => extname(p).toLowerCase() === '.nianbao');
  const opened = await openDraftsUntrusted(drafts);
  const reports: Report[] = [];
  const unreadable: TrendRead['unreadable'] = [];
  opened.forEach((r, i) => (r.ok ? reports.push(r.draft.report) : unreadable.push({ file: basename(drafts[i]), reason: r.message })));
  for (const path of paths.filter((p) => !drafts.includes(p))) {
    const imported = await importUntrusted(path);
    if (imported.ok) reports.push(imported.report);
    else unreadable.push({ file: basename(path), reason: imported.message });
  }
  const names = [...new Set(reports.map((r) => r.organization))];
  const notes = names.length > 1 ? [`各年度报告的机关名称不完全相同（${names.join('、')}），请确认是同一单位的报告`] : [];
  return { reports: byYear(reports), unreadable, notes };
}

export { trendProblem };
