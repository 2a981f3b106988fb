// Trend lines over the years with axes, ticks, a legend and every value printed at its point; a
// year without a value (a blank table, a division by zero) breaks the line instead of dropping to 0.

import { chartFrame, chartText, type ChartSpec } from './axes';
import { el, num, type SvgElement } from './svg';

export function lineChart(spec: ChartSpec): SvgElement {
  const plot = chartFrame(spec);
  const fs = spec.fontSize;
  const labelY = labelPlaces(spec, plot.y, fs);
  const series = spec.series.map((s, j) => {
    const runs: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (v.value === null) runs.push([]);
      else runs[runs.length - 1].push(`${num(plot.x(i))},${num(plot.y(v.value))}`);
    });
    return el(
      'g',
      { 'data-role': 'line-series', 'data-series': s.name },
      runs.filter((r) => r.length > 1).map((r) => el('polyline', { points: r.join(' '), fill: 'none', stroke: s.color, 'stroke-width': fs * 0.2, 'stroke-linejoin': 'round' })),
      s.values.map((v, i) =>
        v.value === null
          ? null
          : el(
              'g',
              {},
              el('circle', { cx: plot.x(i), cy: plot.y(v.value), r: fs * 0.3, fill: s.color, 'data-role': 'point', 'data-series': s.name, 'data-category': spec.categories[i], 'data-value': v.value }),
              chartText(plot.x(i), labelY[j][i], fs * 0.85, v.text, {
                'text-anchor': 'middle',
                'font-weight': 'bold',
                fill: s.color,
                'data-role': 'value-label',
                'data-series': s.name,
                'data-category': spec.categories[i],
              }),
            ),
      ),
    );
  });
  return el('g', { 'data-role': 'line-chart' }, plot.parts, series);
}

/**
 * Where each value label sits: above its point, and in a year where several lines meet, stacked
 * upwards one line apart so that none covers another (the highest value's label on top).
 */
function labelPlaces(spec: ChartSpec, y: (v: number) => number, fs: number): number[][] {
  const places = spec.series.map(() => spec.categories.map(() => 0));
  spec.categories.forEach((_, i) => {
    const here = spec.series
      .map((s, j) => ({ j, v: s.values[i].value }))
      .filter((p): p is { j: number; v: number } => p.v !== null)
      .sort((a, b) => a.v - b.v || a.j - b.j);
    let floor = Infinity;
    for (const p of here) {
      const want = Math.min(y(p.v) - fs * 0.6, floor - fs * 1.0);
      places[p.j][i] = want;
      floor = want;
    }
  });
  return places;
}
