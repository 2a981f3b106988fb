// App lifecycle with 'electron' mocked (never imported for real in a test): one instance, one
// window per document, IPC wired to the real document session, the unsaved-changes prompt, and
// a crashed or hung page (its recovery copy kept and offered, never deleted by closing).

import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturePath, freshFixturePath, loadFixture } from '../../helpers';

const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- vi.hoisted runs before imports
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  const state = {
    lock: true,
    windows: [] as FakeWindow[],
    handlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
    menu: null as unknown,
    privileged: [] as unknown[],
    protocols: new Map<string, (request: Request) => Promise<Response>>(),
    messageBoxChoice: 0,
    userData: '',
  };
  class FakeContents extends Emitter {
    static next = 1;
    id = FakeContents.next++;
    mainFrame = { url: '' };
    sent: unknown[][] = [];
    reloads = 0;
    crashed = false;
    setWindowOpenHandler() {}
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    isCrashed() {
      return this.crashed;
    }
    forcefullyCrashRenderer() {
      this.crashed = true;
      this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    }
    reload() {
      this.crashed = false;
      this.reloads++;
    }
  }
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    closed = false;
    focused = 0;
    constructor(public options: Record<string, unknown>) {
      super();
      state.windows.push(this);
    }
    loadURL(url: string) {
      this.webContents.mainFrame.url = url;
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
    destroy() {
      this.closed = true;
      this.emit('closed');
    }
    isDestroyed() {
      return this.closed;
    }
    show() {}
    restore() {}
    focus() {
      this.focused++;
    }
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
  dialog: {
    showMessageBoxSync: () => fake.state.messageBoxChoice,
    showMessageBox: vi.fn(async () => ({ response: fake.state.messageBoxChoice })),
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
  },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.state.privileged.push(...schemes),
    handle: (scheme: string, handler: never) => fake.state.protocols.set(scheme, handler),
  },
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
  fake.state.privileged.length = 0;
  fake.state.protocols.clear();
  fake.state.menu = null;
  fake.app.removeAllListeners();
  fake.state.userData = mkdtempSync(join(tmpdir(), 'nianbao-main-'));
  process.argv = argv;
  const { startApp } = await import('../../../electron/main/app');
  startApp();
  // Until the first window is there (the app reads its recovery copies first), or it quit.
  await until(() => fake.state.windows.length > 0 || fake.app.quit.mock.calls.length > 0);
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
    expect(window.webContents.mainFrame.url).toBe('app://nianbao/index.html');
    expect(fake.state.handlers.size).toBeGreaterThanOrEqual(13);
    expect(fake.state.menu).toBeInstanceOf(Array);
  });

  it('serves the page from dist/renderer over its own privileged scheme, with the CSP header', async () => {
    await start();
    expect(fake.state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
    const serve = fake.state.protocols.get('app')!;
    const page = await serve(new Request('app://nianbao/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(join(process.cwd(), 'dist/renderer/index.html'), 'utf8'));
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await serve(new Request('app://nianbao/../package.json'))).status).toBe(404);
  });

  it('opens a draft given on the command line in the first window', async () => {
    await start(['nianbao', fixturePath('tianshui-2020')]);
    const result = (await fake.state.handlers.get('document:initial')!(trusted(fake.state.windows[0]))) as { ok: boolean; fileName: string };
    expect(result).toMatchObject({ ok: true, fileName: 'tianshui-2020.nianbao' });
  });

  it('opens the file of a second launch in a new window of this instance', async () => {
    await start();
    fake.app.emit('second-instance', {}, ['nianbao', '--flag', fixturePath('hongqiao-2020')]);
    await until(() => fake.state.windows.length === 2);
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
    await vi.waitFor(() => expect(window.closed).toBe(true));
  });

  it('brings forward the window that has a file open instead of opening it twice', async () => {
    // A copy of its own: the windows of the tests before still hold theirs (and its draft lock).
    const draft = freshFixturePath('tianshui-2020');
    await start(['nianbao', draft]);
    const [first] = fake.state.windows;
    await fake.state.handlers.get('document:initial')!(trusted(first));
    // The file association hands the same file over again (spelled another way).
    fake.app.emit('second-instance', {}, ['nianbao', draft.replace('/drafts/', '/drafts/../drafts/')]);
    fake.app.emit('open-file', { preventDefault() {} }, draft);
    await until(() => first.focused === 2);
    expect(fake.state.windows).toHaveLength(1);
    expect(first.focused).toBe(2);
    // Once that window is closed, the file opens in a new one.
    first.close();
    fake.app.emit('second-instance', {}, ['nianbao', draft]);
    await until(() => fake.state.windows.length === 2);
    expect(fake.state.windows).toHaveLength(2);
  });

  it('keeps the recovery copy of a crashed page: offered after the reload, and closing never deletes it', async () => {
    await start();
    const [window] = fake.state.windows;
    const report = loadFixture('hongqiao-2020');
    await fake.state.handlers.get('recovery:autosave')!(trusted(window), { report });
    await fake.state.handlers.get('window:document-state')!(trusted(window), { dirty: true });
    const recovery = join(fake.state.userData, 'recovery');
    const copies = () => readdirSync(recovery).filter((f) => f.endsWith('.nianbao'));
    expect(copies()).toHaveLength(1);

    fake.state.messageBoxChoice = 0; // 重新加载
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await until(() => window.webContents.reloads > 0);
    expect(window.webContents.reloads).toBe(1);
    const { offers } = (await fake.state.handlers.get('recovery:offers')!(trusted(window))) as { offers: { id: string; title: string }[] };
    expect(offers.map((o) => o.title)).toEqual(['天津市红桥区人民政府2020年政府信息公开工作年度报告']);

    // The reloaded page has nothing unsaved: the window closes without asking, the copy stays.
    window.close();
    expect(window.closed).toBe(true);
    await settle();
    expect(copies()).toHaveLength(1);
  });

  it('closing a hung window keeps its recovery copy (no 不保存 that deletes it)', async () => {
    await start();
    const [window] = fake.state.windows;
    await fake.state.handlers.get('recovery:autosave')!(trusted(window), { report: loadFixture('tianshui-2020') });
    await fake.state.handlers.get('window:document-state')!(trusted(window), { dirty: true });
    fake.state.messageBoxChoice = 0; // 继续等待 (the async question), then 关闭窗口 (on close)
    window.emit('unresponsive');
    await settle();
    window.close();
    await until(() => window.closed);
    expect(window.closed).toBe(true);
    const recovery = join(fake.state.userData, 'recovery');
    expect(readdirSync(recovery).filter((f) => f.endsWith('.nianbao'))).toHaveLength(1);
  });

  it('reloads a hung page on request, its copy then on offer', async () => {
    await start();
    const [window] = fake.state.windows;
    await fake.state.handlers.get('recovery:autosave')!(trusted(window), { report: loadFixture('tianshui-2020') });
    fake.state.messageBoxChoice = 1; // 重新加载
    window.emit('unresponsive');
    await until(() => window.webContents.reloads > 0);
    expect(window.webContents.reloads).toBe(1);
    const { offers } = (await fake.state.handlers.get('recovery:offers')!(trusted(window))) as { offers: unknown[] };
    expect(offers).toHaveLength(1);
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
