// 单位一览 (the 政务公开办's desk) in the window: the rows main sent, how the office sorts and
// filters them, the reading of the folder with its progress (main reads it in the parsing worker;
// the page asks how far it has got and stays responsive), and the desk's actions. While a unit's
// draft is open in the editor the desk waits behind it; returning reads the folder again.

import { create } from 'zustand';
import { DESK_VIEWS, columnById, draftsOfYearRead, nothingRead, passes, sortRows, type DeskRow, type DeskView, type DeskViewId, type SortDirection } from '../../shared/desk';
import type { DeskExportFormat, DeskOpened, Failure } from '../../shared/ipc';
import { mayDiscard, showOpened } from '../actions';
import { api } from '../api';
import { close, load, notify, useEditor } from './editor';

export interface DeskState {
  view: DeskView | null;
  sort: { column: string; direction: SortDirection } | null;
  filters: Readonly<Record<string, string>>;
  quick: DeskViewId;
  /** Reading the folder: since when (the bar shows after half a second), and how far. */
  reading: { since: number; done: number; total: number } | null;
  /** The unit whose draft was opened last: its row is marked when the desk is back. */
  lastFile: string | null;
}

export const useDesk = create<DeskState>(() => ({ view: null, sort: null, filters: {}, quick: 'all', reading: null, lastFile: null }));

const set = useDesk.setState;
const failed = (r: Failure) => r.reason !== 'canceled' && notify({ kind: 'error', text: r.message });

/** Asks main how far the reading has got, until it is done. */
const POLL_MS = 150;

async function reading(work: () => Promise<DeskOpened | Failure>): Promise<boolean> {
  if (useDesk.getState().reading) return false;
  set({ reading: { since: Date.now(), done: 0, total: 0 } });
  const timer = setInterval(() => {
    void api()
      .deskProgress()
      .then((p) => {
        const now = useDesk.getState().reading;
        if (now && p.busy) set({ reading: { ...now, done: p.done, total: p.total } });
      });
  }, POLL_MS);
  try {
    const result = await work();
    if (!result.ok) {
      failed(result);
      return false;
    }
    set({ view: result.view });
    return true;
  } finally {
    clearInterval(timer);
    set({ reading: null });
  }
}

export async function openDesk(year: number): Promise<void> {
  if (!(await mayDiscard())) return;
  if (await reading(() => api().openDesk({ year }))) {
    const view = useDesk.getState().view!;
    const nothing = nothingRead(view);
    notify(nothing ? { kind: 'error', text: nothing } : { kind: 'info', text: `已读取 ${draftsOfYearRead(view)} 份本年度报告。` });
  }
}

export const refreshDesk = () => reading(() => api().refreshDesk());

export function closeDesk(): void {
  set({ view: null, lastFile: null });
}

/** A unit's draft in the editor, with its remarks beside the findings; the desk waits behind it. */
export async function openUnit(file: string): Promise<void> {
  if (!(await mayDiscard())) return;
  set({ lastFile: file });
  await showOpened(await api().openDeskUnit({ file }));
}

/** Back from a unit's draft: asks about unsaved edits; the folder is then read again (below). */
export async function backToDesk(): Promise<void> {
  if (!(await mayDiscard())) return;
  close();
  await api().detachDocument();
}

// Whichever way a report over the desk was closed (返回单位一览, 新建 …), the desk comes back as the
// folder is now: only the drafts that changed are read again.
useEditor.subscribe((state, previous) => {
  if (previous.doc !== null && state.doc === null && useDesk.getState().view !== null) void refreshDesk();
});

export async function chooseDeskPrior(): Promise<void> {
  if (await reading(() => api().chooseDeskPrior())) notify({ kind: 'info', text: `已读取上年报告：与上年的数字和重复率见一览。` });
}

export async function exportDesk(format: DeskExportFormat): Promise<void> {
  const result = await api().exportDesk({ format });
  if (result.ok) notify({ kind: 'info', text: `已导出“${result.fileName}”` });
  else failed(result);
}

export async function importRoster(): Promise<void> {
  if (await reading(() => api().importRoster())) notify({ kind: 'info', text: '已导入单位名册，并保存为文件夹中的“单位名册.csv”。' });
}

export async function saveRoster(): Promise<void> {
  if (await reading(() => api().saveDeskRoster())) notify({ kind: 'info', text: '已把单位名册保存为文件夹中的“单位名册.csv”，可用 Excel 或 WPS 表格补充和修改。' });
}

/** The office says a draft outside the roster is a roster unit's under a former name (更名、合并). */
export async function recordFormerName(unit: string, former: string): Promise<void> {
  if (await reading(() => api().recordFormerName({ unit, former }))) notify({ kind: 'info', text: `已在名册中把“${former}”登记为“${unit}”的曾用名。` });
}

/** 汇总 from the desk: a new, unsaved consolidated report with its unit list. */
export async function sumFromDesk(organization: string, confirmed: string[]): Promise<boolean> {
  const result = await api().aggregateDesk({ organization, confirmed });
  if (!result.ok) {
    failed(result);
    return false;
  }
  load(result.report, null, false, { units: { units: result.units, leftOut: result.leftOut } });
  const left = result.report.consolidation?.left.length ?? 0;
  notify({ kind: 'info', text: `已汇总 ${result.units.length} 个单位的报告${left > 0 ? `；${left} 个单位未计入，原因见“汇总单位”` : ''}。` });
  return true;
}

export function sortBy(column: string): void {
  const sort = useDesk.getState().sort;
  // A number sorts largest first at the first click (most errors on top), text from A.
  const numeric = columnById(column)?.kind !== 'text';
  const first: SortDirection = numeric ? 'descending' : 'ascending';
  const direction = sort?.column !== column ? first : sort.direction === 'ascending' ? 'descending' : 'ascending';
  set({ sort: { column, direction } });
}

export function setFilter(column: string, text: string): void {
  set({ filters: { ...useDesk.getState().filters, [column]: text } });
}

export function setQuick(quick: DeskViewId): void {
  set({ quick });
}

/** The rows as the office asked to see them: quick view, column filters, then the sort. */
export function shownRows(s: Pick<DeskState, 'view' | 'sort' | 'filters' | 'quick'>): DeskRow[] {
  if (!s.view) return [];
  const test = DESK_VIEWS[s.quick].test;
  const filtered = s.view.rows.filter((r) => test(r) && Object.entries(s.filters).every(([id, f]) => passes(columnById(id)!, r, f)));
  const column = s.sort && columnById(s.sort.column);
  return column ? sortRows(filtered, column, s.sort!.direction) : filtered;
}
