// Sorting and filtering the desk by any column (blanks last either way; filters as a clerk types
// them), the quick views, and the printed table: A4 landscape, header on every page, every value
// escaped.

import { describe, expect, it } from 'vitest';
import { DESK_COLUMNS, DESK_VIEWS, buildDesk, columnById, deskPrintHtml, passes, sortRows, type DeskRow } from '../../../shared/desk';
import { found, summary } from './drafts';

const view = buildDesk({
  folder: '某县<2024>',
  year: 2024,
  today: '2025-02-20',
  roster: {
    source: null,
    problems: [],
    units: ['某县公安局', '某县财政局', '某县民政局', '某县档案馆', '某县<script>局'].map((name) => ({ name, type: 'department', contact: '', formerNames: [] })),
  },
  drafts: [
    found('a.nianbao', summary('某县公安局', 2024, { errors: 0, figures: { received: 30, concluded: 30, carried: 0, reviews: 1, lawsuits: 0 } })),
    found('b.nianbao', summary('某县财政局', 2024, { errors: 3, figures: { received: 5, concluded: 4, carried: 1, reviews: null, lawsuits: 0 } })),
    found('c.nianbao', summary('某县民政局', 2024, { errors: 1, figures: { received: 12, concluded: 12, carried: 0, reviews: 0, lawsuits: 0 } })),
    found('d.nianbao', summary('某县<script>局', 2024, { errors: 0 })),
  ],
  unreadable: [],
});
const names = (rows: DeskRow[]) => rows.map((r) => r.name);
const col = (id: string) => columnById(id)!;

describe('sorting', () => {
  it('by a number either way, blanks (a unit without a report) last both times, ties in their order', () => {
    expect(names(sortRows(view.rows, col('errors'), 'descending'))).toEqual(['某县财政局', '某县民政局', '某县公安局', '某县<script>局', '某县档案馆']);
    expect(names(sortRows(view.rows, col('errors'), 'ascending'))).toEqual(['某县公安局', '某县<script>局', '某县民政局', '某县财政局', '某县档案馆']);
    expect(names(sortRows(view.rows, col('reviews'), 'descending'))).toEqual(['某县公安局', '某县民政局', '某县<script>局', '某县财政局', '某县档案馆']);
  });

  it('by text in pinyin order', () => {
    // 未收到 (wèi) before 已收到 (yǐ).
    expect(names(sortRows(view.rows, col('receipt'), 'ascending'))[0]).toBe('某县档案馆');
    expect(sortRows(view.rows, col('name'), 'ascending').map((r) => r.name.slice(2, 3))).toEqual(['<', '财', '档', '公', '民']);
  });
});

describe('filters', () => {
  const through = (id: string, filter: string) => names(view.rows.filter((r) => passes(col(id), r, filter)));
  it('compares numbers and ratios, matches words, and “空” finds blanks', () => {
    expect(through('errors', '>0')).toEqual(['某县财政局', '某县民政局']);
    expect(through('errors', '＞=1')).toEqual(['某县财政局', '某县民政局']);
    expect(through('errors', '<=1')).toEqual(['某县公安局', '某县民政局', '某县<script>局']);
    expect(through('received', '12')).toEqual(['某县民政局']);
    expect(through('errors', '空')).toEqual(['某县档案馆']);
    expect(through('receipt', '未收到')).toEqual(['某县档案馆']);
    expect(through('name', '财政')).toEqual(['某县财政局']);
    expect(through('similarity', '>=0%')).toEqual(names(view.rows.filter((r) => r.mostSimilarUnit !== null)));
    expect(through('errors', '')).toEqual(names(view.rows));
  });

  it('offers the quick views the office asks for', () => {
    expect(names(view.rows.filter(DESK_VIEWS.errors.test))).toEqual(['某县财政局', '某县民政局']);
    expect(names(view.rows.filter(DESK_VIEWS.missing.test))).toEqual(['某县档案馆']);
    expect(names(view.rows.filter(DESK_VIEWS.problems.test))).toEqual(['某县财政局', '某县民政局', '某县档案馆']);
  });
});

describe('the printed table', () => {
  const html = deskPrintHtml(view);
  it('is an A4 landscape page whose header row repeats and whose rows do not split', () => {
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; }');
    expect((html.match(/<tr/g) ?? []).length).toBe(view.rows.length + 1);
    const printed = DESK_COLUMNS.filter((c) => c.print).length;
    expect((html.match(/<th>/g) ?? []).length).toBe(printed + 1);
  });
  it('escapes every name and title', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('某县&lt;script&gt;局');
    expect(html).toContain('（某县&lt;2024&gt;）');
  });
});
