// The table's own toolbar: the selection commands for the mouse (each has its key), and 空白填0
// for the selection, the table or every table — asked first, since a blank and a 0 differ.

import type { TableId } from '../../shared/formats';
import { ask } from '../dialog/ask';
import { notify } from '../store/editor';
import { blankCells, clearSelectedCells, fillBlanksWithZero, fillSelection } from '../store/range';
import { useSelection } from '../store/selection';
import { exportLedgerTemplate, startLedger } from '../store/ledger';
import { MenuButton } from './MenuButton';
import { focusCell } from './sheetKeys';

type Scope = 'selection' | 'table' | 'report';

/** Back to the active cell, so that the keys go on working where the clerk was. */
function refocus(): void {
  const active = useSelection.getState().active;
  if (active) focusCell(active);
}

async function zeroFill(table: TableId): Promise<void> {
  const scopes: [Scope, string][] = [
    ['selection', '选定区域'],
    ['table', '本表'],
    ['report', '全部表格'],
  ];
  const counts = scopes.map(([scope, label]) => ({ scope, label, n: blankCells(scope, table).length })).filter((c) => c.n > 0);
  if (counts.length === 0) {
    notify({ kind: 'info', text: '没有空白单元格。' });
    return refocus();
  }
  const choice = await ask<Scope | 'cancel'>({
    title: '空白填0',
    message: '把哪些空白单元格填为 0？',
    detail: '空白表示尚未填写，0 表示本年度确实没有。请确认这些项目本年度都为零后再填。填写后可按 Ctrl+Z 撤销。',
    choices: [...counts.map((c) => ({ id: c.scope, label: `${c.label}（${c.n} 个）` })), { id: 'cancel', label: '取消' }],
    cancelId: 'cancel',
    defaultId: counts.some((c) => c.scope === 'table') ? 'table' : counts[0].scope,
  });
  if (choice !== 'cancel') fillBlanksWithZero(choice, table);
  refocus();
}

export function TableTools({ table }: { table: TableId }) {
  const active = useSelection((s) => s.active !== null);
  const run = (action: () => void) => () => {
    action();
    refocus();
  };
  return (
    <div className="table-tools" role="toolbar" aria-label="表格">
      <button type="button" onClick={run(() => fillSelection('down'))} disabled={!active} title="Ctrl+D：用选定区域第一行填充下面各行">
        向下填充
      </button>
      <button type="button" onClick={run(() => fillSelection('right'))} disabled={!active} title="Ctrl+R：用选定区域第一列填充右边各列">
        向右填充
      </button>
      <button type="button" onClick={run(clearSelectedCells)} disabled={!active} title="Delete：清除选定的单元格">
        清除
      </button>
      <button type="button" onClick={() => void zeroFill(table)} title="把空白单元格填为 0">
        空白填0…
      </button>
      {table !== 'active' && (
        <MenuButton
          label="台账"
          items={[
            { label: '从台账统计…', title: '从本机关的申请登记台账（和复议诉讼台账）统计表三、表四', onSelect: () => void startLedger() },
            { label: '导出台账模板…', title: '带法定类别下拉列表的台账模板，按模板填写无需映射', onSelect: () => void exportLedgerTemplate() },
          ]}
        />
      )}
      <details className="keys-help">
        <summary>操作说明</summary>
        <p>
          Tab、Enter、方向键移动；Tab 后按 Enter 回到下一行开头。Shift+方向键或拖动鼠标选择区域，Ctrl+A 选择整表。Ctrl+C
          复制为 Excel/WPS 可粘贴的表格，Ctrl+V 粘贴一块单元格（一个数值填满选定区域）。Home/End 到行首/行尾，Ctrl+Home/Ctrl+End
          到表首/表尾，F2 修改单元格内的文字，Esc 撤回正在输入的内容。灰色单元格为自动计算的总计。
        </p>
      </details>
    </div>
  );
}
