// 从台账统计 in the page: the ledgers open in main's session as the count step shows them (counts,
// headings, values to map), the clerk's mapping as it grows, and applying the counts to the
// report as one undo step. The ledgers' content never comes here, only their counts.

import { create } from 'zustand';
import type { CellKey } from '../../shared/formats';
import type { Failure, LedgerView } from '../../shared/ipc';
import { applyCounts, withValue, type LedgerField, type LedgerKind, type LedgerMapping } from '../../shared/ledger';
import { api } from '../api';
import { change, notify, useEditor } from './editor';

export interface LedgerState {
  open: boolean;
  busy: boolean;
  error: string | null;
  views: Partial<Record<LedgerKind, LedgerView>>;
}

export const useLedger = create<LedgerState>(() => ({ open: false, busy: false, error: null, views: {} }));
const set = useLedger.setState;
const get = useLedger.getState;

const year = () => useEditor.getState().doc!.report.year;

async function run(kind: LedgerKind, request: () => Promise<LedgerView | Failure>): Promise<void> {
  set({ busy: true, error: null });
  const result = await request();
  if (result.ok) set({ views: { ...get().views, [kind]: result }, busy: false });
  else set({ busy: false, error: result.reason === 'canceled' ? get().error : result.message });
}

/** 从台账统计…: choose the ledger; the count step opens with what it found. */
export async function startLedger(): Promise<void> {
  set({ open: true, views: {}, error: null });
  await run('applications', () => api().openLedger({ kind: 'applications', year: year() }));
  if (!get().views.applications && !get().error) set({ open: false });
}

/** The register of 行政复议 and 行政诉讼 cases, for table 四. */
export function addCases(): Promise<void> {
  return run('cases', () => api().openLedger({ kind: 'cases', year: year() }));
}

function recount(kind: LedgerKind, mapping: LedgerMapping, sheet?: string): Promise<void> {
  const view = get().views[kind]!;
  return run(kind, () => api().countLedger({ kind, year: year(), sheet: sheet ?? view.sheet, mapping }));
}

/** The clerk says what a value means: once, for every row that has it. */
export function mapValue(kind: LedgerKind, field: LedgerField, value: string, key: string): Promise<void> {
  return recount(kind, withValue(get().views[kind]!.mapping, field, value, key));
}

/** The clerk says which column holds a field (by its heading). */
export function mapColumn(kind: LedgerKind, field: LedgerField, heading: string): Promise<void> {
  const mapping = get().views[kind]!.mapping;
  return recount(kind, { ...mapping, columns: { ...mapping.columns, [field]: heading } });
}

export function chooseSheet(kind: LedgerKind, sheet: string): Promise<void> {
  return recount(kind, { columns: {}, values: {} }, sheet);
}

export function closeLedger(): void {
  set({ open: false, busy: false, error: null });
}

/** Writes the counted tables into the report (one undo step) and keeps the mappings for next year. */
export function applyLedger(): void {
  const views = Object.values(get().views);
  const counted = views.map((v) => ({ count: v.count, source: v.source, sheet: v.sheet }));
  const keys = new Set<CellKey>(views.flatMap((v) => Object.keys(v.count.cells)));
  change((doc) => {
    const report = applyCounts(doc.report, counted, new Date().toISOString());
    const invalid = Object.fromEntries(Object.entries(doc.invalid).filter(([k]) => !keys.has(k)));
    return { report, invalid };
  }, null);
  for (const v of views) void api().rememberLedgerMapping({ kind: v.kind, mapping: v.mapping });
  const left = views.reduce((n, v) => n + v.count.unplaced.length, 0);
  notify({ kind: 'info', text: `已从台账写入${views.map((v) => (v.kind === 'applications' ? '表三' : '表四')).join('和')}（${keys.size} 个单元格）${left > 0 ? `，台账中有 ${left} 行未能计入` : ''}。可按 Ctrl+Z 撤销。` });
  closeLedger();
}

export async function exportLedgerTemplate(): Promise<void> {
  const doc = useEditor.getState().doc;
  const result = await api().exportLedgerTemplate({ year: doc?.report.year ?? new Date().getFullYear() });
  if (result.ok) notify({ kind: 'info', text: `已导出台账模板“${result.fileName}”。按模板填写的台账无需映射即可统计。` });
  else if (result.reason !== 'canceled') notify({ kind: 'error', text: result.message });
}
