// What counting a ledger has to say, as findings (LED-…): values no one has mapped, rows left
// out, rows of other years. The command line prints them; the editor's count step shows the same.

import type { Finding } from '../reconcile';
import { rowRanges } from './apply';
import { FIELD_NAMES } from './fields';
import type { LedgerCount } from './result';

export const LEDGER_RULES = {
  'LED-01': '台账中有未能计入的行',
  'LED-02': '台账中有未能识别的取值，需要指定对应的类别',
  'LED-03': '台账中其他年度的行（不计入本年度）',
} as const;

/** How many rows a message names before it says "等": the full list is in `unplaced`. */
const LISTED = 10;

export function ledgerFindings(count: LedgerCount, name: string): Finding[] {
  const table = count.kind === 'applications' ? 'apply' : 'review';
  const findings: Finding[] = [];
  for (const u of count.unknown) {
    findings.push({
      rule: 'LED-02',
      severity: 'error',
      cells: [],
      part: table === 'apply' ? 'applications' : 'review',
      message: `${name}${rowRanges(u.rows.slice(0, LISTED))}${u.rows.length > LISTED ? `等 ${u.rows.length} 行` : ''}的${FIELD_NAMES[u.field].replace(/（.*$/, '')}“${u.value}”未能识别，这些行没有计入；请指定它对应的类别（映射文件 {"values": {"${u.field}": {"${u.value}": "类别"}}}）`,
    });
  }
  const others = count.unplaced.filter((u) => !count.unknown.some((k) => k.rows.includes(u.row)));
  if (others.length > 0) {
    const listed = others.slice(0, LISTED).map((u) => `第 ${u.row} 行${u.reason}`).join('；');
    findings.push({ rule: 'LED-01', severity: 'error', cells: [], message: `${name}有 ${others.length} 行未能计入：${listed}${others.length > LISTED ? '；等' : ''}。请在台账中改正后重新统计` });
  }
  if (count.otherYears > 0) {
    findings.push({ rule: 'LED-03', severity: 'info', cells: [], message: `${name}有 ${count.otherYears} 行属于其他年度（${count.year} 年以前已办结，或 ${count.year} 年以后收到），不计入 ${count.year} 年度` });
  }
  return findings;
}
