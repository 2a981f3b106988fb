// The 图解 of three reference reports (2019 edition, 2021 edition beside last year, no applications):
// every figure read back from the SVG's text equals the draft's, every indicator the hand-worked
// value, and the text alternative says each of them too. Also the charts' axes and labels.

import { describe, expect, it } from 'vitest';
import { barChart, graphicMarkup, lineChart, toMarkup, trendCharts, trendMarkup } from '../../../shared/graphic';
import { EDITIONS, cellIndex } from '../../../shared/formats';
import { indicators } from '../../../shared/indicators';
import { referenceReport } from '../../referenceReports';
import { graphicCases, unseenExpectedReport } from '../../graphicFixtures';
import { all, byAttr, parseSvg, textOf } from './svgRead';

/** A cell's figure as a published report prints it, worked out here from the draft's own number. */
function printedByHand(v: number | undefined, kind: string, suffix = ''): string {
  if (v === undefined) return '—';
  if (kind === 'signedCount' && v > 0) return `+${v}`;
  return `${v}${suffix}`;
}

describe.each(graphicCases())('the 图解 of $name', ({ report, prior }) => {
  const svg = parseSvg(graphicMarkup(report, prior));
  const desc = textOf(all(svg, (e) => e.tagName === 'desc')[0]);

  it('is portrait, 1080 px wide, titled with the organisation and year', () => {
    expect(Number(svg.getAttribute('width'))).toBe(1080);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(1080 * 2);
    expect(byAttr(svg, 'data-role', 'organization').map(textOf).join('')).toBe(report.organization);
    expect(textOf(byAttr(svg, 'data-role', 'year')[0])).toBe(`${report.year}年政府信息公开工作年度报告`);
  });

  it('shows every cell of tables 二 and 四 as the draft has it, and says it in the text alternative', () => {
    const edition = EDITIONS[report.edition];
    const cells = cellIndex(edition).all.filter((c) => c.table === 'active' || (c.table === 'review' && !c.derived));
    for (const cell of cells) {
      const suffix = edition.active.blocks.flatMap((b) => b.columns).find((c) => c.key === cell.column && cell.table === 'active')?.valueSuffix;
      const expected = printedByHand(report.cells[cell.key], cell.kind, suffix);
      const shown = byAttr(svg, 'data-cell', cell.key);
      expect(shown.map(textOf), cell.key).toEqual([expected]);
      expect(desc, cell.key).toContain(`${cell.columnLabel} ${expected}`);
    }
    // 总计 of table 四: the sum of its four results, as added up here.
    for (const row of ['RV', 'LD', 'LR']) {
      const sum = ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING'].reduce((s, c) => s + (report.cells[`review.${row}.${c}`] ?? 0), 0);
      expect(textOf(byAttr(svg, 'data-cell', `review.${row}.TOTAL`)[0])).toBe(String(sum));
    }
  });

  it('shows the applications received, carried over and handled, and every outcome on the chart or in words', () => {
    const tot = (row: string) => report.cells[`apply.${row}.TOT`];
    expect(textOf(byAttr(svg, 'data-figure', 'received')[0])).toBe(String(tot('R1')));
    expect(textOf(byAttr(svg, 'data-figure', 'carriedIn')[0])).toBe(String(tot('R2')));
    expect(textOf(byAttr(svg, 'data-figure', 'handled')[0])).toBe(String(tot('R3_7')));
    expect(textOf(byAttr(svg, 'data-figure', 'carriedOver')[0])).toBe(String(tot('R4')));
    const sum = (...rows: string[]) => (rows.some((r) => tot(r) !== undefined) ? String(rows.reduce((s, r) => s + (tot(r) ?? 0), 0)) : '—');
    const n = (p: string, k: number) => Array.from({ length: k }, (_, i) => `${p}_${i + 1}`);
    const other = report.edition === '2019' ? ['R3_6'] : n('R3_6', 3);
    const outcomes: [string, string][] = [
      ['予以公开', sum('R3_1')],
      ['部分公开', sum('R3_2')],
      ['不予公开', sum(...n('R3_3', 8))],
      ['无法提供', sum(...n('R3_4', 3))],
      ['不予处理', sum(...n('R3_5', 5))],
      ['其他处理', sum(...other)],
    ];
    const labels = byAttr(svg, 'data-role', 'value-label').filter((e) => e.getAttribute('data-series') === `${report.year}年`);
    for (const [category, value] of outcomes) {
      if (labels.length > 0) expect(labels.filter((e) => e.getAttribute('data-category') === category).map(textOf), category).toEqual([value]);
      expect(desc).toContain(`${category} ${value}件`);
    }
  });

  it('shows every indicator as computed from the draft, with its change when last year is known', () => {
    for (const i of indicators(report, prior)) {
      expect(byAttr(svg, 'data-indicator', i.def.id).map(textOf)).toEqual([i.nowText]);
      expect(desc).toContain(`${i.def.name} ${i.nowText}`);
      const change = byAttr(svg, 'data-change', `indicator-${i.def.id}`).map(textOf);
      expect(change).toEqual(prior ? [i.change ? `${i.change.text}（上年${i.beforeText}）` : `上年：${i.beforeText}`] : []);
    }
  });
});

describe('the 图解 against hand-worked figures', () => {
  it('洪泽区 2024 beside 2023: indicators, arrows and the chart of both years', () => {
    const svg = parseSvg(graphicMarkup(unseenExpectedReport('hongze-2024'), referenceReport('hongze-2023')));
    const shown = (id: string) => textOf(byAttr(svg, 'data-indicator', id)[0]);
    expect(['disclosure', 'unavailable', 'notProcessed', 'reviewCorrection', 'litigationCorrection', 'carryOver'].map(shown)).toEqual(['62.1%', '33.7%', '1.1%', '50.0%', '0.0%', '0.0%']);
    expect(textOf(byAttr(svg, 'data-change', 'indicator-disclosure')[0])).toBe('较上年上升43.1个百分点（上年19.0%）');
    expect(byAttr(svg, 'data-role', 'arrow-up').length).toBeGreaterThanOrEqual(2); // 实质公开率, 复议纠错率 (and 新收, 办理)
    expect(byAttr(svg, 'data-role', 'arrow-down').length).toBeGreaterThanOrEqual(2); // 无法提供, 不予处理
    const before = byAttr(svg, 'data-role', 'bar').filter((b) => b.getAttribute('data-series') === '2023年');
    // 2023: 予以公开 0, 部分公开 4, 不予公开 1+0+0+0+0+1+1+0 = 3, 无法提供 10+3+0 = 13, 不予处理 1
    expect(before.map((b) => [b.getAttribute('data-category'), b.getAttribute('data-value')])).toEqual([
      ['予以公开', '0'], ['部分公开', '4'], ['不予公开', '3'], ['无法提供', '13'], ['不予处理', '1'],
    ]);
  });

  it('a report without applications says so in words instead of an empty chart, and shows "—" for every indicator', () => {
    const svg = parseSvg(graphicMarkup(unseenExpectedReport('pingtan-caijin-2019'), null));
    expect(byAttr(svg, 'data-role', 'outcome-chart')).toEqual([]);
    expect(textOf(byAttr(svg, 'data-role', 'no-outcomes')[0])).toContain('本年度没有办理结果');
    expect(byAttr(svg, 'data-indicator').map(textOf)).toEqual(['—', '—', '—', '—', '—', '—']);
    expect(graphicMarkup(unseenExpectedReport('pingtan-caijin-2019'), null)).not.toMatch(/NaN|Infinity/);
  });

  it('escapes what the clerk typed', () => {
    const report = { ...referenceReport('tianshui-2020'), organization: '<script>alert(1)</script>&"机关"' };
    const markup = graphicMarkup(report, null);
    expect(markup).not.toContain('<script');
    expect(byAttr(parseSvg(markup), 'data-role', 'organization').map(textOf).join('')).toBe(report.organization);
  });
});

describe('the bar chart: axes, ticks, value labels, legend', () => {
  const chart = parseSvg(
    `<svg xmlns="http://www.w3.org/2000/svg">${toMarkup(
      barChart({
        categories: ['予以公开', '部分公开', '无法提供'],
        series: [
          { name: '2022年', color: '#00f', values: [{ value: 40, text: '40' }, { value: 0, text: '0' }, { value: null, text: '—' }] },
          { name: '2023年', color: '#f00', values: [{ value: 93, text: '93' }, { value: 12, text: '12' }, { value: 1, text: '1' }] },
        ],
        width: 600,
        height: 300,
        fontSize: 14,
        unit: '件',
      }),
    )}</svg>`,
  );

  it('has a value axis from 0 past the largest value in round steps, and its unit', () => {
    const ticks = byAttr(chart, 'data-role', 'tick').map((t) => Number(t.getAttribute('data-value')));
    expect(ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(byAttr(chart, 'data-role', 'tick').map((t) => textOf(all(t, (e) => e.tagName === 'text')[0]))).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(textOf(byAttr(chart, 'data-role', 'unit')[0])).toBe('件');
    expect(all(byAttr(chart, 'data-role', 'y-axis')[0], (e) => e.tagName === 'line').length).toBeGreaterThan(ticks.length);
  });

  it('has a category axis, a bar per value with its height in proportion, every value printed, and a legend', () => {
    expect(byAttr(chart, 'data-role', 'category').map((c) => c.getAttribute('data-category'))).toEqual(['予以公开', '部分公开', '无法提供']);
    const bars = byAttr(chart, 'data-role', 'bar');
    expect(bars).toHaveLength(5); // the blank value has no bar
    const height = (series: string, category: string) => Number(bars.find((b) => b.getAttribute('data-series') === series && b.getAttribute('data-category') === category)!.getAttribute('height'));
    expect(height('2023年', '予以公开') / height('2022年', '予以公开')).toBeCloseTo(93 / 40, 1);
    const baseline = Number(byAttr(chart, 'data-role', 'x-axis')[0].getElementsByTagName('line')[0].getAttribute('y1'));
    for (const b of bars) expect(Number(b.getAttribute('y')) + Number(b.getAttribute('height'))).toBeCloseTo(baseline, 1);
    expect(byAttr(chart, 'data-role', 'value-label').map(textOf)).toEqual(['40', '93', '0', '12', '—', '1']);
    expect(byAttr(chart, 'data-role', 'legend-item').map(textOf)).toEqual(['2022年', '2023年']);
  });
});

describe('trend lines over the years', () => {
  const reports = [referenceReport('pingtan-2019'), unseenExpectedReport('pingtan-2021'), referenceReport('pingtan-2022')];

  it('a line per key figure and indicator, a gap where a year has no value, every value printed', () => {
    const charts = trendCharts(reports);
    expect(charts.map((c) => c.title)).toEqual(['政府信息公开申请（件）', '行政复议和行政诉讼（件）', '申请办理指标（%）', '复议诉讼纠错率（%）']);
    const received = charts[0].series.find((s) => s.name === '本年新收申请')!;
    expect(received.values.map((v) => v.text)).toEqual(['23', '70', '74']);
    const correction = charts[3].series.find((s) => s.name === '复议纠错率')!;
    // 2019: no 复议 (0 ÷ 0); 2021: 纠正 0 ÷ 3; 2022: 1 ÷ 2
    expect(correction.values.map((v) => v.text)).toEqual(['—', '0.0%', '50.0%']);
    const svg = parseSvg(toMarkup(lineChart({ ...charts[3], width: 600, height: 300, fontSize: 14, unit: '%', percent: true })));
    const line = byAttr(svg, 'data-series', '复议纠错率').find((e) => e.getAttribute('data-role') === 'line-series')!;
    expect(line.getElementsByTagName('polyline')).toHaveLength(1); // 2021–2022; 2019 has no point
    expect(byAttr(svg, 'data-role', 'point').filter((p) => p.getAttribute('data-series') === '复议纠错率')).toHaveLength(2);
    expect(byAttr(svg, 'data-role', 'tick').map(textOf).at(-1)).toMatch(/%$/);
  });

  it('the picture has all four charts and says every value in its description', () => {
    const svg = parseSvg(trendMarkup(reports));
    expect(byAttr(svg, 'data-role', 'trend-chart')).toHaveLength(4);
    const desc = textOf(all(svg, (e) => e.tagName === 'desc')[0]);
    expect(desc).toContain('本年新收申请：2019年 23，2021年 70，2022年 74');
    expect(desc).toContain('实质公开率：2019年 34.8%');
  });
});
