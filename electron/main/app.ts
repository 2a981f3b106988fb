// App lifecycle: one instance; a window per document (a second launch or the file association
// hands its file to this instance, which opens it in a new window); closing with unsaved edits
// asks 保存 / 不保存 / 取消; recovery copies of a crashed session are offered at the start.

import { BrowserWindow, Menu, app, dialog, ipcMain, session as electronSession, type Event } from 'electron';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMAND_CHANNEL } from '../../shared/ipc';
import { createDocumentSession, type DocumentSession } from '../services/api';
import { RecentFiles } from '../services/recent';
import { RecoveryOffers, RecoveryStore } from '../services/recovery';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronPrinter } from './print';
import { denyPermissions, hardenContents, windowOptions } from './window';

interface OpenWindow {
  window: BrowserWindow;
  session: DocumentSession;
  /** Set once the clerk has decided (saved, or chose 不保存): the next close goes through. */
  closing: boolean;
}

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
  const rendererIndex = join(app.getAppPath(), 'dist/renderer/index.html');
  const appUrl = pathToFileURL(rendererIndex).href;
  const preload = join(app.getAppPath(), 'dist/electron/preload.cjs');
  const samplePath = app.isPackaged
    ? join(process.resourcesPath, 'sample', '示例报告.nianbao')
    : join(app.getAppPath(), 'test/fixtures/drafts/sample-2024.nianbao');
  const userData = app.getPath('userData');
  const recent = new RecentFiles(join(userData, 'recent.json'));
  const recoveryDir = join(userData, 'recovery');
  const store = new RecoveryStore(recoveryDir);
  const windows = new Map<number, OpenWindow>();
  let offers = new RecoveryOffers([]);
  const pending: string[] = [];

  function openWindow(initialPath: string | null): void {
    const window = new BrowserWindow(windowOptions(preload));
    hardenContents(window.webContents, appUrl);
    const entry: OpenWindow = {
      window,
      closing: false,
      session: createDocumentSession({
        dialogs: electronDialogs(() => window, () => app.getPath('documents')),
        printer: electronPrinter(() => window),
        samplePath,
        initialPath,
        recent,
        recovery: { slot: store.slot(), offers, dir: recoveryDir },
        closeWindow: () => {
          entry.closing = true;
          window.close();
        },
      }),
    };
    const id = window.webContents.id;
    windows.set(id, entry);
    window.on('close', (event) => confirmClose(event, entry));
    window.on('closed', () => windows.delete(id));
    window.once('ready-to-show', () => window.show());
    void window.loadFile(rendererIndex);
  }

  function confirmClose(event: Event, entry: OpenWindow): void {
    if (entry.closing || !entry.session.isDirty()) {
      void entry.session.discardEdits();
      return;
    }
    event.preventDefault();
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

  app.on('second-instance', (_event, argv) => {
    const file = draftPathFrom(argv);
    if (file) openWindow(file);
    else {
      const first = [...windows.values()][0]?.window;
      if (first?.isMinimized()) first.restore();
      first?.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) openWindow(path);
    else pending.push(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl));
  app.on('browser-window-focus', () => void refreshMenu());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    denyPermissions(electronSession.defaultSession);
    offers = new RecoveryOffers(await store.leftOver());
    registerIpc(ipcMain, { appUrl, sessionFor: (event) => windows.get(event.sender.id)?.session });
    await refreshMenu();
    const first = pending.shift() ?? draftPathFrom(process.argv);
    openWindow(first);
    for (const path of pending.splice(0)) openWindow(path);
  });
}
