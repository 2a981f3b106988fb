// The first screen: start a new report in the format its year requires, open a draft, or look
// at a finished sample.

import { useState, type FormEvent } from 'react';
import { FIRST_REPORT_YEAR, editionForYear } from '../../shared/formats';
import { aggregateUnits, importPublished, newFromPrior, openDocument, openSample, startNew } from '../actions';
import { DeskStart } from './DeskStart';
import { Notice } from './Notice';
import { RecentList, RecoveryBanner } from './StartOptions';

export function StartPage() {
  // Reports are written in January for the year just ended.
  const lastYear = new Date().getFullYear() - 1;
  const years = Array.from({ length: lastYear + 2 - FIRST_REPORT_YEAR }, (_, i) => lastYear + 1 - i);
  const [organization, setOrganization] = useState('');
  const [year, setYear] = useState(lastYear);
  const [aggOrg, setAggOrg] = useState('');
  const edition = editionForYear(year)!;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (organization.trim()) startNew(organization.trim(), year);
  };

  return (
    <main className="start">
      <h1>年报编辑器</h1>
      <p className="start-lead">按全国统一格式编写政府信息公开工作年度报告，边填边核对勾稽关系。</p>
      <RecoveryBanner />
      {/* Above the choices: an outcome (a refusal …) is seen where the clerk is looking, on any screen. */}
      <Notice />
      <div className="start-columns">
        <section aria-labelledby="start-new">
          <h2 id="start-new">新建报告</h2>
          <form onSubmit={submit}>
            <label htmlFor="new-org">机关全称</label>
            <input id="new-org" value={organization} onChange={(e) => setOrganization(e.target.value)} required placeholder="例如：某某县人民政府" />
            <label htmlFor="new-year">报告年度</label>
            <select id="new-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y} 年
                </option>
              ))}
            </select>
            <p className="hint">
              使用 {edition.id} 年版格式（{edition.notice}）
            </p>
            <button type="submit" className="primary">
              新建
            </button>
          </form>
        </section>
        <section aria-labelledby="start-aggregate" className="start-aggregate">
          <h2 id="start-aggregate">汇总下级单位报告</h2>
          <p className="hint">把各部门、乡镇（街道）的草稿放在一个文件夹里，汇总成本级政府的报告。</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (aggOrg.trim()) void aggregateUnits(aggOrg.trim(), year);
            }}
          >
            <label htmlFor="agg-org">本级政府名称</label>
            <input id="agg-org" value={aggOrg} onChange={(e) => setAggOrg(e.target.value)} required placeholder="例如：某某县人民政府" />
            <p className="hint">报告年度同左：{year} 年</p>
            <button type="submit">选择下级单位报告所在文件夹…</button>
          </form>
          <DeskStart year={year} />
        </section>
        <section aria-labelledby="start-open">
          <h2 id="start-open">打开</h2>
          <button type="button" onClick={() => void openDocument()}>
            打开草稿…
          </button>
          <button type="button" onClick={() => void newFromPrior()}>
            以上年度报告为基础新建…
          </button>
          <button type="button" onClick={() => void importPublished()}>
            导入已发布的年报…
          </button>
          <button type="button" onClick={() => void openSample()}>
            打开示例报告
          </button>
          <p className="hint">示例报告是一份填写完整、没有错误的报告，可作参考。</p>
          <RecentList />
        </section>
      </div>
    </main>
  );
}
