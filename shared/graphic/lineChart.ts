// Trend lines over the years with axes, ticks, a legend and every value printed at its point; a
// year without a value (a blank table, a division by zero) breaks the line instead of dropping to 0.

import { chartFrame, chartText, type ChartSpec } from './axes';
import { el, num, type SvgElement } from './svg';

export function lineChart(spec: ChartSpec): SvgElement {
  const plot = chartFrame(spec);
  const fs = spec.fontSize;
  const series = spec.series.map((s, j) => {
    const runs: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (v.value === null) runs.push([]);
      else runs[runs.length - 1].push(`${num(plot.x(i))},${num(plot.y(v.value))}`);
    });
    // Labels of several lines alternate above and below their points, so that they do not collide.
    const below = spec.series.length > 1 && j % 2 === 1;
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
              chartText(plot.x(i), plot.y(v.value) + (below ? fs * 1.25 : -fs * 0.55), fs * 0.85, v.text, {
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
