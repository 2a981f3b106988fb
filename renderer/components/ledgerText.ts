// A counted cell's note (on hover and for screen readers): the ledger rows it counts. Worked out
// once per set of ledger links — every cell asks at every keystroke, and a city's cell counts
// thousands of rows.

import type { CellKey } from '../../shared/formats';
import { ledgerRowsOf, rowRanges } from '../../shared/ledger';
import type { Report } from '../../shared/report';

const cache = new WeakMap<Report['ledgers'], Map<CellKey, string>>();

export function ledgerText(report: Report, key: CellKey): string {
  if (report.ledgers.length === 0) return '';
  let texts = cache.get(report.ledgers);
  if (!texts) cache.set(report.ledgers, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) {
    const links = ledgerRowsOf(report, key);
    const rows = (list: number[]) => (list.length > 30 ? `${rowRanges(list).split('、').slice(0, 30).join('、')}等 ${list.length} 行` : rowRanges(list));
    text = links.length === 0 ? '' : `来自台账：${links.map((l) => `“${l.source}”${rows(l.rows)}`).join('；')}`;
    texts.set(key, text);
  }
  return text;
}
