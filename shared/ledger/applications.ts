// Table 三 counted from the register of disclosure applications (政府信息公开申请登记台账), for one
// report year: received in the year → 本年新收, received before and not answered before it → 上年
// 结转; answered in the year → its outcome row; not answered by 31 December → 结转下年度 (or the
// ledger's own 结转 column). Each row counts once on each side, so T3-04 holds by construction.

import { cellKey, editionForYear } from '../formats';
import type { Sheet, SheetCell } from '../sheet';
import { categoriesOf } from './categories';
import { isPersonalName, narrowerOf, PERSONAL_NAMES, targetName, type Meaning, type ValueMap } from './classify';
import { parseLedgerDate, type IsoDate } from './dates';
import { NO, PENDING, YES } from './dictionary';
import type { LedgerField } from './fields';
import type { Layout } from './layout';
import { RowReader, clipValue, type LedgerCount } from './result';
import { OTHER_YEAR, countRows } from './rows';

/** A row's outcome: a row of table 三, still pending, nothing written, or why it cannot be told. */
type Outcome = { row: string } | { pending: true } | { none: true } | { problem: string };

export function countApplications(sheet: Sheet, layout: Layout, year: number, maps: Partial<Record<LedgerField, ValueMap>> = {}): LedgerCount {
  const applicants = new Set(categoriesOf(editionForYear(year)!).applicants.map((a) => a.key));
  return countRows('applications', 'apply', sheet, layout, year, maps, (reader, data, n, { start, end, edition }) => {
    const received = parseLedgerDate(reader.cell(data, 'received'));
    if (!received.ok) return { problem: `收到日期：${received.reason}` };
    if (received.date === null) return { problem: '没有收到日期' };
    const answered = parseLedgerDate(reader.cell(data, 'answered'));
    if (!answered.ok) return { problem: `答复日期：${answered.reason}` };
    const r = received.date;
    let a: IsoDate | null = answered.date;
    if (a !== null && a < r) return { problem: `答复日期 ${a} 早于收到日期 ${r}` };
    // Clearly another year's application: its values do not matter to this year's tables.
    if (r > end || (a !== null && a < start)) return OTHER_YEAR;

    const flag = carriedFlag(reader, data, n);
    if ('problem' in flag) return flag;
    const carried = flag.carried;
    const outcome = outcomeOf(reader, data, n, edition);
    if ('problem' in outcome) return outcome;
    const receivedYear = Number(r.slice(0, 4));
    if (a === null && 'row' in outcome) {
      // An outcome with no reply date: the ledger's 结转 column, or (a ledger that keeps no reply
      // dates) the year it was received, says when it was answered; a ledger that has the column
      // but left it empty does not.
      if (carried === YES) {
        if (receivedYear < year) return { problem: '结转下年度的申请有办理结果但没有答复日期，无法确定在哪一年办结' };
      } else if (reader.has('answered')) return { problem: '有办理结果但没有答复日期' };
      else a = `${receivedYear}-12-31`;
    }
    if (carried === YES && a !== null && Number(a.slice(0, 4)) <= receivedYear) return { problem: `结转栏为“是”，但答复日期 ${a} 在收到的当年` };
    if (carried === NO && a === null && !('row' in outcome)) return { problem: '结转栏为“否”，但没有办理结果和答复日期' };
    if (a !== null && a < start) return OTHER_YEAR;

    const applicant = applicantOf(reader, data, n, applicants);
    if (applicant === null || typeof applicant === 'object') return { problem: applicant?.problem ?? '没有申请人类型' };
    const answeredInYear = a !== null && a <= end;
    if (answeredInYear && !('row' in outcome)) {
      return { problem: 'pending' in outcome ? `办理结果为“${clipValue(reader.text(data, 'outcome'))}”，但已有答复日期 ${a}` : `已答复（${a}）但没有办理结果` };
    }
    // Once on each side of T3-04: where it came from, and where it went.
    return { cells: [cellKey('apply', r >= start ? 'R1' : 'R2', applicant), cellKey('apply', answeredInYear && 'row' in outcome ? outcome.row : 'R4', applicant)] };
  });
}

/** The ledger's own 结转 column: pending at the end of the year the application was received. */
function carriedFlag(reader: RowReader, data: readonly SheetCell[], n: number): { carried: typeof YES | typeof NO | null } | { problem: string } {
  const m = reader.meaning(data, 'carried');
  if (m.kind === 'blank') return { carried: null };
  if (m.kind === 'one') return { carried: m.key === YES ? YES : NO };
  return { problem: reader.notKnown('carried', reader.text(data, 'carried'), n) };
}

function applicantOf(reader: RowReader, data: readonly SheetCell[], n: number, applicants: ReadonlySet<string>): string | { problem: string } | null {
  for (const field of ['applicantType', 'applicantName'] as const) {
    const m = reader.meaning(data, field);
    if (m.kind === 'blank') continue;
    if (m.kind === 'one' && applicants.has(m.key)) return m.key;
    const text = reader.text(data, field);
    if (m.kind === 'conflict' && field === 'applicantType') return { problem: `申请人类型“${clipValue(text)}”同时符合${names(reader, field, m)}，无法确定` };
    // Every person's name is one value for the clerk to map, not thousands.
    return { problem: reader.notKnown(field, field === 'applicantName' && isPersonalName(text) ? PERSONAL_NAMES : text, n) };
  }
  return null;
}

/**
 * 部分公开 and the groups whose reasons say why a part was withheld. The form counts an application
 * answered in part once, as （二）部分公开 (区分处理的，只计这一情形，不计其他情形), so its ledger row
 * names the reason of the part withheld (涉及个人隐私, 过程性信息, 信息不存在 …).
 */
const PARTIAL = 'R3_2';
const WITHHELD = ['R3_3', 'R3_4'];

function withholds(edition: LedgerCount['edition'], key: string): boolean {
  return WITHHELD.some((group) => key === group || (narrowerOf(edition, 'reason', group)?.has(key) ?? false));
}

function outcomeOf(reader: RowReader, data: readonly SheetCell[], n: number, edition: LedgerCount['edition']): Outcome {
  const o = reader.meaning(data, 'outcome');
  const why = reader.meaning(data, 'reason');
  const said = (field: 'outcome' | 'reason') => `“${clipValue(reader.text(data, field))}”`;
  if (o.kind === 'unknown') return { problem: reader.notKnown('outcome', reader.text(data, 'outcome'), n) };
  if (o.kind === 'conflict') return { problem: `办理结果${said('outcome')}同时写了${names(reader, 'outcome', o)}，一件申请只计一种结果` };
  if (o.kind === 'one' && o.key === PENDING) return { pending: true };
  const group = o.kind === 'one' ? narrowerOf(edition, 'outcome', o.key) : undefined;
  if (o.kind === 'one' && !group) {
    // The outcome names its row; a reason naming another row contradicts it — but for 部分公开,
    // whose withheld part has a reason of 不予公开 or 无法提供 (counted as 部分公开 only).
    if (why.kind === 'one' && why.key !== o.key && !narrowerOf(edition, 'reason', why.key)?.has(o.key) && why.key !== PENDING && !(o.key === PARTIAL && withholds(edition, why.key))) {
      return { problem: `办理结果${said('outcome')}与理由${said('reason')}（${targetName(edition, 'reason', why.key)}）不一致` };
    }
    return { row: o.key };
  }
  // Only a group (不予公开 …) or nothing: the reason says which row.
  if (why.kind === 'blank') {
    return group ? { problem: `办理结果只写了${said('outcome')}，没有写明属于哪一种情形（理由栏为空）` } : { none: true };
  }
  if (why.kind === 'unknown') return { problem: reader.notKnown('reason', reader.text(data, 'reason'), n) };
  if (why.kind === 'conflict') return { problem: `理由${said('reason')}同时写了${names(reader, 'reason', why)}，一件申请只计一种结果` };
  if (why.key === PENDING) return { pending: true };
  if (narrowerOf(edition, 'reason', why.key)) return { problem: `理由${said('reason')}没有写明属于哪一种情形` };
  if (group && !group.has(why.key)) return { problem: `办理结果${said('outcome')}与理由${said('reason')}（${targetName(edition, 'reason', why.key)}）不一致` };
  return { row: why.key };
}

function names(reader: RowReader, field: LedgerField, m: Meaning): string {
  return m.kind === 'conflict' ? m.keys.map((k) => `“${targetName(reader.edition, field, k)}”`).join('和') : '';
}
