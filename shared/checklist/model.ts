// The 检查报告 as one A4 page (issue 24): every checklist item with ✓ / ✗ / 请核对 and the findings
// behind it, broken into lines here, measured as the print layout measures, so that the PDF, the
// Word file and the editor's view show the same lines and the page always fits on one sheet.

import { EDITIONS } from '../formats';
import { breakLines, units } from '../export/measure';
import { pt } from '../export/page';
import type { Finding } from '../reconcile/types';
import { organizationTypeOf, reportTitle, type Report } from '../report';
import { CHECKLIST, itemOf, type ChecklistItemId } from './items';

export type ChecklistStatus = 'pass' | 'fail' | 'check';
export const STATUS_MARKS: Readonly<Record<ChecklistStatus, string>> = { pass: '✓', fail: '✗', check: '请核对' };

/** The page: A4 with 20 mm margins (a working paper, not a 公文), in mm and points. */
export const CHECKLIST_PAGE = {
  margin: 20,
  width: 170,
  height: 257,
  /** 序号, 检查项目, 结果, 发现的问题. */
  columns: [9, 34, 15, 112],
  padding: { x: 0.8, y: 1 },
  sizes: { heading: 18, subject: 12, meta: 10.5, table: 9 },
  /** Line pitches, points. */
  lines: { heading: 26, subject: 18, meta: 15, table: 12 },
  /** Space after the heading block, the meta block and the table, mm. */
  gaps: { heading: 2, meta: 3, table: 4 },
} as const;

export interface ChecklistRow {
  number: number;
  id: ChecklistItemId;
  title: string[];
  status: ChecklistStatus;
  /** The findings column as printed: "· message" lines, or the item's note. */
  lines: string[];
  /** Every finding behind the item (the page lists as many as fit). */
  findings: Finding[];
}

export interface ChecklistPage {
  heading: string;
  /** The report's title. */
  subject: string;
  meta: string[];
  header: [string, string, string, string];
  rows: ChecklistRow[];
  legend: string[];
  signature: string;
  /** ✗ when any item fails, 请核对 when any asks, ✓ otherwise. */
  status: ChecklistStatus;
}

export interface ChecklistInput {
  report: Report;
  /** reconcile(report, prior, {lexicon}), as the editor or the command line ran it. */
  findings: readonly Finding[];
  /** Last year's report the checks compared with, if any. */
  prior: Report | null;
  /** The office's own lexicon entries in use (本单位用语表), counted on the page. */
  officeEntries: number;
  /** The day of the check, "2025-01-20". */
  date: string;
}

/** An ideographic space between the fields of a line. */
const GAP = '\u3000';
const RANK = { error: 0, warning: 1, info: 2 } as const;
const rank = (f: Finding) => (f.acknowledged === undefined ? RANK[f.severity] : 3);
const isOpen = (f: Finding) => f.severity === 'error' || (f.severity === 'warning' && f.acknowledged === undefined);

function statusOf(findings: readonly Finding[]): ChecklistStatus {
  if (findings.some(isOpen)) return 'fail';
  return findings.length > 0 ? 'check' : 'pass';
}

/** What an item cannot say without something the draft lacks: a pass is then only a 请核对. */
function caveat(id: ChecklistItemId, input: ChecklistInput): string | null {
  const { report, prior } = input;
  if (id === 'repetition' && !prior) return '没有上年报告，未比对重复率';
  if (id === 'deadline' && !report.publishDate) return '未填写发布日期，无法核对发布时限';
  return null;
}

const notApplicable = (id: ChecklistItemId, report: Report) =>
  id === 'government' && organizationTypeOf(report) !== 'government' && !/人民政府$/.test(report.organization.trim()) ? '不适用（本报告不是人民政府的报告）' : null;

/** The room a line has, less a margin for the fallback fonts Word or LibreOffice may set it in (wider digits). */
const widthPt = (columnMm: number) => pt(columnMm - 2 * CHECKLIST_PAGE.padding.x) * 0.95;
const breakAt = (text: string, columnMm: number, size: number) => breakLines(units(text), widthPt(columnMm), size);

/** A finding's lines, at most `max`, the last cut with "…" when it runs on. */
function findingLines(f: Finding, max: number): string[] {
  const said = f.acknowledged === undefined ? f.message : `（已说明：${f.acknowledged}）${f.message}`;
  const lines = breakAt(`· ${said}`, CHECKLIST_PAGE.columns[3], CHECKLIST_PAGE.sizes.table);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1].slice(0, -1)}…`;
  return kept;
}

/** Lines the table body may take: the page less the heading, the meta block, the header row and the foot. */
function bodyCapacity(metaLines: number, legendLines: number, rows: number): number {
  const P = CHECKLIST_PAGE;
  const mmOf = (points: number) => points / pt(1);
  const fixed =
    mmOf(P.lines.heading + P.lines.subject) + P.gaps.heading + mmOf(metaLines * P.lines.meta) + P.gaps.meta +
    (mmOf(P.lines.table) + 2 * P.padding.y) + P.gaps.table + mmOf((legendLines + 2) * P.lines.meta);
  const perRowPadding = 2 * P.padding.y;
  return Math.floor((P.height - fixed - rows * perRowPadding) / mmOf(P.lines.table));
}

export function checklistOf(input: ChecklistInput): ChecklistPage {
  const { report, findings, prior } = input;
  const P = CHECKLIST_PAGE;
  const edition = EDITIONS[report.edition];
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const acknowledged = findings.filter((f) => f.acknowledged !== undefined).length;
  const meta = [
    `机关：${report.organization.trim() || '（未填写）'}${GAP}报告年度：${report.year} 年`,
    `格式：${edition.id} 年版（${edition.notice}）${GAP}检查日期：${input.date}`,
    `上年报告：${prior ? `已比对 ${prior.year} 年度报告` : '未提供（未做跨年核对和重复率）'}${GAP}本单位用语表：${input.officeEntries > 0 ? `${input.officeEntries} 条` : '未使用'}`,
    `检查结果：错误 ${count('error')} 项，警告 ${count('warning')} 项，提示 ${count('info')} 项${acknowledged > 0 ? `（其中 ${acknowledged} 项已说明理由）` : ''}。`,
  ].flatMap((line) => breakAt(line, P.width, P.sizes.meta));
  const legend = breakAt('✓ 未发现问题；✗ 有错误或未说明的警告，发布前应改正；请核对 有提示、已说明的警告或未能检查的内容，请人工确认。本页由年报编辑器生成，不代替人工审核。', P.width, P.sizes.meta);

  const grouped = new Map<ChecklistItemId, Finding[]>(CHECKLIST.map((item) => [item.id, []]));
  for (const f of findings) grouped.get(itemOf(f.rule, f.cells))!.push(f);
  const items = CHECKLIST.map((item, i) => {
    const behind = [...grouped.get(item.id)!].sort((a, b) => rank(a) - rank(b));
    const note = behind.length === 0 ? (notApplicable(item.id, report) ?? caveat(item.id, input)) : null;
    const status = note && !notApplicable(item.id, report) ? 'check' : statusOf(behind);
    return { number: i + 1, id: item.id, title: breakAt(item.title, P.columns[1], P.sizes.table), status, findings: behind, note };
  });

  // As many findings per item as fit: three of two lines each, then fewer, then one line each.
  const capacity = bodyCapacity(meta.length, legend.length, items.length);
  const layout = (perItem: number, linesEach: number) =>
    items.map((item) => {
      if (item.findings.length === 0) return item.note ? breakAt(item.note, P.columns[3], P.sizes.table) : ['未发现问题'];
      const shown = item.findings.slice(0, perItem).flatMap((f) => findingLines(f, linesEach));
      const more = item.findings.length - perItem;
      return more > 0 ? [...shown, `……另有 ${more} 项，见编辑器的“检查结果”`] : shown;
    });
  const height = (columns: string[][]) => columns.reduce((sum, lines, i) => sum + Math.max(lines.length, items[i].title.length), 0);
  let columns = layout(3, 2);
  for (const [perItem, linesEach] of [[2, 2], [1, 2], [1, 1]] as const) {
    if (height(columns) <= capacity) break;
    columns = layout(perItem, linesEach);
  }

  const rows = items.map((item, i) => ({ number: item.number, id: item.id, title: item.title, status: item.status, lines: columns[i], findings: item.findings }));
  return {
    heading: '政府信息公开工作年度报告发布前检查报告',
    subject: reportTitle(report),
    meta,
    header: ['序号', '检查项目', '结果', '发现的问题'],
    rows,
    legend,
    signature: `检查人：＿＿＿＿＿＿${GAP}${GAP}审核人：＿＿＿＿＿＿${GAP}${GAP}日期：＿＿＿＿年＿＿月＿＿日`,
    status: rows.some((r) => r.status === 'fail') ? 'fail' : rows.some((r) => r.status === 'check') ? 'check' : 'pass',
  };
}
