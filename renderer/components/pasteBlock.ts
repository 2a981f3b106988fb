// Ctrl+V of a block copied from Excel or WPS: a block that does not fit the table is pasted only
// after the clerk agreed (never in part, silently); the pasted cells are then selected and
// scrolled into view, so that what changed is in sight, as Excel selects what it pasted.

import { EDITIONS, cellIndex, type CellKey } from '../../shared/formats';
import { ask } from '../dialog/ask';
import { notify, useEditor } from '../store/editor';
import { applyPaste, planPaste, type PastePlan } from '../store/range';
import { selectRectangle, useSelection } from '../store/selection';
import { focusCell } from './sheetKeys';

function cellName(key: CellKey): string {
  const edition = useEditor.getState().doc!.report.edition;
  const cell = cellIndex(EDITIONS[edition]).byKey.get(key)!;
  return `「${cell.rowLabel} / ${cell.columnLabel}」`;
}

async function mayPasteInPart(plan: PastePlan): Promise<boolean> {
  const choice = await ask<'part' | 'cancel'>({
    title: '粘贴',
    message: `有 ${plan.result.outside} 个数值放不下`,
    detail:
      `复制的内容有 ${plan.height} 行、${plan.width} 列，从${cellName(plan.start)}开始粘贴，其中 ${plan.result.outside} 个数值会落在表格之外。\n` +
      '可以只粘贴表格内放得下的部分；也可以取消，选好起始单元格后再粘贴。',
    choices: [
      { id: 'part', label: '只粘贴放得下的部分' },
      { id: 'cancel', label: '取消', primary: true },
    ],
    cancelId: 'cancel',
    defaultId: 'cancel',
  });
  return choice === 'part';
}

/** The pasted rectangle in view: its far corner first, then its first cell (which wins when both do not fit). */
function bringIntoView([first, last]: [CellKey, CellKey]): void {
  for (const key of [last, first]) document.querySelector(`[data-cell="${key}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export async function pasteBlock(text: string): Promise<void> {
  const plan = planPaste(text);
  if (!plan) return;
  const active = useSelection.getState().active;
  if (plan.result.outside > 0 && !(await mayPasteInPart(plan))) {
    notify({ kind: 'info', text: '未粘贴。' });
    if (active) focusCell(active);
    return;
  }
  applyPaste(plan);
  // As in Excel: the pasted block is the selection, its first cell the active one.
  focusCell(plan.corners[0]);
  selectRectangle(plan.corners[0], plan.corners[1]);
  // Once the notice has taken its place below the panes (it shortens the table's box).
  requestAnimationFrame(() => bringIntoView(plan.corners));
}
