// Whether a unit is in good standing for the year — its report received, readable, in the year's
// edition, without errors or open review remarks, not returned and left unfixed, published on time,
// not 雷同 — with each problem said in Chinese (what and where); and the desk's summary line.

import type { EditionId } from '../formats';
import { COPIED_WARNING } from '../reconcile/narrative/copied';
import { unitKey } from '../units/identity';
import { timeliness } from './deadline';
import type { DeskRow, DeskSummary, DeskView } from './types';

/** 雷同 as assessors deduct for it ("重复率大于50%"), as TXT-02 warns: from last year or another unit. */
export const REPEATED = COPIED_WARNING;

/** Copied from last year, or 雷同 with another unit's report this year. */
export const isRepeated = (r: DeskRow) => !r.missing && ((r.repetitionFromLastYear ?? 0) >= REPEATED || (r.mostSimilarUnit?.ratio ?? 0) >= REPEATED);

export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const day = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const FOLLOW_UP_NAMES = { returned: '已退回，尚未改回', revising: '已退回，正在修改（尚未重新送审）', resubmitted: '退回后已改回，重新送审' } as const;

export function judge(row: DeskRow, year: number, today: string, edition: EditionId): void {
  const problems = row.problems;
  const notes = row.notes;
  row.published = !row.missing && row.publishDate !== null && row.publishDate <= today;
  Object.assign(row, timeliness(row.published ? row.publishDate : null, row.deadline, today));
  if (row.unreadable !== null) problems.push(`草稿“${row.file}”无法读取：${row.unreadable}`);
  else if (row.file === null) problems.push(`未收到 ${year} 年度报告。`);
  else if (row.year !== year) problems.push(`文件夹中只有 ${row.year} 年度的草稿“${row.file}”，没有 ${year} 年度的。`);
  if (!row.missing) {
    if (row.edition !== edition) problems.push(`${year} 年度报告应使用 ${edition} 年版格式，草稿为 ${row.edition} 年版。`);
    if (row.errors! > 0) problems.push(`有 ${row.errors} 项错误。`);
    if (row.openRemarks! > 0) problems.push(`有 ${row.openRemarks} 条审核意见未处理。`);
    if (row.followUp && row.followUp.state !== 'resubmitted') problems.push(`${day(row.followUp.at)}由${row.followUp.by}退回，${FOLLOW_UP_NAMES[row.followUp.state].replace(/^已退回，/, '')}。`);
    else if (row.followUp) notes.push(`${day(row.followUp.at)}由${row.followUp.by}退回，已改回并重新送审。`);
    if (row.duplicates.length > 0) problems.push(`同一单位有 ${row.duplicates.length + 1} 份 ${year} 年度草稿：“${row.file}”（最近保存，显示的是这一份）、${row.duplicates.map((f) => `“${f}”`).join('、')}。请只保留一份。`);
    if (row.repetitionFromLastYear !== null && row.repetitionFromLastYear >= REPEATED) problems.push(`与上年报告重复 ${percent(row.repetitionFromLastYear)}（年份、数字和机关名称不计）。`);
    if (row.mostSimilarUnit && row.mostSimilarUnit.ratio >= REPEATED) problems.push(`与“${row.mostSimilarUnit.name}”的报告雷同 ${percent(row.mostSimilarUnit.ratio)}。`);
    if (row.draftName !== null) {
      notes.push(unitKey(row.draftName) === row.key ? `草稿中写作“${row.draftName}”，与名册写法不同，按同一单位。` : `草稿中的机关名称为“${row.draftName}”，是名册登记的曾用名（或并入本单位的单位）。`);
    }
    if (row.coveredBy.length > 0) notes.push(`已含在${row.coveredBy.map((n) => `“${n}”`).join('、')}的汇总报告中，汇总时不再单独计入。`);
  }
  if (row.late) {
    if (row.published) problems.push(`发布日期 ${day(row.publishDate!)}晚于期限 ${day(row.deadline)}（晚 ${row.lateDays} 天）。`);
    else problems.push(`已过发布期限 ${day(row.deadline)} ${row.lateDays} 天，尚未发布。`);
  } else if (row.dueInDays !== null) notes.push(row.dueInDays === 0 ? '今天是发布期限。' : `距发布期限 ${day(row.deadline)}还有 ${row.dueInDays} 天。`);
  row.goodStanding = row.expected && problems.length === 0;
  row.flags = flagsOf(row, edition);
}

/** The row's problems in a word each (未收到、有错误、逾期 …), for a narrow column and the printed table. */
function flagsOf(r: DeskRow, edition: EditionId): string[] {
  if (!r.expected && r.missing) return ['名册外'];
  const flags: string[] = [];
  if (!r.expected) flags.push('名册外');
  if (r.unreadable !== null) flags.push('无法读取');
  else if (r.file === null) flags.push('未收到');
  else if (r.missing) flags.push('年度不符');
  if (!r.missing) {
    if (r.edition !== edition) flags.push('格式不符');
    if (r.errors! > 0) flags.push('有错误');
    if (r.openRemarks! > 0) flags.push('意见未处理');
    if (r.followUp && r.followUp.state !== 'resubmitted') flags.push('退回未改回');
    if (r.duplicates.length > 0) flags.push('多份草稿');
    if ((r.repetitionFromLastYear ?? 0) >= REPEATED) flags.push('与上年重复');
    if ((r.mostSimilarUnit?.ratio ?? 0) >= REPEATED) flags.push('雷同');
  }
  if (r.late) flags.push('逾期');
  return flags;
}

export function summarize(rows: readonly DeskRow[]): DeskSummary {
  const count = (test: (r: DeskRow) => boolean) => rows.filter(test).length;
  const expected = rows.filter((r) => r.expected);
  return {
    expected: expected.length,
    received: expected.filter((r) => !r.missing).length,
    missing: expected.filter((r) => r.missing).length,
    wrongYear: count((r) => r.missing && r.year !== null),
    withErrors: count((r) => !r.missing && r.errors! > 0),
    withOpenRemarks: count((r) => !r.missing && r.openRemarks! > 0),
    returned: count((r) => !r.missing && r.followUp !== null && r.followUp.state !== 'resubmitted'),
    late: count((r) => r.late),
    published: count((r) => r.published),
    repeated: count(isRepeated),
    unreadable: count((r) => r.unreadable !== null),
    outsideRoster: count((r) => !r.expected && r.coveredBy.length === 0),
    goodStanding: expected.filter((r) => r.goodStanding).length,
  };
}

/** Every draft of the year read: each received row's (outside the roster and held by a consolidated report too) and its duplicates. */
export const draftsOfYearRead = (view: Pick<DeskView, 'rows'>) => view.rows.reduce((n, r) => n + (r.missing ? 0 : 1 + r.duplicates.length), 0);

/**
 * Why the desk lists no unit at all (no roster, and no draft of the year or the year before could be
 * read): nothing found, or only files that cannot be read. null when it lists any.
 */
export function nothingRead(view: Pick<DeskView, 'folder' | 'year' | 'rows' | 'unreadable'>): string | null {
  if (view.rows.length > 0) return null;
  if (view.unreadable.length === 0) return `文件夹“${view.folder}”中没有找到 ${view.year} 年度各单位的年报草稿（.nianbao 文件）。请选择各单位报告所在的文件夹。`;
  return `文件夹“${view.folder}”中没有可以列出的单位：${view.unreadable.length} 个草稿无法读取或未填写机关名称，原因见“无法读取”的文件。`;
}

/** “已收到 41/45 · 未收到 4 · 逾期 3 · 有错误 5 …”: what the office reads first. */
export function summaryLine(s: DeskSummary, unreadableFiles = 0): string {
  const parts: [string, number][] = [
    ['未收到', s.missing],
    ['年度不符', s.wrongYear],
    ['无法读取', s.unreadable + unreadableFiles],
    ['有错误', s.withErrors],
    ['有未处理意见', s.withOpenRemarks],
    ['已退回未改回', s.returned],
    ['逾期', s.late],
    ['雷同', s.repeated],
    ['名册外', s.outsideRoster],
  ];
  return [`已收到 ${s.received}/${s.expected}`, ...parts.filter(([, n]) => n > 0).map(([label, n]) => `${label} ${n}`), `合格 ${s.goodStanding}/${s.expected}`].join(' · ');
}
