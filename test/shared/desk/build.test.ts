// The desk's rows from what was found: each variation a county meets shown with its own problem
// and every other unit in good standing; last year's report found in the 上年 folder, the same
// tree or the draft's memory; 雷同 against last year and the most similar unit; a consolidated
// report and its own units; a roster started from the drafts; the summary and its line.

import { describe, expect, it } from 'vitest';
import { buildDesk, summaryLine, type DeskRow, type Roster } from '../../../shared/desk';
import { found, ownText, summary } from './drafts';

const roster = (...names: string[]): Roster => ({
  source: '名册.xlsx',
  problems: [],
  units: names.map((name) => ({ name, type: /镇$/.test(name) ? 'township' : 'department', contact: '', formerNames: name === '某县教育和体育局' ? ['某县教育局'] : [] })),
});
const row = (rows: DeskRow[], name: string) => rows.find((r) => r.name === name)!;
const TODAY = '2025-02-20';

describe('the desk of a folder', () => {
  const units = ['某县公安局', '某县财政局', '某县民政局', '某县审计局', '某县档案馆', '某县统计局', '某县教育和体育局', '某县水务局', '某县农业农村局', '某县住建局'];
  const view = buildDesk({
    folder: '某县2024',
    year: 2024,
    today: TODAY,
    roster: roster(...units),
    drafts: [
      found('公安.nianbao', summary('某县公安局', 2024)),
      found('财政.nianbao', summary('某县财政局', 2024, { errors: 2, warnings: 1 })),
      found('民政.nianbao', summary('某县民政局', 2024, { openRemarks: 1, stage: 'returned', followUp: { state: 'returned', at: '2025-01-12T10:05:00+08:00', by: '李主任' }, publishDate: null })),
      found('审计.nianbao', summary('某县审计局', 2023)),
      found('教育.nianbao', summary('某县教育局', 2024)),
      found('水务.nianbao', summary('某县水务局', 2024, {}, ownText('农业农村局'))),
      found('农业.nianbao', summary('某县农业农村局', 2024)),
      found('住建.nianbao', summary('某县住建局', 2024, { publishDate: '2025-02-18' })),
      found('乡村振兴.nianbao', summary('某县乡村振兴局', 2024)),
    ],
    unreadable: [
      { file: '某县统计局.nianbao', reason: '文件不是有效的 JSON 格式' },
      { file: '其他/坏.nianbao', reason: '文件过大' },
    ],
  });

  it('says what is wrong with each unit, and nothing about the rest', () => {
    const problems = Object.fromEntries(view.rows.map((r) => [r.name, r.problems]));
    expect(problems).toEqual({
      某县公安局: [],
      某县财政局: ['有 2 项错误。'],
      某县民政局: ['有 1 条审核意见未处理。', '2025年1月12日由李主任退回，尚未改回。', '已过发布期限 2025年1月31日 20 天，尚未发布。'],
      某县审计局: ['文件夹中只有 2023 年度的草稿“审计.nianbao”，没有 2024 年度的。', '已过发布期限 2025年1月31日 20 天，尚未发布。'],
      某县档案馆: ['未收到 2024 年度报告。', '已过发布期限 2025年1月31日 20 天，尚未发布。'],
      某县统计局: ['草稿“某县统计局.nianbao”无法读取：文件不是有效的 JSON 格式', '已过发布期限 2025年1月31日 20 天，尚未发布。'],
      某县教育和体育局: [],
      某县水务局: ['与“某县农业农村局”的报告雷同 100%。'],
      某县农业农村局: ['与“某县水务局”的报告雷同 100%。'],
      某县住建局: ['发布日期 2025年2月18日晚于期限 2025年1月31日（晚 18 天）。'],
      某县乡村振兴局: ['“某县乡村振兴局”不在单位名册中。'],
    });
    expect(row(view.rows, '某县教育和体育局')).toMatchObject({ draftName: '某县教育局', goodStanding: true, notes: ['草稿中的机关名称为“某县教育局”，是名册登记的曾用名（或并入本单位的单位）。'] });
    expect(view.rows.filter((r) => r.goodStanding).map((r) => r.name)).toEqual(['某县公安局', '某县教育和体育局']);
    expect(view.unreadable).toEqual([{ file: '其他/坏.nianbao', reason: '文件过大' }]);
  });

  it('counts them in the summary and its line', () => {
    expect(view.summary).toEqual({
      expected: 10,
      received: 7,
      missing: 3,
      wrongYear: 1,
      withErrors: 1,
      withOpenRemarks: 1,
      returned: 1,
      late: 5,
      published: 7,
      repeated: 2,
      unreadable: 1,
      outsideRoster: 1,
      goodStanding: 2,
    });
    expect(summaryLine(view.summary, view.unreadable.length)).toBe('已收到 7/10 · 未收到 3 · 年度不符 1 · 无法读取 2 · 有错误 1 · 有未处理意见 1 · 已退回未改回 1 · 逾期 5 · 雷同 2 · 名册外 1 · 合格 2/10');
  });

  it('points out a roster unit without a report whose name is like a draft outside the roster', () => {
    const renamed = buildDesk({ folder: 'x', year: 2024, today: TODAY, roster: roster('某县教育和体育局', '某县公安局'), drafts: [found('a.nianbao', summary('某县教育体育局', 2024))], unreadable: [] });
    expect(row(renamed.rows, '某县教育体育局').problems).toEqual(['“某县教育体育局”不在单位名册中。名册中的“某县教育和体育局”尚无本年度报告，名称相近：如为同一单位（更名或合并），请在名册中登记曾用名。']);
    expect(row(renamed.rows, '某县教育和体育局').missing).toBe(true);
  });
});

describe('last year and 雷同', () => {
  // Last year's text whole, and as much again of new text.
  const copied = `${ownText('公安局')}${ownText('新设局')}`;
  const drafts = [found('公安.nianbao', summary('某县公安局', 2024, {}, copied)), found('财政.nianbao', summary('某县财政局', 2024, { prior: { organization: '某县财政局', year: 2023, figures: { received: 5, concluded: 5, carried: 0, reviews: 1, lawsuits: null }, signature: summary('某县财政局', 2023).signature } }))];

  it('finds last year’s report in the 上年 folder before this tree, and before the one a draft remembers', () => {
    const here = found('上年/公安.nianbao', summary('某县公安局', 2023, { figures: { received: 1, concluded: 1, carried: 0, reviews: 0, lawsuits: 0 } }));
    const elsewhere = found('公安.nianbao', summary('某县公安局', 2023, { figures: { received: 2, concluded: 2, carried: 0, reviews: 0, lawsuits: 0 } }, '全新的一段文字，与今年的报告没有相同的句子，用来比较。'));
    const view = buildDesk({ folder: 'x', year: 2024, today: TODAY, roster: roster('某县公安局', '某县财政局'), drafts: [...drafts, here], unreadable: [], priorDrafts: [elsewhere] });
    expect(row(view.rows, '某县公安局')).toMatchObject({ priorFigures: { received: 2 }, repetitionFromLastYear: 0 });
    const without = buildDesk({ folder: 'x', year: 2024, today: TODAY, roster: roster('某县公安局', '某县财政局'), drafts: [...drafts, here], unreadable: [] });
    // This year's text is last year's whole and as much again: half of it repeats.
    expect(row(without.rows, '某县公安局')).toMatchObject({ priorFigures: { received: 1 }, repetitionFromLastYear: 0.5 });
    expect(row(without.rows, '某县公安局').problems).toEqual(['与上年报告重复 50%（年份、数字和机关名称不计）。']);
    expect(row(without.rows, '某县财政局')).toMatchObject({ priorFigures: { received: 5, reviews: 1, lawsuits: null }, repetitionFromLastYear: 1 });
  });

  it('adds up last year’s figures of the units merged into one, and says so', () => {
    const merged: Roster = { source: null, problems: [], units: [{ name: '某县文旅局', type: 'department', contact: '', formerNames: ['某县文化局', '某县旅游局'] }] };
    const fig = (n: number) => ({ received: n, concluded: n, carried: 0, reviews: null, lawsuits: 1 });
    const view = buildDesk({
      folder: 'x',
      year: 2024,
      today: TODAY,
      roster: merged,
      drafts: [found('文旅.nianbao', summary('某县文旅局', 2024)), found('文化.nianbao', summary('某县文化局', 2023, { figures: fig(3) })), found('旅游.nianbao', summary('某县旅游局', 2023, { figures: fig(4) }))],
      unreadable: [],
    });
    expect(view.rows[0].priorFigures).toEqual({ received: 7, concluded: 7, carried: 0, reviews: null, lawsuits: 2 });
    expect(view.rows[0].notes[0]).toBe('上年数字为“某县文化局”、“某县旅游局”的合计（名册登记的曾用名或并入单位）。');
  });
});

describe('a consolidated report and its own units', () => {
  it('marks each unit the consolidated report already holds, and says it on the consolidated report', () => {
    const view = buildDesk({
      folder: 'x',
      year: 2024,
      today: TODAY,
      roster: roster('某县城关镇', '某县公安局'),
      drafts: [
        found('城关镇.nianbao', summary('某县城关镇', 2024, { consolidates: ['某县城关镇', '某县城关镇社会事务办'] })),
        found('城关镇/社会事务办.nianbao', summary('某县城关镇社会事务办', 2024)),
        found('公安.nianbao', summary('某县公安局', 2024)),
      ],
      unreadable: [],
    });
    const office = row(view.rows, '某县城关镇社会事务办');
    expect(office).toMatchObject({ expected: false, coveredBy: ['某县城关镇'], problems: [] });
    expect(office.notes).toContain('已含在“某县城关镇”的汇总报告中，汇总时不再单独计入。');
    expect(row(view.rows, '某县城关镇').notes).toContain('本报告为 2 个单位的汇总报告；其中“某县城关镇社会事务办”的报告也在文件夹中，汇总时只计入本报告，不重复计算。');
    expect(view.summary.outsideRoster).toBe(0);
  });
});

describe('without a roster', () => {
  it('expects every unit with a draft of the year or the year before', () => {
    const view = buildDesk({ folder: 'x', year: 2024, today: TODAY, roster: null, drafts: [found('a.nianbao', summary('某县公安局', 2024)), found('b.nianbao', summary('某县城关镇', 2023))], unreadable: [] });
    expect(view.roster).toEqual({ source: null, units: 2, problems: [] });
    expect(view.rows.map((r) => [r.name, r.type, r.missing])).toEqual([
      ['某县城关镇', 'township', true],
      ['某县公安局', 'department', false],
    ]);
  });
});
