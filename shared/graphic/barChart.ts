// Grouped bars with axes, ticks, a legend and every value printed on its bar: 本年 beside 上年 by
// outcome (与上年对比 and the 图解). Plain SVG: see ARCHITECTURE.md, libraries chosen.

import { chartFrame, chartText, type ChartSpec } from './axes';
import { COLORS } from './style';
import { el, type SvgElement } from './svg';

export function barChart(spec: ChartSpec): SvgElement {
  const plot = chartFrame(spec);
  const fs = spec.fontSize;
  const n = Math.max(1, spec.series.length);
  const group = plot.slot * (n === 1 ? 0.5 : 0.72);
  const barWidth = group / n;
  const bars = spec.categories.map((category, i) =>
    el(
      'g',
      { 'data-role': 'bar-group', 'data-category': category },
      spec.series.map((s, j) => {
        const v = s.values[i];
        const x = plot.x(i) - group / 2 + j * barWidth;
        const top = v.value === null ? plot.bottom : plot.y(v.value);
        return el(
          'g',
          {},
          v.value === null
            ? null
            : el('rect', { x: x + 1, y: top, width: Math.max(1, barWidth - 2), height: plot.bottom - top, fill: s.color, 'data-role': 'bar', 'data-series': s.name, 'data-category': category, 'data-value': v.value }),
          chartText(x + barWidth / 2, top - fs * 0.35, fs * (n > 2 ? 0.75 : 0.9), v.text, {
            'text-anchor': 'middle',
            'font-weight': 'bold',
            fill: v.value === null ? COLORS.muted : s.color,
            'data-role': 'value-label',
            'data-series': s.name,
            'data-category': category,
          }),
        );
      }),
    ),
  );
  return el('g', { 'data-role': 'bar-chart' }, plot.parts, bars);
}
