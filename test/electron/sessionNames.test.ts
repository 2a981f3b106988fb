// The app's services name files after a draft's title (issue 21, item 2): whatever the title and
// the organisation, the name a save or an export suggests is one safe name, so accepting the
// native dialog's suggestion writes a file in the folder it shows.

import { join } from 'node:path';
import { mkdirSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocumentSession, type Dialogs } from '../../electron/services/api';
import { OpenFiles } from '../../electron/services/openFiles';
import { RecentFiles } from '../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../electron/services/recovery';
import { EXPORT_KINDS, type ExportFormat } from '../../shared/ipc';
import { fixturePath, loadFixture } from '../helpers';
import { HOSTILE_NAMES, isPlainNameIn } from '../hostileNames';
import { tempDir } from './cliHarness';

/** Dialogs that accept the suggested name in `folder`, as a clerk pressing Enter in a save dialog does. */
function accepting(folder: string, suggested: string[]): Dialogs {
  const inFolder = async (name: string) => {
    suggested.push(name);
    return join(folder, name);
  };
  const none = async () => null;
  return { chooseDraftToOpen: none, choosePublishedReport: none, chooseUnitsFolder: none, chooseTrendReports: async () => [], chooseDraftToSave: inFolder, chooseExportTarget: inFolder };
}

describe('names suggested by the app’s save and export', () => {
  it.each(HOSTILE_NAMES)('title and organisation %j: every file lands in the folder with a safe name', async (name) => {
    const dir = tempDir();
    const folder = join(dir, '文档');
    const suggested: string[] = [];
    const store = new RecoveryStore(join(dir, 'recovery'));
    const session = createDocumentSession({
      dialogs: accepting(folder, suggested),
      samplePath: fixturePath('sample-2024'),
      recent: new RecentFiles(join(dir, 'recent.json')),
      recovery: { store, offers: new RecoveryOffers(store, []) },
      openFiles: new OpenFiles(),
    });
    mkdirSync(folder);
    const report = { ...loadFixture('sample-2024'), title: name, organization: name };
    expect(await session.saveDocument({ report, prior: null, saveAs: true })).toMatchObject({ ok: true });
    for (const format of ['docx', 'html', 'html-fragment'] as ExportFormat[]) {
      expect(await session.exportReport({ format, report })).toMatchObject({ ok: true });
    }
    expect(suggested).toHaveLength(4);
    const files = readdirSync(folder);
    expect(files.sort()).toEqual([...suggested].sort());
    for (const file of files) expect(isPlainNameIn(folder, join(folder, file)), file).toBe(true);
    expect(files.filter((f) => f.endsWith(EXPORT_KINDS['html-fragment'].suffix))).toHaveLength(1);
  });
});
