// Table 四 counted from the register of 行政复议 and 行政诉讼 cases about disclosure: each case
// active in the report year — received by 31 December and not concluded before 1 January — is
// counted once: under its result when concluded in the year, else under 尚未审结. Its row is its
// kind (行政复议, 未经复议直接起诉, 复议后起诉); a 行政诉讼 needs the 是否经复议 column to tell which.

import { cellKey } from '../formats';
import type { Sheet, SheetCell } from '../sheet';
import { targetName, type ValueMap } from './classify';
import { parseLedgerDate, type IsoDate } from './dates';
import { LITIGATION, NO, YES } from './dictionary';
import type { LedgerField } from './fields';
import type { Layout } from './layout';
import { RowReader, clipValue, type LedgerCount } from './result';
import { OTHER_YEAR, countRows } from './rows';

const PENDING_COLUMN = 'PENDING';

export function countCases(sheet: Sheet, layout: Layout, year: number, maps: Partial<Record<LedgerField, ValueMap>> = {}): LedgerCount {
  return countRows('cases', 'review', sheet, layout, year, maps, (reader, data, n, { start, end, edition }) => {
    const filed = parseLedgerDate(reader.cell(data, 'filed'));
    const concluded = parseLedgerDate(reader.cell(data, 'concluded'));
    if (!filed.ok) return { problem: `收到日期：${filed.reason}` };
    if (filed.date === null) return { problem: '没有收到（立案）日期' };
    if (!concluded.ok) return { problem: `审结日期：${concluded.reason}` };
    const f = filed.date;
    let c: IsoDate | null = concluded.date;
    if (c !== null && c < f) return { problem: `审结日期 ${c} 早于收到日期 ${f}` };
    if (f > end || (c !== null && c < start)) return OTHER_YEAR;
    const kind = kindOf(reader, data, n);
    if (typeof kind === 'object') return kind;
    const result = reader.meaning(data, 'result');
    const resultText = reader.text(data, 'result');
    if (result.kind === 'unknown') return { problem: reader.notKnown('result', resultText, n) };
    if (result.kind === 'conflict') return { problem: `审结结果“${clipValue(resultText)}”同时写了${result.keys.map((k) => `“${targetName(edition, 'result', k)}”`).join('和')}` };
    const outcome = result.kind === 'one' ? result.key : null;
    if (c === null && outcome !== null && outcome !== PENDING_COLUMN) {
      // A result with no date: a register without the column counts it in the year it was received.
      if (reader.has('concluded')) return { problem: `有审结结果“${clipValue(resultText)}”但没有审结日期` };
      c = `${f.slice(0, 4)}-12-31`;
      if (c < start) return OTHER_YEAR;
    }
    const concludedInYear = c !== null && c <= end;
    if (concludedInYear && (outcome === null || outcome === PENDING_COLUMN)) {
      return { problem: outcome === null ? `已审结（${c}）但没有审结结果` : `审结结果为“${clipValue(resultText)}”，但已有审结日期 ${c}` };
    }
    return { cells: [cellKey('review', kind, concludedInYear ? outcome! : PENDING_COLUMN)] };
  });
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
