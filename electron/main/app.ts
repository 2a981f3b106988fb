// App lifecycle: one instance; one window per document (a second launch or the file association
// hands its file to this instance, which opens it in a new window — or brings forward the window
// that has it open); closing with unsaved edits asks 保存 / 不保存 / 取消; recovery copies of a
// crashed session are offered; a crashed or hung page is noticed (pageHealth).

import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session as electronSession, type Event } from 'electron';
import { basename, dirname, join } from 'node:path';
import { COMMAND_CHANNEL } from '../../shared/ipc';
import { createDocumentSession } from '../services/api';
import { fileKey } from '../services/fileIdentity';
import { LedgerMappings } from '../services/ledger/mappings';
import { loadUserLexicon, type LoadedLexicon } from '../services/lexicon';
import { OpenFiles } from '../services/openFiles';
import { UserProfile } from '../services/profile';
import { RecentFiles } from '../services/recent';
import { RecoveryOffers, RecoveryStore } from '../services/recovery';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { closeHungWindow, watchPage, type WatchedWindow } from './pageHealth';
import { electronPrinter } from './print';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, serveApp } from './protocol';
import { createWindow, denyPermissions, hardenContents } from './window';

/** A .nianbao path among command-line arguments (the file association passes it this way). */
export function draftPathFrom(argv: readonly string[]): string | null {
  return argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.nianbao')) ?? null;
}

export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // The app folder (app.asar when packaged) holds the build: dist/renderer and dist/electron.
  // The page is served as app://nianbao/ from dist/renderer alone (protocol.ts), never file://.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  const appUrl = APP_URL;
  const preload = join(app.getAppPath(), 'dist/electron/preload.cjs');
  const samplePath = app.isPackaged
    ? join(process.resourcesPath, 'sample', '示例报告.nianbao')
    : join(app.getAppPath(), 'test/fixtures/drafts/sample-2024.nianbao');
  const userData = app.getPath('userData');
  const recent = new RecentFiles(join(userData, 'recent.json'));
  const profile = new UserProfile(join(userData, 'profile.json'));
  const recoveryDir = join(userData, 'recovery');
  const ledgerMappings = new LedgerMappings(join(userData, 'ledger-mappings.json'));
  const store = new RecoveryStore(recoveryDir);
  const windows = new Map<number, WatchedWindow>();
  const openFiles = new OpenFiles();
  let offers = new RecoveryOffers(store);
  /** The office's 用语表, read once at start (issue 24): every window checks with it. */
  let lexicon: LoadedLexicon | undefined;
  const pending: string[] = [];

  function openWindow(initialPath: string | null): void {
    const window = createWindow(preload);
    hardenContents(window.webContents, appUrl);
    const entry: WatchedWindow = {
      window,
      closing: false,
      session: createDocumentSession({
        dialogs: electronDialogs(() => window, () => app.getPath('documents')),
        printer: electronPrinter(() => window),
        samplePath,
        initialPath,
        recent,
        recovery: { store, offers },
        openFiles,
        profile,
        ledgerMappings,
        lexicon,
        focusWindow: () => {
          if (window.isMinimized()) window.restore();
          window.focus();
        },
        closeWindow: () => {
          entry.closing = true;
          window.close();
        },
      }),
    };
    const id = window.webContents.id;
    windows.set(id, entry);
    window.on('close', (event) => confirmClose(event, entry));
    window.on('closed', () => {
      void entry.session.dispose();
      windows.delete(id);
    });
    watchPage(entry);
    window.once('ready-to-show', () => window.show());
    void window.loadURL(appUrl);
  }

  function confirmClose(event: Event, entry: WatchedWindow): void {
    if (entry.closing || !entry.session.isDirty()) {
      void entry.session.discardEdits();
      return;
    }
    event.preventDefault();
    if (closeHungWindow(entry)) return;
    const choice = dialog.showMessageBoxSync(entry.window, {
      type: 'warning',
      title: '年报编辑器',
      message: '是否保存对报告的修改？',
      detail: '如果不保存，这次的修改将会丢失。',
      buttons: ['保存', '不保存', '取消'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    if (choice === 0) entry.window.webContents.send(COMMAND_CHANNEL, 'saveAndClose');
    else if (choice === 1) {
      entry.closing = true;
      void entry.session.discardEdits().then(() => entry.window.close());
    }
  }

  async function refreshMenu(): Promise<void> {
    const files = (await recent.list()).map((p) => ({ name: basename(p), folder: dirname(p) }));
    const template = menuTemplate({
      recentFiles: files,
      send: (command, index) => BrowserWindow.getFocusedWindow()?.webContents.send(COMMAND_CHANNEL, command, index),
      about: () =>
        void dialog.showMessageBox({
          title: '关于年报编辑器',
          message: `年报编辑器 ${app.getVersion()}`,
          detail: '编写政府信息公开工作年度报告。\n支持 2019 年版格式（国办公开办函〔2019〕60号）和 2021 年版格式（国办公开办函〔2021〕30号）。',
        }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** One window per file: a file already open brings its window forward instead. */
  async function openOrFocus(path: string): Promise<void> {
    const owner = openFiles.ownerOf(await fileKey(path));
    if (owner) owner.focus();
    else openWindow(path);
  }

  app.on('second-instance', (_event, argv) => {
    const file = draftPathFrom(argv);
    if (file) void openOrFocus(file);
    else {
      const first = [...windows.values()][0]?.window;
      if (first?.isMinimized()) first.restore();
      first?.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openOrFocus(path);
    else pending.push(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl));
  app.on('browser-window-focus', () => void refreshMenu());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    denyPermissions(electronSession.defaultSession);
    protocol.handle(APP_SCHEME, serveApp(join(app.getAppPath(), 'dist/renderer')));
    offers = new RecoveryOffers(store, await store.leftOver());
    lexicon = await loadUserLexicon(userData);
    registerIpc(ipcMain, { appUrl, sessionFor: (event) => windows.get(event.sender.id)?.session });
    await refreshMenu();
    const first = pending.shift() ?? draftPathFrom(process.argv);
    openWindow(first);
    for (const path of pending.splice(0)) openWindow(path);
  });
}
