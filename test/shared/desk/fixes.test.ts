// The desk's review (政务公开办): a draft without a 机关名称 never vanishes; another year's draft
// never hides the year's unreadable one, and the closest year is named; a unit held by a
// consolidated report is left out of 汇总 only when a summed report holds it (outside the roster
// never, two holders, chains); 逾期 sorts by days; drafts read counted whole; a roster without
// units refused; renames pointed out without scoring every pair.

import { describe, expect, it } from 'vitest';
import { DESK_COLUMNS, UNNAMED, buildDesk, columnById, draftsOfYearRead, nothingRead, planSum, rosterFromSheet, sortRows, type DeskRow, type FoundDraft, type Roster } from '../../../shared/desk';
import type { Workbook } from '../../../shared/sheet';
import { found, summary } from './drafts';

const TODAY = '2025-02-20';
const roster = (...names: string[]): Roster => ({ source: '名册.xlsx', problems: [], units: names.map((name) => ({ name, type: 'department', contact: '', formerNames: [] })) });
const desk = (r: Roster | null, drafts: FoundDraft[], unreadable: { file: string; reason: string }[] = [], today = TODAY) => buildDesk({ folder: 'x', year: 2024, today, roster: r, drafts, unreadable });
const row = (rows: DeskRow[], name: string) => rows.find((r) => r.name === name)!;

describe('a draft of the year without a 机关名称', () => {
  it('is the unit’s its file name names, with the problem said', () => {
    for (const blank of ['', '   ', '\u200B\u3000']) {
      const view = desk(roster('某县公安局', '某县财政局'), [found('分局/某县公安局.nianbao', summary(blank, 2024)), found('财政.nianbao', summary('某县财政局', 2024))]);
      const police = row(view.rows, '某县公安局');
      expect(police).toMatchObject({ missing: false, file: '分局/某县公安局.nianbao', draftName: null, goodStanding: false });
      expect(police.problems).toEqual([`${UNNAMED}（按文件名“分局/某县公安局.nianbao”归入本单位），请在草稿中填写。`]);
      expect(view.unreadable).toEqual([]);
    }
  });

  it('is listed with the files that cannot be read when its file name is no unit’s, with a roster or without', () => {
    const drafts = [found('新建报告.nianbao', summary(' ', 2024)), found('财政.nianbao', summary('某县财政局', 2024))];
    expect(desk(roster('某县公安局', '某县财政局'), drafts).unreadable).toEqual([{ file: '新建报告.nianbao', reason: UNNAMED }]);
    const without = desk(null, drafts);
    expect(without.rows.map((r) => r.name)).toEqual(['某县财政局']);
    expect(without.unreadable).toEqual([{ file: '新建报告.nianbao', reason: UNNAMED }]);
  });
});

describe('a unit without a readable draft of the year', () => {
  it('is shown with its unreadable draft of the year before another year’s draft', () => {
    const view = desk(roster('某县审计局'), [found('上年/某县审计局.nianbao', summary('某县审计局', 2023))], [{ file: '某县审计局.nianbao', reason: '文件不是有效的 JSON 格式' }]);
    expect(row(view.rows, '某县审计局')).toMatchObject({ file: '某县审计局.nianbao', unreadable: '文件不是有效的 JSON 格式' });
    expect(row(view.rows, '某县审计局').problems[0]).toBe('草稿“某县审计局.nianbao”无法读取：文件不是有效的 JSON 格式');
    expect(view.unreadable).toEqual([]);
  });

  it('names the closest year’s draft: last year’s before an older one’s or the next year’s', () => {
    const view = desk(roster('某县审计局'), [found('2021.nianbao', summary('某县审计局', 2021)), found('2025.nianbao', summary('某县审计局', 2025)), found('2023.nianbao', summary('某县审计局', 2023, { savedAt: '2020-01-01T09:00:00+08:00' }))]);
    expect(row(view.rows, '某县审计局').problems[0]).toBe('文件夹中只有 2023 年度的草稿“2023.nianbao”，没有 2024 年度的。');
    const older = desk(roster('某县审计局'), [found('2021.nianbao', summary('某县审计局', 2021)), found('2022.nianbao', summary('某县审计局', 2022))]);
    expect(row(older.rows, '某县审计局').year).toBe(2022);
  });
});

describe('a unit held by consolidated reports', () => {
  const consolidated = (name: string, holds: string[]) => summary(name, 2024, { consolidates: holds });

  it('is summed on its own when the report holding it is outside the roster, and not said to be held', () => {
    const view = desk(roster('某县公安局', '某县城关镇党政办'), [found('a.nianbao', consolidated('某县城关镇', ['某县城关镇', '某县城关镇党政办'])), found('b.nianbao', summary('某县城关镇党政办', 2024)), found('c.nianbao', summary('某县公安局', 2024))]);
    const office = row(view.rows, '某县城关镇党政办');
    expect(office).toMatchObject({ coveredBy: [], goodStanding: true });
    expect(office.notes.join('')).not.toContain('已含在');
    expect(row(view.rows, '某县城关镇').notes).toEqual(['本报告为 2 个单位的汇总报告。']);
    expect(planSum(view.rows, '2021', new Set()).include.map((r) => r.name)).toEqual(['某县公安局', '某县城关镇党政办']);
  });

  it('keeps every holder, and is left out when any summed holder holds it', () => {
    const view = desk(roster('某县甲镇', '某县乙镇', '某县联办'), [
      found('甲.nianbao', consolidated('某县甲镇', ['某县联办'])),
      found('乙.nianbao', consolidated('某县乙镇', ['某县联办'])),
      found('联办.nianbao', summary('某县联办', 2024)),
    ]);
    expect(row(view.rows, '某县联办').coveredBy).toEqual(['某县甲镇', '某县乙镇']);
    expect(row(view.rows, '某县联办').notes).toContain('已含在“某县甲镇”、“某县乙镇”的汇总报告中，汇总时不再单独计入。');
    // The first holder not summed (errors, not confirmed), the second summed: counted once, in the second.
    const withErrors = view.rows.map((r) => (r.name === '某县甲镇' ? { ...r, goodStanding: false, problems: ['有 1 项错误。'] } : r));
    const plan = planSum(withErrors, '2021', new Set());
    expect(plan.include.map((r) => r.name)).toEqual(['某县乙镇']);
    expect(plan.left).toContainEqual({ name: '某县联办', reason: '已含在“某县乙镇”的汇总报告中' });
  });

  it('follows a chain: A holds B holds C, C is left out when A is summed and B is not', () => {
    const view = desk(roster('某县甲', '某县乙', '某县丙'), [found('a.nianbao', consolidated('某县甲', ['某县乙'])), found('b.nianbao', consolidated('某县乙', ['某县丙'])), found('c.nianbao', summary('某县丙', 2024))]);
    const bNotSummed = view.rows.map((r) => (r.name === '某县乙' ? { ...r, goodStanding: false, problems: ['有 1 项错误。'] } : r));
    const plan = planSum(bNotSummed, '2021', new Set());
    expect(plan.include.map((r) => r.name)).toEqual(['某县甲']);
    expect(plan.left).toContainEqual({ name: '某县丙', reason: '已含在“某县甲”的汇总报告中' });
  });
});

describe('the 逾期 column', () => {
  it('sorts by days: the most overdue first, then on time, then the most days left', () => {
    const view = desk(roster('某县甲局', '某县乙局', '某县丙局', '某县丁局'), [
      found('a.nianbao', summary('某县甲局', 2024, { publishDate: '2025-02-03' })),
      found('b.nianbao', summary('某县乙局', 2024, { publishDate: '2025-02-15' })),
      found('c.nianbao', summary('某县丙局', 2024, { publishDate: '2025-01-20' })),
    ]);
    const timing = columnById('timing')!;
    const sorted = sortRows(view.rows, timing, 'descending');
    expect(sorted.map((r) => timing.value(r))).toEqual(['逾期 20 天', '逾期 15 天', '逾期 3 天', '按期发布']);
    const early = desk(roster('某县甲局', '某县乙局'), [found('a.nianbao', summary('某县甲局', 2024, { publishDate: null }))], [], '2025-01-10');
    expect(sortRows([...early.rows, ...view.rows], timing, 'ascending').map((r) => timing.value(r)).slice(0, 2)).toEqual(['剩 21 天', '剩 21 天']);
    expect(DESK_COLUMNS.filter((c) => c.sortValue).map((c) => c.id)).toEqual(['timing']);
  });
});

describe('what the page says it read', () => {
  it('counts every draft of the year: received, outside the roster, held by a consolidated report, and the duplicates', () => {
    const view = desk(roster('某县城关镇', '某县公安局', '某县档案馆'), [
      found('城关镇.nianbao', summary('某县城关镇', 2024, { consolidates: ['某县城关镇办'] })),
      found('城关镇办.nianbao', summary('某县城关镇办', 2024)),
      found('公安.nianbao', summary('某县公安局', 2024)),
      found('公安2.nianbao', summary('某县公安局', 2024, { savedAt: '2024-01-01T09:00:00+08:00' })),
      found('振兴.nianbao', summary('某县乡村振兴局', 2024)),
    ]);
    expect(draftsOfYearRead(view)).toBe(5);
    expect(nothingRead(view)).toBeNull();
  });

  it('says when nothing was found, or nothing could be read', () => {
    expect(nothingRead(desk(null, []))).toBe('文件夹“x”中没有找到 2024 年度各单位的年报草稿（.nianbao 文件）。请选择各单位报告所在的文件夹。');
    expect(nothingRead(desk(null, [], [{ file: 'a.nianbao', reason: '文件过大' }]))).toContain('1 个草稿无法读取');
  });
});

describe('a roster with a heading row and no units', () => {
  it('is refused, naming the file', () => {
    const book: Workbook = { source: '名册.xlsx', format: 'xlsx', sheets: [{ name: 'Sheet1', rows: [['单位名册'], ['序号', '单位名称', '单位类型'], [null, '', '']] }] };
    expect(rosterFromSheet(book)).toEqual({ ok: false, message: '单位名册“名册.xlsx”的“单位名称”列下没有单位。请在标题行下逐行填写各单位的名称。' });
  });
});

describe('likely renames among many', () => {
  it('compares only names that share a pair of characters: 1,000 short names against 1,000 full ones well under 200 ms, with the same results', () => {
    // Short names on the roster ("XYZ局"), the drafts under the full one ("某县XYZ局"): every draft outside it.
    const cores = Array.from({ length: 1000 }, (_, i) => `${String.fromCodePoint(0x4e00 + 2 * i)}${String.fromCodePoint(0x4e01 + 2 * i)}${String.fromCodePoint(0x5e00 + (i % 400))}局`);
    const drafts = cores.map((c, i) => found(`${i}.nianbao`, summary(`某县${c}`, 2024)));
    const start = performance.now();
    const view = desk(roster(...cores), drafts);
    const took = performance.now() - start;
    expect(view.rows.filter((x) => !x.expected)).toHaveLength(1000);
    // Each draft is like its own short name only.
    for (const i of [0, 1, 399, 400, 999]) {
      expect(row(view.rows, `某县${cores[i]}`).problems).toEqual([`“某县${cores[i]}”不在单位名册中。名册中的“${cores[i]}”尚无本年度报告，名称相近：如为同一单位（更名或合并），请在名册中登记曾用名。`]);
    }
    expect(took).toBeLessThan(200);
  });
});
