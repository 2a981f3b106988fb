// Table 四 counted from the register of 行政复议 and 行政诉讼 cases about disclosure: each case
// active in the report year — received by 31 December and not concluded before 1 January — is
// counted once: under its result when concluded in the year, else under 尚未审结. Its row is its
// kind (行政复议, 未经复议直接起诉, 复议后起诉); a 行政诉讼 needs the 是否经复议 column to tell which.

import { EDITIONS, cellIndex, cellKey, editionForYear } from '../formats';
import type { Sheet, SheetCell } from '../sheet';
import { targetName, type ValueMap } from './classify';
import { parseLedgerDate, type IsoDate } from './dates';
import { LITIGATION, NO, YES } from './dictionary';
import type { LedgerField } from './fields';
import { repeatsHeader, type Layout } from './layout';
import { RowReader, clipValue, isBlankRow, tally, type LedgerCount, type Unplaced } from './result';

const PENDING_COLUMN = 'PENDING';

export function countCases(sheet: Sheet, layout: Layout, year: number, maps: Partial<Record<LedgerField, ValueMap>> = {}): LedgerCount {
  const edition = editionForYear(year)!;
  const reader = new RowReader(edition.id, layout, maps);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const cells: Record<string, number> = {};
  for (const c of cellIndex(EDITIONS[edition.id]).tableCells.review) if (!c.derived) cells[c.key] = 0;
  const rows: Record<string, number[]> = {};
  const unplaced: Unplaced[] = [];
  let counted = 0;
  let otherYears = 0;
  let read = 0;

  for (let i = layout.headerRow; i < sheet.rows.length; i++) {
    const data = sheet.rows[i];
    const n = i + 1;
    if (!data || isBlankRow(layout, data) || repeatsHeader(layout, data)) continue;
    read++;
    const place = (reason: string) => unplaced.push({ row: n, reason });
    const filed = parseLedgerDate(reader.cell(data, 'filed'));
    const concluded = parseLedgerDate(reader.cell(data, 'concluded'));
    if (!filed.ok) {
      place(`收到日期：${filed.reason}`);
      continue;
    }
    if (filed.date === null) {
      place('没有收到（立案）日期');
      continue;
    }
    if (!concluded.ok) {
      place(`审结日期：${concluded.reason}`);
      continue;
    }
    const f = filed.date;
    let c: IsoDate | null = concluded.date;
    if (c !== null && c < f) {
      place(`审结日期 ${c} 早于收到日期 ${f}`);
      continue;
    }
    if (f > end || (c !== null && c < start)) {
      otherYears++;
      continue;
    }
    const kind = kindOf(reader, data, n);
    if (typeof kind === 'object') {
      place(kind.problem);
      continue;
    }
    const result = reader.meaning(data, 'result');
    const resultText = reader.text(data, 'result');
    if (result.kind === 'unknown') {
      place(reader.notKnown('result', resultText, n));
      continue;
    }
    if (result.kind === 'conflict') {
      place(`审结结果“${clipValue(resultText)}”同时写了${result.keys.map((k) => `“${targetName(edition.id, 'result', k)}”`).join('和')}`);
      continue;
    }
    const outcome = result.kind === 'one' ? result.key : null;
    if (c === null && outcome !== null && outcome !== PENDING_COLUMN) {
      // A result with no date: a register without the column counts it in the year it was received.
      if (reader.has('concluded')) {
        place(`有审结结果“${clipValue(resultText)}”但没有审结日期`);
        continue;
      }
      c = `${f.slice(0, 4)}-12-31`;
      if (c < start) {
        otherYears++;
        continue;
      }
    }
    const concludedInYear = c !== null && c <= end;
    if (concludedInYear && (outcome === null || outcome === PENDING_COLUMN)) {
      place(outcome === null ? `已审结（${c}）但没有审结结果` : `审结结果为“${clipValue(resultText)}”，但已有审结日期 ${c}`);
      continue;
    }
    tally(cells, rows, cellKey('review', kind, concludedInYear ? outcome! : PENDING_COLUMN), n);
    counted++;
  }
  return { kind: 'cases', year, edition: edition.id, cells, rows, unplaced, unknown: [...reader.unknown.values()], counted, otherYears, read };
}

/** RV, LD or LR; a plain 行政诉讼 is told apart by 是否经复议. */
function kindOf(reader: RowReader, data: readonly SheetCell[], n: number): string | { problem: string } {
  const m = reader.meaning(data, 'caseKind');
  const text = reader.text(data, 'caseKind');
  if (m.kind === 'blank') return { problem: '没有案件类别（行政复议或行政诉讼）' };
  if (m.kind === 'unknown') return { problem: reader.notKnown('caseKind', text, n) };
  if (m.kind === 'conflict') return { problem: `案件类别“${clipValue(text)}”无法确定是哪一类` };
  if (m.key !== LITIGATION) return m.key;
  const first = reader.meaning(data, 'reviewedFirst');
  if (first.kind === 'one' && (first.key === YES || first.key === NO)) return first.key === YES ? 'LR' : 'LD';
  if (first.kind === 'blank') return { problem: `案件类别为“${clipValue(text)}”，没有写明是否经复议（未经复议直接起诉或复议后起诉）` };
  return { problem: reader.notKnown('reviewedFirst', reader.text(data, 'reviewedFirst'), n) };
}
