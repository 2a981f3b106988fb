// The desk's columns, once: the app's table, the workbook and the printed table read them from
// here (label, what is shown, what sorts), so the three never disagree. Sorting keeps blanks last
// either way; a filter reads as the clerk types it ("张", ">0", "<=3", "空").

import { STAGE_NAMES } from '../workflow';
import { FOLLOW_UP_NAMES, isRepeated, percent } from './standing';
import { UNIT_TYPE_NAMES, type DeskRow, type KeyFigures } from './types';

export type ColumnKind = 'text' | 'number' | 'ratio' | 'date';
type Value = string | number | null;

export interface DeskColumn {
  id: string;
  label: string;
  kind: ColumnKind;
  /** What sorts and filters (a ratio 0 … 1, a date "YYYY-MM-DD"). */
  value(row: DeskRow): Value;
  /** What sorts, when the text shown would not (“逾期 3 天” before “逾期 15 天”). */
  sortValue?(row: DeskRow): number | null;
  /** Last year's figure, shown beside this year's (the workbook gives it a column of its own). */
  prior?(row: DeskRow): number | null;
  /** In the printed A4 landscape table. */
  print: boolean;
}

/** 已收到 / 未收到 / 年度不符 / 无法读取 / 名册外. */
export function receiptOf(row: DeskRow): string {
  if (row.unreadable !== null) return '无法读取';
  if (row.file === null) return '未收到';
  if (row.missing) return '年度不符';
  return row.expected ? '已收到' : '名册外';
}

/** 逾期 N 天 / 剩 N 天 / 按期发布. */
export function timingOf(row: DeskRow): string {
  if (row.late) return `逾期 ${row.lateDays} 天`;
  if (row.dueInDays !== null) return `剩 ${row.dueInDays} 天`;
  return '按期发布';
}

/** 逾期 as a number for sorting: days late (positive), days still left (negative), on time 0. */
export function timingDays(row: DeskRow): number {
  if (row.late) return row.lateDays ?? 0;
  if (row.dueInDays !== null) return -row.dueInDays;
  return 0;
}

const figure = (key: keyof KeyFigures, label: string): DeskColumn => ({
  id: key,
  label,
  kind: 'number',
  value: (r) => r.figures?.[key] ?? null,
  prior: (r) => r.priorFigures?.[key] ?? null,
  print: true,
});

export const DESK_COLUMNS: readonly DeskColumn[] = [
  { id: 'name', label: '单位', kind: 'text', value: (r) => r.name, print: true },
  { id: 'type', label: '类型', kind: 'text', value: (r) => UNIT_TYPE_NAMES[r.type], print: true },
  { id: 'receipt', label: '报告', kind: 'text', value: receiptOf, print: true },
  { id: 'file', label: '草稿文件', kind: 'text', value: (r) => r.file, print: false },
  { id: 'year', label: '年度', kind: 'number', value: (r) => r.year, print: false },
  { id: 'edition', label: '格式', kind: 'text', value: (r) => (r.edition ? `${r.edition} 年版` : null), print: false },
  { id: 'errors', label: '错误', kind: 'number', value: (r) => r.errors, print: true },
  { id: 'warnings', label: '警告', kind: 'number', value: (r) => r.warnings, print: true },
  { id: 'openRemarks', label: '未处理意见', kind: 'number', value: (r) => r.openRemarks, print: true },
  { id: 'stage', label: '阶段', kind: 'text', value: (r) => (r.stage ? STAGE_NAMES[r.stage] : null), print: true },
  { id: 'followUp', label: '退回情况', kind: 'text', value: (r) => (r.followUp ? FOLLOW_UP_NAMES[r.followUp.state] : null), print: false },
  { id: 'publishDate', label: '发布日期', kind: 'date', value: (r) => (r.missing ? null : r.publishDate), print: true },
  { id: 'deadline', label: '发布期限', kind: 'date', value: (r) => r.deadline, print: true },
  { id: 'timing', label: '逾期', kind: 'text', value: timingOf, sortValue: timingDays, print: true },
  { id: 'repetition', label: '与上年重复', kind: 'ratio', value: (r) => r.repetitionFromLastYear, print: true },
  { id: 'similarUnit', label: '最相似的单位', kind: 'text', value: (r) => r.mostSimilarUnit?.name ?? null, print: true },
  { id: 'similarity', label: '雷同', kind: 'ratio', value: (r) => r.mostSimilarUnit?.ratio ?? null, print: true },
  figure('received', '新收'),
  figure('concluded', '办结'),
  figure('carried', '结转'),
  figure('reviews', '复议'),
  figure('lawsuits', '诉讼'),
  { id: 'flags', label: '问题', kind: 'text', value: (r) => (r.flags.length > 0 ? r.flags.join('、') : null), print: true },
  { id: 'problems', label: '问题详情', kind: 'text', value: (r) => (r.problems.length > 0 ? r.problems.join('') : null), print: false },
  { id: 'notes', label: '说明', kind: 'text', value: (r) => (r.notes.length > 0 ? r.notes.join('；') : null), print: false },
  { id: 'contact', label: '联系人', kind: 'text', value: (r) => r.contact || null, print: false },
];

export const columnById = (id: string) => DESK_COLUMNS.find((c) => c.id === id);

/** A value as a clerk reads it: ratios as per cent, blanks as "—". */
export function shown(column: DeskColumn, value: Value): string {
  if (value === null) return '—';
  if (column.kind === 'ratio') return percent(value as number);
  return String(value);
}

export type SortDirection = 'ascending' | 'descending';

/** Rows by a column, stable; blanks last in both directions. */
export function sortRows(rows: readonly DeskRow[], column: DeskColumn, direction: SortDirection): DeskRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: column.sortValue ? column.sortValue(row) : column.value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'zh-CN');
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}

const COMPARISON = /^(>=|<=|>|<|=|≥|≤)?\s*(-?\d+(?:\.\d+)?)\s*(%)?$/;

/**
 * Whether a row passes a column's filter: text contains the words; a number or ratio compares
 * (">0", "<=3", "50%", "=0"); "空" matches blanks. An empty filter passes everything.
 */
export function passes(column: DeskColumn, row: DeskRow, filter: string): boolean {
  const f = filter.trim();
  if (f === '') return true;
  const v = column.value(row);
  if (f === '空') return v === null;
  if (column.kind === 'number' || column.kind === 'ratio') {
    const m = COMPARISON.exec(f.replace(/[＞]/g, '>').replace(/[＜]/g, '<').replace(/[＝]/g, '='));
    if (m && v !== null) {
      const target = Number(m[2]) / (column.kind === 'ratio' && (m[3] || Number(m[2]) > 1) ? 100 : 1);
      const n = v as number;
      const op = m[1] ?? '=';
      return op === '>' ? n > target : op === '<' ? n < target : op === '>=' || op === '≥' ? n >= target : op === '<=' || op === '≤' ? n <= target : Math.abs(n - target) < 1e-9;
    }
    if (m) return false;
  }
  return v !== null && shown(column, v).includes(f);
}

/** Quick views of the desk, as the office asks them. */
export const DESK_VIEWS = {
  all: { label: '全部', test: () => true },
  problems: { label: '有问题', test: (r: DeskRow) => !r.goodStanding },
  missing: { label: '未收到', test: (r: DeskRow) => r.expected && r.missing },
  errors: { label: '有错误', test: (r: DeskRow) => !r.missing && r.errors! > 0 },
  remarks: { label: '有未处理意见', test: (r: DeskRow) => !r.missing && r.openRemarks! > 0 },
  returned: { label: '已退回', test: (r: DeskRow) => r.followUp !== null },
  late: { label: '逾期', test: (r: DeskRow) => r.late },
  repeated: { label: '雷同', test: isRepeated },
} as const;
export type DeskViewId = keyof typeof DESK_VIEWS;
