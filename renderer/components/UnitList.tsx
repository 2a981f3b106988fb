// Beside a consolidated report: the units it was summed from, with their error and warning
// counts and key figures, so the compiler can chase wrong drafts before publishing; and the
// files left out (unreadable, another year …), each with the reason.

import { useEditor } from '../store/editor';

const figure = (v: number | null) => (v === null ? '—' : v);

export function UnitList() {
  const list = useEditor((s) => s.units)!;
  const withErrors = list.units.filter((u) => u.errors > 0).length;
  return (
    <div className="units">
      <p>
        本报告由 {list.units.length} 个单位的报告汇总而成{withErrors > 0 ? `，其中 ${withErrors} 个单位的报告有错误，请先请这些单位改正` : ''}。
      </p>
      {list.leftOut.length > 0 && (
        <section className="unreadable" aria-labelledby="unreadable-title">
          <h2 id="unreadable-title">未计入汇总：{list.leftOut.length} 个文件</h2>
          <ul>
            {list.leftOut.map((u) => (
              <li key={u.file}>
                {u.file}：{u.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <table className="unit-table">
        <caption>汇总单位</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">文件</th>
            <th scope="col">错误</th>
            <th scope="col">警告</th>
            <th scope="col">新收申请</th>
            <th scope="col">办结</th>
            <th scope="col">行政复议</th>
            <th scope="col">行政诉讼</th>
          </tr>
        </thead>
        <tbody>
          {list.units.map((u) => (
            <tr key={u.source} className={u.errors > 0 ? 'has-errors' : undefined}>
              <th scope="row">{u.organization}</th>
              <td>{u.source}</td>
              <td>{u.errors}</td>
              <td>{u.warnings}</td>
              <td>{figure(u.figures.received)}</td>
              <td>{figure(u.figures.concluded)}</td>
              <td>{figure(u.figures.reviews)}</td>
              <td>{figure(u.figures.lawsuits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
