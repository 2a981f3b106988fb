// 多年趋势: this report, last year's and up to three more of the unit (drafts or published reports
// the clerk picks, read by main through the parsing worker) as trend lines of the key figures and
// the indicators, drawn by shared/graphic like the exported picture, with every value in a table.

import { useId, useState } from 'react';
import { MAX_TREND_YEARS, trendCharts, trendChartSvg, type TrendChart } from '../../shared/graphic';
import type { Report } from '../../shared/report';
import { api } from '../api';
import { useEditor } from '../store/editor';
import { svgNodes } from './SvgTree';

/** One report per year: the open draft first, then last year's, then the files picked. */
function years(report: Report, prior: Report | null, picked: readonly Report[]): Report[] {
  const byYear = new Map<number, Report>();
  for (const r of [report, ...(prior ? [prior] : []), ...picked]) if (!byYear.has(r.year)) byYear.set(r.year, r);
  return [...byYear.values()].sort((a, b) => a.year - b.year).slice(-MAX_TREND_YEARS);
}

function Chart({ chart }: { chart: TrendChart }) {
  const id = useId();
  const [w, h] = [640, 300];
  return (
    <figure className="trend-chart">
      <figcaption id={id}>{chart.title}</figcaption>
      <svg className="chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={id}>
        {svgNodes(trendChartSvg(chart, w, h, 13))}
      </svg>
      <table className="compare">
        <caption className="sr-only">{chart.title}（数据）</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            {chart.categories.map((c) => <th key={c} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {chart.series.map((s) => (
            <tr key={s.name}>
              <th scope="row">{s.name}</th>
              {s.values.map((v, i) => <td key={chart.categories[i]}>{v.text}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function TrendView() {
  const report = useEditor((s) => s.doc!.report);
  const prior = useEditor((s) => s.prior);
  const [picked, setPicked] = useState<Report[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const shown = years(report, prior, picked);

  async function add() {
    const result = await api().trendReports();
    if (!result.ok) {
      if (result.reason !== 'canceled') setNotes([result.message]);
      return;
    }
    setPicked((p) => [...p, ...result.reports]);
    setNotes([...result.unreadable.map((u) => `无法读取“${u.file}”：${u.reason}`), ...result.notes]);
  }

  return (
    <div className="trend">
      <p>
        本单位各年度报告的主要数字和指标（最多 {MAX_TREND_YEARS} 个年度）。已有：{shown.map((r) => `${r.year} 年度`).join('、')}。
        <button type="button" onClick={() => void add()}>添加其他年度的报告…</button>
      </p>
      {notes.length > 0 && (
        <ul className="trend-notes" role="status">
          {notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      {shown.length < 2 ? <p>至少需要两个年度。可以添加往年的草稿，或导入已发布的年报（网页、Word、PDF）。</p> : trendCharts(shown).map((c) => <Chart key={c.title} chart={c} />)}
    </div>
  );
}
