// This year beside last year: each table's figures with the change, the indicators with their
// change in points, and a chart of applications by outcome for both years (an SVG with axes and
// a text alternative; the tables carry the same figures for anyone who cannot see it).

import { useId } from 'react';
import { EDITIONS, cellIndex, type CellKey } from '../../shared/formats';
import { barChart, SERIES_COLORS } from '../../shared/graphic';
import { indicators } from '../../shared/indicators';
import { cellValues } from '../../shared/reconcile';
import { fromMillionths, toMillionths, type Report } from '../../shared/report';
import { useEditor } from '../store/editor';
import { svgNodes } from './SvgTree';

interface Line {
  label: string;
  keys: CellKey[];
  /** 万元: summed and subtracted in integer millionths (design §3), never in binary fractions. */
  amount?: boolean;
}

/** A line's figure: counts as they are, amounts in millionths; null when every cell is blank. */
function sum(values: Record<CellKey, number | null>, line: Line): number | null {
  const present = line.keys.map((k) => values[k]).filter((v): v is number => v !== null && v !== undefined);
  if (present.length === 0) return null;
  return present.reduce((s, v) => s + (line.amount ? toMillionths(v) : v), 0);
}

const shown = (v: number, amount = false): string => String(amount ? fromMillionths(v) : v);

const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `apply.${prefix}_${i + 1}.TOT`);

/** 三: by outcome, as the chart shows them; （六）其他处理 is one row in 2019 and three in 2021. */
function outcomes(report: Report): Line[] {
  const other = report.edition === '2019' ? ['apply.R3_6.TOT'] : rows('R3_6', 3);
  return [
    { label: '予以公开', keys: ['apply.R3_1.TOT'] },
    { label: '部分公开', keys: ['apply.R3_2.TOT'] },
    { label: '不予公开', keys: rows('R3_3', 8) },
    { label: '无法提供', keys: rows('R3_4', 3) },
    { label: '不予处理', keys: rows('R3_5', 5) },
    { label: '其他处理', keys: other },
  ];
}

function CompareTable({ caption, lines, now, before, priorLines }: { caption: string; lines: Line[]; priorLines?: Line[]; now: Record<CellKey, number | null>; before: Record<CellKey, number | null> }) {
  return (
    <table className="compare">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">本年</th>
          <th scope="col">上年</th>
          <th scope="col">增减</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => {
          const a = sum(now, line);
          const b = sum(before, (priorLines ?? lines)[i]);
          const change = a === null || b === null ? '—' : `${a - b > 0 ? '+' : ''}${shown(a - b, line.amount)}`;
          return (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              <td>{a === null ? '—' : shown(a, line.amount)}</td>
              <td>{b === null ? '—' : shown(b, line.amount)}</td>
              <td>{change}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Chart({ lines, now, before, years }: { lines: [Line[], Line[]]; now: Record<CellKey, number | null>; before: Record<CellKey, number | null>; years: [number, number] }) {
  const id = useId();
  const data = lines[0].map((line, i) => ({ label: line.label, now: sum(now, line), before: sum(before, lines[1][i]) }));
  const description = data.map((d) => `${d.label}：${years[1]}年 ${d.before ?? '—'} 件，${years[0]}年 ${d.now ?? '—'} 件`).join('；');
  const [w, h] = [640, 300];
  // The 图解's own chart (shared/graphic): axes, ticks, every value on its bar, a legend.
  const chart = barChart({
    categories: data.map((d) => d.label),
    series: [
      { name: `${years[1]}年`, color: SERIES_COLORS[0], values: data.map((d) => ({ value: d.before, text: d.before === null ? '—' : String(d.before) })) },
      { name: `${years[0]}年`, color: SERIES_COLORS[1], values: data.map((d) => ({ value: d.now, text: d.now === null ? '—' : String(d.now) })) },
    ],
    width: w,
    height: h,
    fontSize: 13,
    unit: '件',
  });
  return (
    <svg className="chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>按办理结果的申请件数：{years[1]} 年与 {years[0]} 年</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {svgNodes(chart)}
    </svg>
  );
}

/** 主要指标: each indicator this year and last, the change in points, the formula beside it. */
function IndicatorTable({ report, prior }: { report: Report; prior: Report }) {
  return (
    <table className="compare indicators">
      <caption>主要指标</caption>
      <thead>
        <tr>
          <th scope="col">指标</th>
          <th scope="col">本年</th>
          <th scope="col">上年</th>
          <th scope="col">变化（百分点）</th>
          <th scope="col">计算方法</th>
        </tr>
      </thead>
      <tbody>
        {indicators(report, prior).map((i) => (
          <tr key={i.def.id} data-indicator={i.def.id}>
            <th scope="row">{i.def.name}</th>
            <td>{i.nowText}</td>
            <td>{i.beforeText}</td>
            <td data-direction={i.change?.direction}>{i.change ? `${i.change.direction === 'up' ? '▲ ' : i.change.direction === 'down' ? '▼ ' : ''}${i.change.signed}` : '—'}</td>
            <td className="formula">{i.def.formula}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function YearOverYear() {
  const report = useEditor((s) => s.doc!.report);
  const prior = useEditor((s) => s.prior)!;
  const now = cellValues(report);
  const before = cellValues(prior);
  const main: Line[] = [
    { label: '一、本年新收申请', keys: ['apply.R1.TOT'] },
    { label: '二、上年结转', keys: ['apply.R2.TOT'] },
    ...outcomes(report),
    { label: '（七）总计', keys: ['apply.R3_7.TOT'] },
    { label: '四、结转下年度继续办理', keys: ['apply.R4.TOT'] },
  ];
  const priorMain = [main[0], main[1], ...outcomes(prior), main[main.length - 2], main[main.length - 1]];
  const review: Line[] = [
    { label: '行政复议', keys: ['review.RV.TOTAL'] },
    { label: '行政诉讼（未经复议直接起诉）', keys: ['review.LD.TOTAL'] },
    { label: '行政诉讼（复议后起诉）', keys: ['review.LR.TOTAL'] },
  ];
  // Table 二 compares only cells both editions share (2020 → 2021: 本年处理决定数量 only).
  const priorKeys = cellIndex(EDITIONS[prior.edition]).byKey;
  const active: Line[] = cellIndex(EDITIONS[report.edition])
    .tableCells.active.filter((c) => priorKeys.has(c.key))
    .map((c) => ({ label: `${c.rowLabel}（${c.columnLabel}）`, keys: [c.key], amount: c.kind === 'amount' }));
  return (
    <div className="yoy">
      <p>
        与 {prior.year} 年度报告对照（{prior.organization}）。
        {prior.edition !== report.edition && ` ${prior.year} 年度使用 ${prior.edition} 年版格式，表二只对照两版都有的项目。`}
      </p>
      <Chart lines={[outcomes(report), outcomes(prior)]} now={now} before={before} years={[report.year, prior.year]} />
      <CompareTable caption="二、主动公开政府信息情况" lines={active} now={now} before={before} />
      <CompareTable caption="三、收到和处理政府信息公开申请情况（总计列）" lines={main} priorLines={priorMain} now={now} before={before} />
      <CompareTable caption="四、政府信息公开行政复议、行政诉讼情况（总计）" lines={review} now={now} before={before} />
      <IndicatorTable report={report} prior={prior} />
    </div>
  );
}
