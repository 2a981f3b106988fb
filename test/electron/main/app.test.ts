// App lifecycle with 'electron' mocked (never imported for real in a test): one instance, a
// window per document, IPC wired to the real document session, the unsaved-changes prompt.

import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturePath } from '../../helpers';

const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- vi.hoisted runs before imports
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  const state = {
    lock: true,
    windows: [] as FakeWindow[],
    handlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
    menu: null as unknown,
    messageBoxChoice: 0,
    userData: '',
  };
  class FakeContents extends Emitter {
    static next = 1;
    id = FakeContents.next++;
    mainFrame = { url: '' };
    sent: unknown[][] = [];
    setWindowOpenHandler() {}
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    closed = false;
    constructor(public options: Record<string, unknown>) {
      super();
      state.windows.push(this);
    }
    loadFile(path: string) {
      this.webContents.mainFrame.url = `file://${path}`;
      return Promise.resolve();
    }
    close() {
      const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.closed = true;
        this.emit('closed');
      }
    }
    show() {}
    focus() {}
    isMinimized() {
      return false;
    }
    static getFocusedWindow() {
      return state.windows[0];
    }
  }
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: () => state.lock,
    quit: vi.fn(),
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    isPackaged: false,
    getAppPath: () => process.cwd(),
    getPath: (name: string) => (name === 'userData' ? state.userData : '/tmp'),
    getVersion: () => '0.1.0',
  });
  return { state, FakeWindow, app };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  ipcMain: { handle: (channel: string, fn: never) => fake.state.handlers.set(channel, fn) },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.state.menu = m) },
  dialog: { showMessageBoxSync: () => fake.state.messageBoxChoice, showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
}));

const settle = () => new Promise((r) => setTimeout(r, 20));
/** Waits for what the app does after a promise chain, however loaded the machine is (≤ 5 s). */
async function until(condition: () => boolean): Promise<void> {
  const end = Date.now() + 5000;
  while (!condition() && Date.now() < end) await settle();
}
const trusted = (w: InstanceType<typeof fake.FakeWindow>) => ({ sender: w.webContents, senderFrame: w.webContents.mainFrame });

async function start(argv: string[] = ['nianbao']) {
  vi.resetModules();
  fake.state.windows.length = 0;
  fake.state.handlers.clear();
  fake.app.removeAllListeners();
  fake.state.userData = mkdtempSync(join(tmpdir(), 'nianbao-main-'));
  process.argv = argv;
  const { startApp } = await import('../../../electron/main/app');
  startApp();
  await until(() => fake.state.windows.length > 0 || fake.app.quit.mock.calls.length > 0);
  await settle();
}

beforeEach(() => {
  fake.state.lock = true;
  fake.app.quit.mockClear();
});

describe('main process', () => {
  it('quits at once when another instance holds the lock', async () => {
    fake.state.lock = false;
    await start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('opens one hardened window on our page, with every channel and the menu wired', async () => {
    await start();
    expect(fake.state.windows).toHaveLength(1);
    const [window] = fake.state.windows;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window.webContents.mainFrame.url).toMatch(/dist\/renderer\/index\.html$/);
    expect(fake.state.handlers.size).toBeGreaterThanOrEqual(13);
    expect(fake.state.menu).toBeInstanceOf(Array);
  });

  it('opens a draft given on the command line in the first window', async () => {
    await start(['nianbao', fixturePath('tianshui-2020')]);
    const result = (await fake.state.handlers.get('document:initial')!(trusted(fake.state.windows[0]))) as { ok: boolean; fileName: string };
    expect(result).toMatchObject({ ok: true, fileName: 'tianshui-2020.nianbao' });
  });

  it('opens the file of a second launch in a new window of this instance', async () => {
    await start();
    fake.app.emit('second-instance', {}, ['nianbao', '--flag', fixturePath('hongqiao-2020')]);
    expect(fake.state.windows).toHaveLength(2);
    const result = (await fake.state.handlers.get('document:initial')!(trusted(fake.state.windows[1]))) as { fileName: string };
    expect(result.fileName).toBe('hongqiao-2020.nianbao');
    fake.app.emit('second-instance', {}, ['nianbao']);
    expect(fake.state.windows).toHaveLength(2);
  });

  it('asks before closing with unsaved changes: 取消 keeps the window, 保存 asks the page to save, 不保存 closes', async () => {
    await start();
    const [window] = fake.state.windows;
    await fake.state.handlers.get('window:document-state')!(trusted(window), { dirty: true });
    fake.state.messageBoxChoice = 2;
    window.close();
    expect(window.closed).toBe(false);
    fake.state.messageBoxChoice = 0;
    window.close();
    expect(window.closed).toBe(false);
    expect(window.webContents.sent).toContainEqual(['menu:command', 'saveAndClose']);
    fake.state.messageBoxChoice = 1;
    window.close();
    await until(() => window.closed);
    expect(window.closed).toBe(true);
  });

  it('closes without asking when nothing is unsaved', async () => {
    await start();
    const [window] = fake.state.windows;
    window.close();
    expect(window.closed).toBe(true);
  });

  it('refuses IPC from a window that is not ours', async () => {
    await start();
    const stranger = new EventEmitter() as EventEmitter & { id: number; mainFrame: { url: string } };
    Object.assign(stranger, { id: 999, mainFrame: { url: 'https://example.com/' } });
    await expect(fake.state.handlers.get('document:sample')!({ sender: stranger, senderFrame: stranger.mainFrame })).rejects.toThrow(/refused/);
  });
});
