// 从台账统计 in a window's session: the ledgers the clerk opened stay here (main), read in the
// parsing worker; the page gets counts, headings and values to map, and — while a ledger is
// open — the key fields of the rows behind a cell. The clerk's mappings are kept by layout in
// user data and offered for the next ledger of the same layout.

import { basename } from 'node:path';
import type { Failure, LedgerView, Saved } from '../../../shared/ipc';
import { FIELD_NAMES, countLedger, type LedgerKind, type LedgerMapping } from '../../../shared/ledger';
import { reportYearProblem } from '../../../shared/formats';
import { cellText, type Workbook } from '../../../shared/sheet';
import { writeReason } from '../atomicWrite';
import { writeChecked } from '../exports';
import type { Dialogs } from '../sessionTypes';
import { readSpreadsheetUntrusted } from '../untrusted';
import type { LedgerMappings } from './mappings';
import { ledgerTemplate, templateFileName } from './template';

const canceled: Failure = { ok: false, reason: 'canceled', message: '' };

interface OpenLedger {
  workbook: Workbook;
  /** The last count's sheet, layout and mapping. */
  view: LedgerView | null;
}

export function ledgerHandlers(dialogs: Dialogs, mappings: LedgerMappings | undefined) {
  const open = new Map<LedgerKind, OpenLedger>();

  async function counted(kind: LedgerKind, year: number, sheet: string | undefined, given: LedgerMapping | null): Promise<LedgerView | Failure> {
    const ledger = open.get(kind);
    if (!ledger) return { ok: false, reason: 'invalid', message: '台账已关闭，请重新选择台账文件' };
    let mapping = given ?? { columns: {}, values: {} };
    let result = countLedger(ledger.workbook, { kind, year, sheet, mapping });
    let remembered = false;
    // A ledger of a layout seen before: the clerk's mapping of then, no questions asked.
    if (!given && result.ok && mappings) {
      const saved = await mappings.forLayout(result.signature);
      if (saved) {
        const again = countLedger(ledger.workbook, { kind, year, sheet: result.sheet, mapping: saved });
        if (again.ok) [result, mapping, remembered] = [again, saved, true];
      }
    }
    if (!result.ok) return { ok: false, reason: 'invalid', message: result.message };
    const view: LedgerView = {
      ok: true,
      kind,
      source: ledger.workbook.source,
      sheet: result.sheet,
      sheets: ledger.workbook.sheets.map((s) => s.name),
      headerRow: result.layout.headerRow,
      headings: result.layout.headings,
      columns: result.layout.columns,
      count: result.count,
      mapping,
      remembered,
    };
    ledger.view = view;
    return view;
  }

  return {
    async openLedger({ kind, year }: { kind: LedgerKind; year: number }): Promise<LedgerView | Failure> {
      const path = await dialogs.chooseLedger?.(kind);
      if (!path) return canceled;
      // Someone else's file, as far as we know: parsed in the worker, within its limits.
      const read = await readSpreadsheetUntrusted(path);
      if (!read.ok) return { ok: false, reason: 'invalid', message: `无法读取“${basename(path)}”：${read.message}` };
      open.set(kind, { workbook: read.workbook, view: null });
      return counted(kind, year, undefined, null);
    },
    async countLedger({ kind, year, sheet, mapping }: { kind: LedgerKind; year: number; sheet: string; mapping: LedgerMapping }) {
      return counted(kind, year, sheet, mapping);
    },
    async rememberLedgerMapping({ kind, mapping }: { kind: LedgerKind; mapping: LedgerMapping }) {
      const view = open.get(kind)?.view;
      if (!view || !mappings) return { ok: true as const, saved: false };
      const result = countLedger(open.get(kind)!.workbook, { kind, year: view.count.year, sheet: view.sheet, mapping });
      return { ok: true as const, saved: result.ok ? await mappings.remember(result.signature, mapping) : false };
    },
    async ledgerRows({ source, sheet, rows }: { source: string; sheet: string; rows: number[] }) {
      const ledger = [...open.values()].find((l) => l.workbook.source === source && l.view?.sheet === sheet);
      const data = ledger?.workbook.sheets.find((s) => s.name === sheet);
      if (!ledger?.view || !data) return { ok: false as const, reason: 'invalid' as const, message: `“${source}”没有在本窗口中打开，只能显示行号。重新选择该台账后可查看这些行的内容。` };
      const fields = Object.entries(ledger.view.columns).sort(([, a], [, b]) => a - b);
      return {
        ok: true as const,
        rows: rows.map((row) => ({ row, fields: fields.map(([field, column]): [string, string] => [FIELD_NAMES[field as keyof typeof FIELD_NAMES].replace(/（.*$/, ''), cellText(data.rows[row - 1]?.[column])]) })),
      };
    },
    async exportLedgerTemplate({ year }: { year: number }): Promise<Saved | Failure> {
      if (reportYearProblem(year)) return { ok: false, reason: 'invalid', message: reportYearProblem(year)! };
      const path = await dialogs.chooseLedgerTemplateTarget?.(templateFileName(year));
      if (!path) return canceled;
      try {
        // Checked before it is written, as every export: never 已导出 for a workbook that will not open.
        await writeChecked(path, 'xlsx', await ledgerTemplate(year));
        return { ok: true, fileName: basename(path) };
      } catch (e) {
        return { ok: false, reason: 'io', message: `未能写入“${basename(path)}”：${writeReason(e)}` };
      }
    },
  };
}
