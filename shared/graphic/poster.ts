// The 图解 as one portrait SVG, 1080 px wide (a phone shows it at full width; the PNG doubles it
// for print): a red title band, the report's parts 二、三、四 as blue-headed sections with large
// figures, the outcomes as a bar chart beside last year's, the indicators with arrows. Every
// figure is a real <text> carrying the cell or indicator it shows (data-cell, data-indicator).

import { EDITIONS, isGroup } from '../formats';
import type { IndicatorValue } from '../indicators';
import type { Report } from '../report';
import { barChart } from './barChart';
import { countText, graphicContent, type Figure, type GraphicContent } from './content';
import { alternativeText } from './alternative';
import { COLORS, FONT_FAMILY, SERIES_COLORS, textEm, wrapText } from './style';
import { el, svgDocument, toMarkup, type SvgChild, type SvgElement } from './svg';

export const POSTER_WIDTH = 1080;
const M = 48;
const INNER = POSTER_WIDTH - 2 * M;

type Attrs = Record<string, string | number>;
const text = (x: number, y: number, size: number, content: string, attrs: Attrs = {}) =>
  el('text', { x, y, 'font-size': size, 'font-family': FONT_FAMILY, fill: COLORS.ink, ...attrs }, content);
const lines = (x: number, y: number, size: number, content: string[], attrs: Attrs = {}, leading = 1.3) =>
  content.map((line, i) => text(x, y + i * size * leading, size, line, attrs));

interface Block {
  parts: SvgChild[];
  height: number;
}

function titleBand(c: GraphicContent): Block {
  const orgLines = wrapText(c.organization || '（未填写机关名称）', INNER / 56);
  const mid = POSTER_WIDTH / 2;
  const yTitle = 96 + orgLines.length * 70 + 24;
  const h = yTitle + 76;
  return {
    height: h,
    parts: [
      el('rect', { x: 0, y: 0, width: POSTER_WIDTH, height: h, fill: COLORS.red }),
      el('rect', { x: 0, y: h - 14, width: POSTER_WIDTH, height: 14, fill: COLORS.redDark }),
      el('rect', { x: mid - 70, y: 26, width: 140, height: 50, rx: 25, fill: COLORS.paper }),
      text(mid, 64, 32, '图解', { 'text-anchor': 'middle', 'font-weight': 'bold', fill: COLORS.red, 'letter-spacing': 6 }),
      ...lines(mid, 96 + 56, 56, orgLines, { 'text-anchor': 'middle', 'font-weight': 'bold', fill: COLORS.paper, 'data-role': 'organization' }, 1.25),
      text(mid, yTitle + 20, 46, `${c.year}年政府信息公开工作年度报告`, { 'text-anchor': 'middle', 'font-weight': 'bold', fill: COLORS.gold, 'data-role': 'year' }),
    ],
  };
}

function sectionHeading(title: string, y: number): Block {
  return {
    height: 96,
    parts: [
      el('rect', { x: M, y: y + 24, width: INNER, height: 60, rx: 6, fill: COLORS.blue }),
      el('rect', { x: M, y: y + 24, width: 14, height: 60, rx: 3, fill: COLORS.red }),
      text(M + 34, y + 66, 32, title, { 'font-weight': 'bold', fill: COLORS.paper, 'data-role': 'section' }),
    ],
  };
}

/** A figure large, its label small below, centred on x. */
function bigFigure(x: number, y: number, width: number, figure: Figure, size: number, attrs: Attrs = {}): Block {
  const label = wrapText(figure.label, width / 19);
  return {
    height: size + 12 + label.length * 24,
    parts: [
      text(x, y + size, size, figure.text, { 'text-anchor': 'middle', 'font-weight': 'bold', fill: COLORS.red, ...(figure.cell ? { 'data-cell': figure.cell } : {}), ...attrs }),
      ...lines(x, y + size + 32, 19, label, { 'text-anchor': 'middle', fill: COLORS.muted }),
    ],
  };
}

function activeSection(c: GraphicContent, y0: number): Block {
  const parts: SvgChild[] = [];
  let y = y0;
  const labelWidth = 250;
  for (const block of c.active) {
    parts.push(text(M + 4, y + 34, 22, block.caption, { fill: COLORS.blueDark, 'font-weight': 'bold' }));
    y += 48;
    for (const row of block.rows) {
      const columnWidth = (INNER - labelWidth) / row.figures.length;
      const figures = row.figures.map((f, i) => bigFigure(M + labelWidth + columnWidth * (i + 0.5), y + 14, columnWidth - 16, f, 40));
      const h = Math.max(...figures.map((f) => f.height)) + 28;
      const label = wrapText(row.label, (labelWidth - 40) / 28);
      parts.push(
        el('rect', { x: M, y, width: INNER, height: h, rx: 8, fill: COLORS.blueLight }),
        ...lines(M + 24, y + h / 2 + 10 - (label.length - 1) * 17, 28, label, { 'font-weight': 'bold', fill: COLORS.blueDark }),
        ...figures.flatMap((f) => f.parts),
      );
      y += h + 12;
    }
  }
  return { parts, height: y - y0 + 8 };
}

function applicationsSection(c: GraphicContent, y0: number): Block {
  const parts: SvgChild[] = [];
  const cards = c.applications;
  const w = (INNER - 3 * 16) / cards.length;
  const cardHeight = c.priorYear === null ? 150 : 184;
  cards.forEach((f, i) => {
    const x = M + i * (w + 16);
    parts.push(
      el('rect', { x, y: y0 + 8, width: w, height: cardHeight, rx: 10, fill: COLORS.redLight }),
      text(x + w / 2, y0 + 84, 60, countText(f.now), { 'text-anchor': 'middle', 'font-weight': 'bold', fill: COLORS.red, 'data-figure': f.def.id }),
      text(x + w / 2, y0 + 130, 24, `${f.def.name}（件）`, { 'text-anchor': 'middle', fill: COLORS.ink }),
    );
    if (c.priorYear !== null) parts.push(changeLine(x + w / 2, y0 + 170, f.change?.text ?? `上年：${countText(f.before)}`, f.change?.direction ?? null, 19, `figure-${f.def.id}`));
  });
  let y = y0 + cardHeight + 40;
  parts.push(text(M + 4, y + 10, 24, '本年度办理结果（件）', { 'font-weight': 'bold', fill: COLORS.blueDark }));
  y += 24;
  const series = [
    ...(c.priorYear !== null ? [{ name: `${c.priorYear}年`, color: SERIES_COLORS[0], values: c.outcomes.map((o) => ({ value: o.before, text: countText(o.before) })) }] : []),
    { name: `${c.year}年`, color: SERIES_COLORS[1], values: c.outcomes.map((o) => ({ value: o.now, text: countText(o.now) })) },
  ];
  // Nothing handled in either year: a sentence says so instead of an empty chart.
  if (series.every((s) => s.values.every((v) => !v.value))) {
    const none = c.outcomes.map((o) => `${o.label} ${countText(o.now)}`).join('，');
    const said = wrapText(`本年度没有办理结果（${none}）。`, INNER / 24);
    parts.push(...lines(M + 4, y + 40, 24, said, { fill: COLORS.muted, 'data-role': 'no-outcomes' }));
    return { parts, height: y + 40 + said.length * 32 - y0 };
  }
  const chart = barChart({ categories: c.outcomes.map((o) => o.label), series, width: INNER, height: 440, fontSize: 22, unit: '件' });
  parts.push(el('g', { transform: `translate(${M} ${y})`, 'data-role': 'outcome-chart' }, chart));
  return { parts, height: y + 440 - y0 + 8 };
}

function reviewSection(c: GraphicContent, report: Report, y0: number): Block {
  const parts: SvgChild[] = [];
  // 行政诉讼 stands over 未经复议直接起诉 and 复议后起诉 in the form's header: named so here too.
  const parent = new Map<string, string>();
  for (const node of EDITIONS[report.edition].review.header) if (isGroup(node)) for (const child of node.children) if (!isGroup(child)) parent.set(child, node.group);
  const rowKeys = EDITIONS[report.edition].review.rows.map((r) => r.key);
  let y = y0 + 8;
  c.review.forEach((row, i) => {
    const label = parent.get(rowKeys[i]) ? [parent.get(rowKeys[i])!, row.label] : [row.label];
    const h = label.length === 1 ? 150 : 170;
    const resultWidth = (INNER - 300) / row.results.length;
    parts.push(
      el('rect', { x: M, y, width: INNER, height: h, rx: 10, fill: i === 0 ? COLORS.redLight : COLORS.blueLight }),
      ...lines(M + 24, y + (label.length === 1 ? 52 : 40), label.length === 1 ? 30 : 24, label, { 'font-weight': 'bold', fill: i === 0 ? COLORS.redDark : COLORS.blueDark }),
      text(M + 24, y + h - 26, 52, row.total.text, { 'font-weight': 'bold', fill: COLORS.red, 'data-cell': row.total.cell! }),
      text(M + 24 + textEm(row.total.text) * 52 + 8, y + h - 26, 22, `件（${row.total.label}）`, { fill: COLORS.muted }),
      ...row.results.flatMap((f, j) => bigFigure(M + 300 + resultWidth * (j + 0.5), y + h / 2 - 38, resultWidth, f, 40, { fill: i === 0 ? COLORS.redDark : COLORS.blueDark }).parts),
    );
    y += h + 14;
  });
  return { parts, height: y - y0 };
}

/** ▲ red for a rise, ▼ blue for a fall, a bar for no change: shapes, not glyphs, so any font shows them. */
function changeLine(x: number, y: number, content: string, direction: 'up' | 'down' | 'same' | null, size: number, id: string): SvgElement {
  const w = textEm(content) * size;
  const left = x - (w + (direction ? size * 1.2 : 0)) / 2;
  const s = size * 0.8;
  const mark =
    direction === 'up'
      ? el('polygon', { points: `${left},${y} ${left + s},${y} ${left + s / 2},${y - s}`, fill: COLORS.red, 'data-role': 'arrow-up' })
      : direction === 'down'
        ? el('polygon', { points: `${left},${y - s} ${left + s},${y - s} ${left + s / 2},${y}`, fill: COLORS.blue, 'data-role': 'arrow-down' })
        : direction === 'same'
          ? el('rect', { x: left, y: y - s / 2 - 2, width: s, height: 4, fill: COLORS.muted, 'data-role': 'no-change' })
          : null;
  const fill = direction === 'up' ? COLORS.red : direction === 'down' ? COLORS.blue : COLORS.muted;
  return el('g', {}, mark, text(left + (direction ? size * 1.2 : 0), y, size, content, { fill, 'data-change': id }));
}

function indicatorCard(ind: IndicatorValue, x: number, y: number, w: number, h: number, hasPrior: boolean): SvgChild[] {
  const formula = wrapText(ind.def.formula, (w - 40) / 17);
  return [
    el('rect', { x, y, width: w, height: h, rx: 10, fill: COLORS.paper, stroke: COLORS.blue, 'stroke-width': 2 }),
    el('rect', { x, y, width: w, height: 8, rx: 4, fill: COLORS.blue }),
    text(x + 24, y + 52, 28, ind.def.name, { 'font-weight': 'bold', fill: COLORS.blueDark }),
    text(x + w - 24, y + 60, 54, ind.nowText, { 'text-anchor': 'end', 'font-weight': 'bold', fill: COLORS.red, 'data-indicator': ind.def.id }),
    hasPrior ? changeLine(x + w / 2, y + 110, ind.change ? `${ind.change.text}（上年${ind.beforeText}）` : `上年：${ind.beforeText}`, ind.change?.direction ?? null, 19, `indicator-${ind.def.id}`) : null,
    !hasPrior && ind.now === null ? text(x + w - 24, y + 88, 17, '分母为0或未填写，无法计算', { 'text-anchor': 'end', fill: COLORS.muted }) : null,
    ...lines(x + 24, y + (hasPrior ? 148 : 124), 17, formula, { fill: COLORS.muted }),
  ].filter((p): p is SvgElement => p !== null);
}

function indicatorSection(c: GraphicContent, y0: number): Block {
  const hasPrior = c.priorYear !== null;
  const w = (INNER - 20) / 2;
  const h = hasPrior ? 200 : 160;
  const parts = c.indicators.flatMap((ind, i) => indicatorCard(ind, M + (i % 2) * (w + 20), y0 + 8 + Math.floor(i / 2) * (h + 20), w, h, hasPrior));
  return { parts, height: Math.ceil(c.indicators.length / 2) * (h + 20) + 8 };
}

function footer(c: GraphicContent, y0: number): Block {
  const notes = [
    `数据来源：${c.organization}${c.year}年政府信息公开工作年度报告${c.priorYear !== null ? `，对比上年为${c.priorYear}年度报告` : ''}。`,
    '“—”表示未填写，或分母为0无法计算；百分比保留一位小数，变化为两年百分比之差。',
  ].flatMap((n) => wrapText(n, INNER / 20));
  const h = 48 + notes.length * 30;
  return {
    height: h,
    parts: [el('rect', { x: 0, y: y0, width: POSTER_WIDTH, height: h, fill: COLORS.band }), ...lines(M, y0 + 44, 20, notes, { fill: COLORS.muted }, 1.5)],
  };
}

/** The 图解 of a report (with last year's, when known, for the changes and the chart). */
export function graphicSvg(report: Report, prior: Report | null = null): SvgElement {
  const c = graphicContent(report, prior);
  const parts: SvgChild[] = [];
  let y = 0;
  const add = (make: (y: number) => Block) => {
    const block = make(y);
    parts.push(...block.parts);
    y += block.height;
  };
  add(() => titleBand(c));
  add((at) => sectionHeading(c.headings.active, at));
  add((at) => activeSection(c, at));
  add((at) => sectionHeading(c.headings.apply, at));
  add((at) => applicationsSection(c, at));
  add((at) => sectionHeading(c.headings.review, at));
  add((at) => reviewSection(c, report, at));
  add((at) => sectionHeading(c.priorYear !== null ? '主要指标及与上年对比' : '主要指标', at));
  add((at) => indicatorSection(c, at));
  y += 24;
  add((at) => footer(c, at));
  const alternative = alternativeText(c);
  return svgDocument([el('rect', { x: 0, y: 0, width: POSTER_WIDTH, height: y, fill: COLORS.paper }), ...parts], { width: POSTER_WIDTH, height: y }, alternative.title, alternative.sections.flatMap((s) => [s.heading, ...s.lines]).join('\n'));
}

export const graphicMarkup = (report: Report, prior: Report | null = null): string => `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(graphicSvg(report, prior))}\n`;
