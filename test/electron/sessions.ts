// An app's worth of document sessions without Electron, for services tests: windows sharing the
// registry of open files, the recovery offers and the recent files, each with its own queue of
// dialog answers, counting the times it was brought to the front.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentSession, type DocumentSession } from '../../electron/services/api';
import { OpenFiles } from '../../electron/services/openFiles';
import { RecentFiles } from '../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../electron/services/recovery';
import { QueuedDialogs } from '../harness/server';
import { fixturePath } from '../helpers';

export interface TestWindow {
  session: DocumentSession;
  dialogs: QueuedDialogs;
  focused: number;
}

export interface TestApp {
  openFiles: OpenFiles;
  store: RecoveryStore;
  offers: RecoveryOffers;
  userData: string;
  workDir: string;
  window(initialPath?: string): TestWindow;
}

/** A fresh app; with `userData` of an earlier one, it finds that one's left-over copies. */
export async function testApp(userData = mkdtempSync(join(tmpdir(), 'nianbao-userdata-'))): Promise<TestApp> {
  const workDir = mkdtempSync(join(tmpdir(), 'nianbao-work-'));
  const store = new RecoveryStore(join(userData, 'recovery'));
  const offers = new RecoveryOffers(store, await store.leftOver());
  const openFiles = new OpenFiles();
  const recent = new RecentFiles(join(userData, 'recent.json'));
  return {
    openFiles,
    store,
    offers,
    userData,
    workDir,
    window(initialPath) {
      const dialogs = new QueuedDialogs(workDir);
      const window: TestWindow = {
        dialogs,
        focused: 0,
        session: createDocumentSession({
          dialogs,
          samplePath: fixturePath('sample-2024'),
          initialPath,
          recent,
          recovery: { store, offers },
          openFiles,
          focusWindow: () => window.focused++,
        }),
      };
      return window;
    },
  };
}
