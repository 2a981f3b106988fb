// Which draft is which unit's: a name or a recorded former name proves it (the unit identity:
// width, invisible characters and spaces do not make another unit); anything else is outside the
// roster. Deadlines and where a unit stands against them on a given day.

import { describe, expect, it } from 'vitest';
import { commonStart, daysBetween, deadlineOf, deadlineType, matchDrafts, nameLikeness, timeliness, type RosterUnit } from '../../../shared/desk';
import { NAME, VARIANTS } from '../units/variants';
import { found, summary } from './drafts';

const unit = (name: string, formerNames: string[] = []): RosterUnit => ({ name, type: 'department', contact: '', formerNames });

describe('matching drafts to the roster', () => {
  const roster = [unit('某县教育和体育局', ['某县教育局']), unit('某县公安局'), unit('某县财政局')];

  it('by name (however it is spelt) or a former name; each year apart; the rest outside the roster', () => {
    const drafts = [
      found('教育.nianbao', summary('某县教育局', 2024)),
      found('公安.nianbao', summary('某县\u200b公安局', 2024, { savedAt: '2025-01-10T09:00:00+08:00' })),
      found('公安2.nianbao', summary('某县公安局', 2024, { savedAt: '2025-01-12T09:00:00+08:00' })),
      found('公安-上年.nianbao', summary('某县公安局', 2023)),
      found('财政-2022.nianbao', summary('某县财政局', 2022)),
      found('乡村振兴.nianbao', summary('某县乡村振兴局', 2024)),
      found('旧.nianbao', summary('某县旧局', 2023)),
    ];
    const m = matchDrafts(roster, drafts, 2024);
    const files = (list: { file: string }[]) => list.map((d) => d.file);
    expect(m.units.map((u) => [u.unit.name, files(u.ofYear), files(u.ofLastYear), files(u.ofOtherYears)])).toEqual([
      ['某县教育和体育局', ['教育.nianbao'], [], []],
      // The most recently saved first: the other one is a second draft of the same unit.
      ['某县公安局', ['公安2.nianbao', '公安.nianbao'], ['公安-上年.nianbao'], []],
      ['某县财政局', [], [], ['财政-2022.nianbao']],
    ]);
    expect(m.outside.map((o) => [o.name, files(o.ofYear)])).toEqual([['某县乡村振兴局', ['乡村振兴.nianbao']]]);
  });

  it.each(VARIANTS)('one unit, never two, when a draft’s name differs by %s', (_, variant) => {
    const drafts = [found('原.nianbao', summary(NAME, 2024, { savedAt: '2025-01-10T09:00:00+08:00' })), found('重发.nianbao', summary(variant, 2024))];
    // In the roster: both drafts are the unit's (the newer first); outside it: one unit with both files.
    const inRoster = matchDrafts([unit(NAME)], drafts, 2024);
    expect(inRoster.units.map((u) => u.ofYear.map((d) => d.file))).toEqual([['重发.nianbao', '原.nianbao']]);
    expect(inRoster.outside).toEqual([]);
    const outside = matchDrafts([unit('某县公安局')], drafts, 2024).outside;
    expect(outside.map((o) => [o.name, o.ofYear.length])).toEqual([[NAME, 2]]);
  });

  it('never joins a similar name: it only says how alike two names are', () => {
    const m = matchDrafts([unit('某县教育和体育局')], [found('x.nianbao', summary('某县教育局', 2024))], 2024);
    expect(m.units[0].ofYear).toEqual([]);
    expect(m.outside.map((o) => o.name)).toEqual(['某县教育局']);
    const place = commonStart(['某县教育和体育局', '某县公安局', '某县财政局']);
    expect(place).toBe('某县');
    expect(nameLikeness('某县教育和体育局', '某县教育局', place)).toBeGreaterThanOrEqual(0.5);
    expect(nameLikeness('某县公安局', '某县财政局', place)).toBeLessThan(0.5);
    // Without the shared place the county's name alone made two units look alike.
    expect(nameLikeness('某某县公安局', '某某县财政局')).toBeGreaterThan(nameLikeness('某某县公安局', '某某县财政局', '某某县'));
  });
});

describe('deadlines (条例第四十九条, as S-06)', () => {
  it('takes the type the draft sets, else the roster’s, else the name’s', () => {
    expect(deadlineType('government', 'department', '某县公安局')).toBe('government');
    expect(deadlineType(null, 'street', '某县东城街道')).toBe('township');
    expect(deadlineType(null, 'government', '某县')).toBe('government');
    expect(deadlineType(null, 'other', '某县人民政府')).toBe('government');
    expect(deadlineType(null, 'other', '平潭综合实验区')).toBe('department');
    expect([deadlineOf('department', 2024), deadlineOf('township', 2024), deadlineOf('government', 2024)]).toEqual(['2025-01-31', '2025-01-31', '2025-03-31']);
  });

  it('published on time or late by N days; not yet published: due in N days, or overdue by N days; a date after today is a plan', () => {
    expect(timeliness('2025-01-20', '2025-01-31', '2025-02-20')).toEqual({ late: false, lateDays: null, dueInDays: null });
    expect(timeliness('2025-02-18', '2025-01-31', '2025-02-20')).toEqual({ late: true, lateDays: 18, dueInDays: null });
    expect(timeliness(null, '2025-01-31', '2025-01-21')).toEqual({ late: false, lateDays: null, dueInDays: 10 });
    expect(timeliness(null, '2025-01-31', '2025-01-31')).toEqual({ late: false, lateDays: null, dueInDays: 0 });
    expect(timeliness(null, '2025-01-31', '2025-03-03')).toEqual({ late: true, lateDays: 31, dueInDays: null });
    expect(timeliness('2025-01-28', '2025-01-31', '2025-01-21')).toEqual({ late: false, lateDays: null, dueInDays: 10 });
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});
