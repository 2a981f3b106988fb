// The start page's way into 单位一览, under 汇总: the 政务公开办 chooses the folder of its units' reports.

import { openDesk } from '../store/desk';

export function DeskStart({ year }: { year: number }) {
  return (
    <div className="start-desk">
      <h3 id="start-desk">单位报告一览（政务公开办）</h3>
      <p className="hint">各单位是否报送、有无错误、审核意见是否处理、是否按期发布、有无雷同，一表看清（{year} 年度）。</p>
      <button type="button" onClick={() => void openDesk(year)} aria-describedby="start-desk">
        选择各单位报告所在文件夹…
      </button>
    </div>
  );
}
