// 汇总 from the desk: units in good standing summed; a received unit with problems only once
// confirmed; units that cannot be summed left out with their reason; a unit a summed consolidated
// report holds never counted twice; the list kept with the consolidated report.

import { describe, expect, it } from 'vitest';
import { buildDesk, consolidationOf, planSum } from '../../../shared/desk';
import { found, summary } from './drafts';

const view = buildDesk({
  folder: 'x',
  year: 2024,
  today: '2025-01-20',
  roster: {
    source: null,
    problems: [],
    units: ['某县公安局', '某县财政局', '某县档案馆', '某县城关镇', '某县审计局', '某县民政局'].map((name) => ({ name, type: 'department', contact: '', formerNames: [] })),
  },
  drafts: [
    found('公安.nianbao', summary('某县公安局', 2024)),
    found('财政.nianbao', summary('某县财政局', 2024, { errors: 2 })),
    found('城关镇.nianbao', summary('某县城关镇', 2024, { consolidates: ['某县城关镇', '某县城关镇党政办'] })),
    found('城关镇/党政办.nianbao', summary('某县城关镇党政办', 2024)),
    found('审计.nianbao', summary('某县审计局', 2024, { edition: '2019' })),
    found('民政.nianbao', summary('某县民政局', 2024)),
    found('民政2.nianbao', summary('某县民政局', 2024, { savedAt: '2024-12-01T09:00:00+08:00' })),
  ],
  unreadable: [],
});

describe('汇总 from the desk', () => {
  it('sums the units in good standing, asks about the others, and says why each unit left out is left out', () => {
    const plan = planSum(view.rows, '2021', new Set());
    expect(plan.include.map((r) => r.name)).toEqual(['某县公安局', '某县城关镇']);
    expect(plan.toConfirm.map((r) => r.name)).toEqual(['某县财政局']);
    expect(plan.left).toEqual([
      { name: '某县财政局', reason: '未确认计入：有 2 项错误。' },
      { name: '某县档案馆', reason: '未收到报告' },
      { name: '某县审计局', reason: '草稿为 2019 年版格式' },
      { name: '某县民政局', reason: '同一单位有 2 份草稿，请只保留一份' },
    ]);
  });

  it('sums a unit with errors once the office confirms it; never the office a summed township report holds', () => {
    const plan = planSum(view.rows, '2021', new Set(['某县财政局']));
    expect(plan.include.map((r) => r.name)).toEqual(['某县公安局', '某县财政局', '某县城关镇']);
    // Outside the roster and held by the township's report: not a unit of the county's sum.
    expect(plan.left.map((l) => l.name)).not.toContain('某县城关镇党政办');
    const kept = consolidationOf(plan, '2025-03-01T09:00:00+08:00');
    expect(kept.units).toEqual([
      { organization: '某县公安局', file: '公安.nianbao', errors: 0, warnings: 0 },
      { organization: '某县财政局', file: '财政.nianbao', errors: 2, warnings: 0 },
      { organization: '某县城关镇', file: '城关镇.nianbao', errors: 0, warnings: 0 },
    ]);
    expect(kept.left.map((l) => l.organization)).toEqual(['某县档案馆', '某县审计局', '某县民政局']);
  });

  it('leaves out a unit of the roster held by a consolidated report that is summed', () => {
    const held = buildDesk({
      folder: 'x',
      year: 2024,
      today: '2025-01-20',
      roster: { source: null, problems: [], units: ['某县城关镇', '某县城关镇党政办'].map((name) => ({ name, type: 'department', contact: '', formerNames: [] })) },
      drafts: [found('a.nianbao', summary('某县城关镇', 2024, { consolidates: ['某县城关镇党政办'] })), found('b.nianbao', summary('某县城关镇党政办', 2024))],
      unreadable: [],
    });
    const plan = planSum(held.rows, '2021', new Set());
    expect(plan.include.map((r) => r.name)).toEqual(['某县城关镇']);
    expect(plan.left).toEqual([{ name: '某县城关镇党政办', reason: '已含在“某县城关镇”的汇总报告中' }]);
  });
});
