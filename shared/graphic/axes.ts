// What the bar and line charts share: the legend, the value axis with its ticks and grid, the
// category axis with its labels. Every part is marked with data-role so tests can read a chart.

import { niceTicks } from './scale';
import { COLORS, FONT_FAMILY, textEm, wrapText } from './style';
import { el, type SvgElement } from './svg';

export interface ChartValue {
  value: number | null;
  /** As printed (exact: the domain formats it), e.g. “98.9%”, “157325万元”, “—”. */
  text: string;
}

export interface ChartSeries {
  name: string;
  color: string;
  values: readonly ChartValue[];
}

export interface ChartSpec {
  categories: readonly string[];
  series: readonly ChartSeries[];
  width: number;
  height: number;
  fontSize: number;
  /** The value axis's unit, printed above it: “件”, “%”. */
  unit: string;
  /** Percentages: ticks may be fractional and print with “%”. */
  percent?: boolean;
}

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The y of a value. */
  y(v: number): number;
  /** The middle of category i. */
  x(i: number): number;
  slot: number;
  parts: SvgElement[];
}

const text = (x: number, y: number, size: number, content: string, attrs: Record<string, string | number> = {}) =>
  el('text', { x, y, 'font-size': size, 'font-family': FONT_FAMILY, fill: COLORS.ink, ...attrs }, content);

/** Legend, axes, ticks, grid and category labels; the chart draws its marks into the plot. */
export function chartFrame(spec: ChartSpec): Plot {
  const { fontSize: fs, width, height } = spec;
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values.map((v) => v.value ?? 0)));
  const ticks = niceTicks(spec.percent ? Math.min(100, max) || 1 : max, 5, spec.percent);
  const top = ticks[ticks.length - 1];
  const tickText = (t: number) => (spec.percent ? `${t}%` : String(t));
  const left = Math.max(...ticks.map((t) => textEm(tickText(t)))) * fs * 0.9 + fs * 0.8;
  const right = width - fs * 0.5;
  const legendHeight = fs * 2;
  const plotTop = legendHeight + fs * 2.2;
  const slot = (right - left) / Math.max(1, spec.categories.length);
  const labelLines = spec.categories.map((c) => wrapText(c, Math.max(2, (slot / fs) * 0.95)));
  const lines = Math.max(1, ...labelLines.map((l) => l.length));
  const bottom = height - lines * fs * 1.25 - fs * 0.6;
  const y = (v: number) => bottom - ((bottom - plotTop) * v) / top;
  const x = (i: number) => left + slot * (i + 0.5);

  let lx = left;
  const legend = el(
    'g',
    { 'data-role': 'legend' },
    spec.series.map((s) => {
      const item = el(
        'g',
        { 'data-role': 'legend-item' },
        el('rect', { x: lx, y: fs * 0.45, width: fs * 1.1, height: fs * 1.1, rx: 2, fill: s.color }),
        text(lx + fs * 1.5, fs * 1.4, fs, s.name),
      );
      lx += fs * (2.6 + textEm(s.name));
      return item;
    }),
  );
  const yAxis = el(
    'g',
    { 'data-role': 'y-axis' },
    text(left - fs * 0.5, plotTop - fs * 0.9, fs * 0.9, spec.unit, { 'text-anchor': 'end', fill: COLORS.muted, 'data-role': 'unit' }),
    el('line', { x1: left, y1: plotTop - fs * 0.3, x2: left, y2: bottom, stroke: COLORS.axis, 'stroke-width': 1.5 }),
    ticks.map((t) =>
      el(
        'g',
        { 'data-role': 'tick', 'data-value': t },
        t > 0 ? el('line', { x1: left, y1: y(t), x2: right, y2: y(t), stroke: COLORS.grid, 'stroke-width': 1 }) : null,
        el('line', { x1: left - fs * 0.35, y1: y(t), x2: left, y2: y(t), stroke: COLORS.axis, 'stroke-width': 1.5 }),
        text(left - fs * 0.5, y(t) + fs * 0.32, fs * 0.9, tickText(t), { 'text-anchor': 'end', fill: COLORS.muted }),
      ),
    ),
  );
  const xAxis = el(
    'g',
    { 'data-role': 'x-axis' },
    el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: COLORS.axis, 'stroke-width': 1.5 }),
    labelLines.map((lines, i) =>
      el(
        'g',
        { 'data-role': 'category', 'data-category': spec.categories[i] },
        lines.map((line, j) => text(x(i), bottom + fs * (1.3 + 1.2 * j), fs, line, { 'text-anchor': 'middle' })),
      ),
    ),
  );
  return { left, right, top: plotTop, bottom, y, x, slot, parts: [legend, yAxis, xAxis] };
}

export { text as chartText };
