// 多年趋势: up to five reports of one unit (drafts, or published reports imported) as trend lines
// of the key figures and the indicators, year by year — for the editor's view, and as a portrait
// picture like the 图解 (the command line's `trend`).

import { INDICATORS, KEY_FIGURES, figureOf, percentTenths, percentText, ratioOf, type KeyFigureId } from '../indicators';
import type { Report } from '../report';
import { lineChart } from './lineChart';
import { countText } from './content';
import { COLORS, FONT_FAMILY, SERIES_COLORS, wrapText } from './style';
import { el, svgDocument, toMarkup, type SvgChild, type SvgElement } from './svg';
import type { ChartSeries } from './axes';
import { POSTER_WIDTH } from './poster';

export const MAX_TREND_YEARS = 5;

export interface TrendChart {
  title: string;
  unit: string;
  percent: boolean;
  categories: string[];
  series: ChartSeries[];
}

/** Why these reports cannot make one trend (Chinese), or null. Different names are only a note. */
export function trendProblem(reports: readonly Report[]): string | null {
  if (reports.length < 2) return '多年趋势至少需要两个年度的报告';
  if (reports.length > MAX_TREND_YEARS) return `多年趋势最多比较 ${MAX_TREND_YEARS} 个年度，现有 ${reports.length} 个`;
  const years = reports.map((r) => r.year);
  const twice = years.find((y, i) => years.indexOf(y) !== i);
  return twice === undefined ? null : `${twice} 年度的报告有不止一份，每个年度只能选一份`;
}

/** The reports in year order. */
export const byYear = (reports: readonly Report[]): Report[] => [...reports].sort((a, b) => a.year - b.year);

const FIGURE_GROUPS: readonly { title: string; ids: readonly KeyFigureId[] }[] = [
  { title: '政府信息公开申请（件）', ids: ['received', 'carriedIn', 'handled', 'carriedOver'] },
  { title: '行政复议和行政诉讼（件）', ids: ['review', 'litigation'] },
];
const INDICATOR_GROUPS = [
  { title: '申请办理指标（%）', ids: ['disclosure', 'unavailable', 'notProcessed', 'carryOver'] },
  { title: '复议诉讼纠错率（%）', ids: ['reviewCorrection', 'litigationCorrection'] },
] as const;

/** The four trend charts' data: key figures by kind, indicators by kind. */
export function trendCharts(reports: readonly Report[]): TrendChart[] {
  const sorted = byYear(reports);
  const categories = sorted.map((r) => `${r.year}年`);
  const figures = FIGURE_GROUPS.map((g) => ({
    title: g.title,
    unit: '件',
    percent: false,
    categories,
    series: g.ids.map((id, i) => {
      const def = KEY_FIGURES.find((f) => f.id === id)!;
      return { name: def.name, color: SERIES_COLORS[i], values: sorted.map((r) => ({ value: figureOf(def, r), text: countText(figureOf(def, r)) })) };
    }),
  }));
  const ratios = INDICATOR_GROUPS.map((g) => ({
    title: g.title,
    unit: '%',
    percent: true,
    categories,
    series: g.ids.map((id, i) => {
      const def = INDICATORS.find((d) => d.id === id)!;
      return {
        name: def.name,
        color: SERIES_COLORS[i],
        values: sorted.map((r) => {
          const tenths = percentTenths(ratioOf(def, r));
          return { value: tenths === null ? null : tenths / 10, text: percentText(ratioOf(def, r)) };
        }),
      };
    }),
  }));
  return [...figures, ...ratios];
}

/** A chart as SVG data, sized for its place. */
export function trendChartSvg(chart: TrendChart, width: number, height: number, fontSize: number): SvgElement {
  return lineChart({ categories: chart.categories, series: chart.series, width, height, fontSize, unit: chart.unit, percent: chart.percent });
}

/** “<机关>政府信息公开工作年度报告” and “2019—2022年度多年趋势”. */
export function trendTitle(reports: readonly Report[]): [string, string] {
  const sorted = byYear(reports);
  const last = sorted[sorted.length - 1];
  return [`${last.organization}政府信息公开工作年度报告`, `${sorted[0].year}—${last.year}年度多年趋势`];
}

/** The trend as one portrait picture: a red title band, the four charts, and every figure in words. */
export function trendSvg(reports: readonly Report[]): SvgElement {
  const sorted = byYear(reports);
  const W = POSTER_WIDTH;
  const M = 48;
  const [title, years] = trendTitle(sorted);
  const titleLines = wrapText(title, (W - 2 * M) / 48);
  const band = 80 + titleLines.length * 60 + 60;
  const parts: SvgChild[] = [
    el('rect', { x: 0, y: 0, width: W, height: band, fill: COLORS.red }),
    ...titleLines.map((t, i) => el('text', { x: W / 2, y: 90 + i * 60, 'font-size': 48, 'font-weight': 'bold', 'text-anchor': 'middle', 'font-family': FONT_FAMILY, fill: COLORS.paper }, t)),
    el('text', { x: W / 2, y: 90 + titleLines.length * 60 + 10, 'font-size': 40, 'font-weight': 'bold', 'text-anchor': 'middle', 'font-family': FONT_FAMILY, fill: COLORS.gold }, years),
  ];
  let y = band + 24;
  const charts = trendCharts(sorted);
  for (const chart of charts) {
    parts.push(
      el('rect', { x: M, y, width: W - 2 * M, height: 56, rx: 6, fill: COLORS.blue }),
      el('text', { x: M + 24, y: y + 39, 'font-size': 30, 'font-weight': 'bold', 'font-family': FONT_FAMILY, fill: COLORS.paper, 'data-role': 'section' }, chart.title),
      el('g', { transform: `translate(${M} ${y + 72})`, 'data-role': 'trend-chart' }, trendChartSvg(chart, W - 2 * M, 460, 22)),
    );
    y += 72 + 460 + 32;
  }
  const description = charts.flatMap((c) => [c.title, ...c.series.map((s) => `${s.name}：${s.values.map((v, i) => `${c.categories[i]} ${v.text}`).join('，')}`)]).join('\n');
  return svgDocument([el('rect', { x: 0, y: 0, width: W, height: y + 24, fill: COLORS.paper }), ...parts], { width: W, height: y + 24 }, `${title}${years}`, description);
}

export const trendMarkup = (reports: readonly Report[]): string => `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(trendSvg(reports))}\n`;
