// A ledger workbook counted for a report year: the sheet (the clerk's choice, or the first whose
// header names the fields), its layout, the clerk's mapping, then table 三 or 四.

import { editionForYear } from '../formats';
import type { Sheet, Workbook } from '../sheet';
import { countApplications } from './applications';
import { countCases } from './cases';
import { FIELD_NAMES, missingFields, type LedgerKind } from './fields';
import { findLayout, layoutSignature, type Layout } from './layout';
import { EMPTY_MAPPING, valueMaps, type LedgerMapping } from './mapping';
import type { LedgerCount } from './result';

export interface CountOptions {
  kind: LedgerKind;
  year: number;
  /** The sheet's name; absent: the first sheet that reads as a ledger of this kind. */
  sheet?: string;
  mapping?: LedgerMapping;
}

export type Counted = { ok: true; sheet: string; layout: Layout; signature: string; count: LedgerCount } | { ok: false; message: string };

const KIND_NAMES: Record<LedgerKind, string> = { applications: '政府信息公开申请登记台账', cases: '行政复议、行政诉讼案件台账' };

export function countLedger(book: Workbook, options: CountOptions): Counted {
  const { kind, year } = options;
  const mapping = options.mapping ?? EMPTY_MAPPING;
  const edition = editionForYear(year);
  if (!edition) return { ok: false, message: `${year} 年没有对应的年报格式` };
  const chosen = options.sheet === undefined ? book.sheets : book.sheets.filter((s) => s.name === options.sheet);
  if (chosen.length === 0) return { ok: false, message: `“${book.source}”中没有名为“${options.sheet}”的工作表，现有：${book.sheets.map((s) => s.name).join('、')}` };
  const other: LedgerKind = kind === 'applications' ? 'cases' : 'applications';
  const found = chosen
    .map((sheet) => ({ sheet, layout: findLayout(sheet, kind, mapping.columns) }))
    .filter((f): f is { sheet: Sheet; layout: Layout } => f.layout !== null)
    // A workbook may hold both registers: a sheet that reads better as the other kind is that one.
    .filter((f) => options.sheet !== undefined || (findLayout(f.sheet, other)?.score ?? 0) <= f.layout.score);
  const complete = found.filter((f) => missingFields(kind, f.layout.columns).length === 0).sort((a, b) => b.layout.score - a.layout.score)[0];
  if (!complete) {
    const near = found[0];
    if (!near) return { ok: false, message: `在“${book.source}”${options.sheet ? `的“${options.sheet}”` : ''}中没有找到${KIND_NAMES[kind]}的表头（前 30 行中应有“收到日期”“申请人类型”“办理结果”等列标题）` };
    const missing = missingFields(kind, near.layout.columns).map((f) => `“${FIELD_NAMES[f].replace(/（.*$/, '')}”`);
    return { ok: false, message: `“${near.sheet.name}”第 ${near.layout.headerRow} 行的表头中没有找到${missing.join('、')}列，请在映射中指定对应的列` };
  }
  const maps = valueMaps(mapping, edition.id);
  if (!maps.ok) return maps;
  const { sheet, layout } = complete;
  const count = kind === 'applications' ? countApplications(sheet, layout, year, maps.maps) : countCases(sheet, layout, year, maps.maps);
  return { ok: true, sheet: sheet.name, layout, signature: layoutSignature(layout), count };
}
