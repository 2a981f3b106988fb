// 从台账统计 behind window.api: the ledger read in the parsing worker and kept in the window's
// session, counted again with the clerk's mapping, the mapping saved in user data and offered for
// the next ledger of the same layout, the rows' key fields only while the ledger is open, the
// template written where the clerk says; every request checked before a handler sees it.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentSession } from '../../electron/services/api';
import { LedgerMappings } from '../../electron/services/ledger/mappings';
import { OpenFiles } from '../../electron/services/openFiles';
import { RecentFiles } from '../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../electron/services/recovery';
import { parseRequest } from '../../shared/ipc';
import { QueuedDialogs } from '../harness/server';
import { fixturePath } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'ledger-session-'));
const userData = mkdtempSync(join(tmpdir(), 'ledger-userdata-'));
const mappingsFile = join(userData, 'ledger-mappings.json');

function window() {
  const dialogs = new QueuedDialogs(dir);
  const store = new RecoveryStore(join(userData, 'recovery'));
  const session = createDocumentSession({
    dialogs,
    samplePath: fixturePath('sample-2024'),
    recent: new RecentFiles(join(userData, 'recent.json')),
    recovery: { store, offers: new RecoveryOffers(store) },
    openFiles: new OpenFiles(),
    ledgerMappings: new LedgerMappings(mappingsFile),
  });
  return { session, dialogs };
}

const ledger = (name: string, year: number) => {
  const path = join(dir, name);
  writeFileSync(path, `登记台账\n序号,收到日期,申请人,申请人类型,办理结果,答复日期\n1,${year}-01-06,张三,来访群众,公开,${year}-01-20\n2,${year}-02-01,某某有限公司,企业,部分公开,${year}-02-10\n`);
  return path;
};

describe('从台账统计 in a window’s session', () => {
  it('counts, maps a value once, remembers it for next year’s ledger, and shows rows only while open', async () => {
    const { session, dialogs } = window();
    dialogs.queue(ledger('2025.csv', 2025));
    const opened = await session.openLedger({ kind: 'applications', year: 2025 });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened).toMatchObject({ source: '2025.csv', sheet: '2025', headerRow: 2, remembered: false });
    expect(opened.count.unknown).toEqual([{ field: 'applicantType', value: '来访群众', rows: [3] }]);

    const mapping = { ...opened.mapping, values: { applicantType: { 来访群众: 'NP' } } };
    const mapped = await session.countLedger({ kind: 'applications', year: 2025, sheet: opened.sheet, mapping });
    expect(mapped.ok && [mapped.count.unplaced, mapped.count.cells['apply.R3_1.NP'], mapped.count.rows['apply.R3_2.BIZ']]).toEqual([[], 1, [4]]);

    const rows = await session.ledgerRows({ source: '2025.csv', sheet: '2025', rows: [3, 4] });
    expect(rows).toEqual({
      ok: true,
      rows: [
        { row: 3, fields: [['收到日期', '2025-01-06'], ['申请人名称', '张三'], ['申请人类型', '来访群众'], ['办理结果', '公开'], ['答复日期', '2025-01-20']] },
        { row: 4, fields: [['收到日期', '2025-02-01'], ['申请人名称', '某某有限公司'], ['申请人类型', '企业'], ['办理结果', '部分公开'], ['答复日期', '2025-02-10']] },
      ],
    });
    expect(await session.rememberLedgerMapping({ kind: 'applications', mapping })).toEqual({ ok: true, saved: true });
    // Names are never kept in user data.
    expect(readFileSync(mappingsFile, 'utf8')).not.toContain('张三');

    // Next year, in another window: the same layout is counted with the mapping, no questions asked.
    const next = window();
    next.dialogs.queue(ledger('2026.csv', 2026));
    const again = await next.session.openLedger({ kind: 'applications', year: 2026 });
    expect(again.ok && [again.remembered, again.count.unknown, again.count.counted]).toEqual([true, [], 2]);
    // That window never opened 2025's ledger: row numbers only.
    expect(await next.session.ledgerRows({ source: '2025.csv', sheet: '2025', rows: [3] })).toMatchObject({ ok: false, message: expect.stringContaining('只能显示行号') });
  }, 60_000);

  it('refuses a file that is not a ledger, and says why in Chinese', async () => {
    const { session, dialogs } = window();
    const notLedger = join(dir, '名单.csv');
    writeFileSync(notLedger, '姓名,电话\n张三,123\n');
    dialogs.queue(notLedger, null);
    expect(await session.openLedger({ kind: 'applications', year: 2025 })).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('没有找到政府信息公开申请登记台账的表头') });
    expect(await session.openLedger({ kind: 'applications', year: 2025 })).toEqual({ ok: false, reason: 'canceled', message: '' });
  }, 60_000);

  it('writes the ledger template where the clerk says', async () => {
    const { session, dialogs } = window();
    const path = join(dir, '模板.xlsx');
    dialogs.queue(path);
    expect(await session.exportLedgerTemplate({ year: 2025 })).toEqual({ ok: true, fileName: '模板.xlsx' });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });

  it('checks every ledger request before a handler sees it', () => {
    expect(parseRequest('openLedger', { kind: 'applications', year: 2025 }).ok).toBe(true);
    for (const [channel, payload] of [
      ['openLedger', { kind: 'applications', year: 1999 }],
      ['openLedger', { kind: 'roster', year: 2025 }],
      ['openLedger', { kind: 'applications', year: 2025, path: '/etc/passwd' }],
      ['countLedger', { kind: 'applications', year: 2025, sheet: 'S', mapping: { values: { colour: {} } } }],
      ['ledgerRows', { source: '台账.xlsx', sheet: 'S', rows: [0] }],
      ['ledgerRows', { source: '台账.xlsx', sheet: 'S', rows: Array.from({ length: 5001 }, (_, i) => i + 1) }],
      ['exportLedgerTemplate', { year: '2025' }],
    ] as const) {
      expect(parseRequest(channel, payload).ok, `${channel} ${JSON.stringify(payload).slice(0, 60)}`).toBe(false);
    }
  });
});
