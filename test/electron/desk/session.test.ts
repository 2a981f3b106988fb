// The desk in a window's session: the page names only files the desk listed; progress while the
// folder is read; the roster imported (kept as 单位名册.csv) and a former name recorded by the
// office; the workbook and the PDF written where asked; 汇总 from the desk — units with problems
// only when confirmed, a township's report counted once, the unit list kept in the report.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentSession, type DocumentSession } from '../../../electron/services/api';
import { OpenFiles } from '../../../electron/services/openFiles';
import { RecentFiles } from '../../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../../electron/services/recovery';
import { ROSTER_FILE, type DeskView } from '../../../shared/desk';
import { parseDraft } from '../../../shared/draft';
import type { DeskOpened, DeskProgress, Failure } from '../../../shared/ipc';
import { cellValues } from '../../../shared/reconcile';
import { QueuedDialogs } from '../../harness/server';
import { fixturePath } from '../../helpers';
import { SPECIAL, writeCounty, type County } from '../../deskFixtures';
import { tempDir } from '../cliHarness';

let county: County;
let dir: string;
let session: DocumentSession;
let dialogs: QueuedDialogs;
const printed: string[] = [];

beforeAll(async () => {
  dir = tempDir();
  county = await writeCounty(dir);
  dialogs = new QueuedDialogs(dir);
  const store = new RecoveryStore(join(dir, '.user-data', 'recovery'));
  session = createDocumentSession({
    dialogs,
    samplePath: fixturePath('sample-2024'),
    recent: new RecentFiles(join(dir, '.user-data', 'recent.json')),
    recovery: { store, offers: new RecoveryOffers(store, []) },
    openFiles: new OpenFiles(),
    printer: { toPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.4 stand-in')), print: async () => true },
  });
}, 60_000);

const view = (r: DeskOpened | Failure): DeskView => {
  if (!r.ok) throw new Error(r.message);
  return r.view;
};

describe('the desk in a session', () => {
  it('reads the folder while the page asks how far it has got', async () => {
    dialogs.queue(county.folder);
    const reading = session.openDesk({ year: 2024 });
    const seen: DeskProgress[] = [];
    for (let p = await session.deskProgress(); p.busy || seen.length === 0; p = await session.deskProgress()) {
      seen.push(p);
      await new Promise((r) => setTimeout(r, 50));
    }
    const desk = view(await reading);
    expect(desk.roster.source).toBeNull();
    // Every draft in the tree: the 59 units with a file, the township's office and one outside the roster.
    const files = 61;
    expect(seen.some((p) => p.busy && p.total === files && p.done < files)).toBe(true);
    expect(seen.every((p) => p.done <= p.total)).toBe(true);
    expect(await session.deskProgress()).toEqual({ busy: false, done: files, total: files });
  }, 120_000);

  it('opens only a draft the desk listed', async () => {
    for (const file of ['../单位名册（政务公开办）.xlsx', join(county.folder, '示例县公安局.nianbao'), '不存在.nianbao']) {
      expect(await session.openDeskUnit({ file })).toMatchObject({ ok: false, reason: 'invalid' });
    }
    const opened = await session.openDeskUnit({ file: '示例县公安局.nianbao' });
    expect(opened).toMatchObject({ ok: true, fileName: '示例县公安局.nianbao' });
    expect(session.currentPath()).toBe(join(county.folder, '示例县公安局.nianbao'));
    await session.detachDocument();
  });

  it('imports the office’s roster and keeps it beside the drafts; a former name is recorded only when the office says so', async () => {
    dialogs.queue(county.register);
    const desk = view(await session.importRoster());
    expect(desk.roster).toEqual({ source: ROSTER_FILE, units: 60, problems: [] });
    expect(readFileSync(join(county.folder, ROSTER_FILE), 'utf8')).toContain(`${SPECIAL.renamed},部门`);
    expect(desk.rows.find((r) => r.name === SPECIAL.outside)?.expected).toBe(false);

    const taken = await session.recordFormerName({ unit: SPECIAL.missing, former: SPECIAL.renamedFrom });
    expect(taken).toMatchObject({ ok: false, message: `“${SPECIAL.renamedFrom}”已是名册中“${SPECIAL.renamed}”的名称或曾用名，不能再登记给“${SPECIAL.missing}”。` });
    const recorded = view(await session.recordFormerName({ unit: SPECIAL.missing, former: SPECIAL.outside }));
    expect(recorded.rows.find((r) => r.name === SPECIAL.missing)).toMatchObject({ missing: false, draftName: SPECIAL.outside, file: `${SPECIAL.outside}.nianbao` });
    expect(recorded.rows.some((r) => r.name === SPECIAL.outside)).toBe(false);
    expect(readFileSync(join(county.folder, ROSTER_FILE), 'utf8')).toContain(`${SPECIAL.missing},部门,`);
  }, 120_000);

  it('writes the workbook and the printed table where the office chooses', async () => {
    const xlsx = join(dir, '一览.xlsx');
    dialogs.queue(xlsx);
    expect(await session.exportDesk({ format: 'xlsx' })).toEqual({ ok: true, fileName: '一览.xlsx' });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const pdf = join(dir, '一览.pdf');
    dialogs.queue(pdf);
    expect(await session.exportDesk({ format: 'pdf' })).toEqual({ ok: true, fileName: '一览.pdf' });
    expect(printed.at(-1)).toContain('@page { size: A4 landscape;');
    dialogs.queue(join(dir, '错.nianbao'));
    expect(await session.exportDesk({ format: 'xlsx' })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('sums the units in good standing; a unit with problems only once confirmed; the township’s office once; the list kept', async () => {
    const sum = async (confirmed: string[]) => {
      const r = await session.aggregateDesk({ organization: '示例县人民政府', confirmed });
      if (!r.ok) throw new Error(r.message);
      return r;
    };
    const good = view(await session.refreshDesk()).rows.filter((r) => r.goodStanding).map((r) => r.name);
    const plain = await sum([]);
    const names = plain.report.consolidation!.units.map((u) => u.organization);
    expect(names).toEqual(good);
    expect(names).not.toContain(SPECIAL.errors);
    expect(names).toContain(SPECIAL.township);
    expect(names).not.toContain(SPECIAL.townshipOffice);
    expect(plain.report.consolidation!.left.find((l) => l.organization === SPECIAL.errors)?.reason).toBe('未确认计入：有 1 项错误。');

    const withErrors = await sum([SPECIAL.errors]);
    expect(withErrors.units).toHaveLength(good.length + 1);
    const total = (path: string) => {
      const read = parseDraft(readFileSync(path, 'utf8'));
      if (!read.ok) throw new Error(read.message);
      return cellValues(read.draft.report)['apply.R1.TOT']!;
    };
    const sumOf = withErrors.report.consolidation!.units.reduce((n, u) => n + total(join(county.folder, u.file)), 0);
    expect(cellValues(withErrors.report)['apply.R1.TOT']).toBe(sumOf);
    expect(existsSync(join(county.folder, '示例县人民政府.nianbao'))).toBe(false);
  }, 120_000);
});
