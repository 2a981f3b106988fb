// The hardened window and web contents (design §5b), with 'electron' mocked: the options given to
// BrowserWindow, navigation limited to app://nianbao/index.html, permissions denied.

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(public options: Record<string, unknown>) {}
  },
}));

const { createWindow, denyPermissions, hardenContents } = await import('../../../electron/main/window');
const { APP_URL, isAppUrl } = await import('../../../electron/main/protocol');

const APP = APP_URL;

function fakeContents() {
  const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn>; openHandler?: () => unknown };
  contents.setWindowOpenHandler = vi.fn((handler: () => unknown) => (contents.openHandler = handler));
  return contents;
}

function fire(contents: EventEmitter, name: string, ...args: unknown[]): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit(name, event, ...args);
  return event.preventDefault.mock.calls.length > 0;
}

describe('window options', () => {
  it('isolate and sandbox the page, with no Node and no webviews', () => {
    const { options } = createWindow('/app/preload.cjs') as unknown as { options: { webPreferences: unknown; show: boolean } };
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

describe('web contents', () => {
  it('deny every new window', () => {
    const contents = fakeContents();
    hardenContents(contents as never, APP);
    expect(contents.openHandler!()).toEqual({ action: 'deny' });
  });

  it('deny navigation and redirects anywhere but the app page', () => {
    const contents = fakeContents();
    hardenContents(contents as never, APP);
    expect(fire(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///opt/nianbao/resources/app.asar/dist/renderer/index.html')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://nianbao/assets/other.html')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://evil/index.html')).toBe(true);
    expect(fire(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(fire(contents, 'will-navigate', APP)).toBe(false);
    expect(fire(contents, 'will-navigate', `${APP}?reload`)).toBe(false);
  });

  it('deny webviews', () => {
    const contents = fakeContents();
    hardenContents(contents as never, APP);
    expect(fire(contents, 'will-attach-webview', {}, {})).toBe(true);
  });

  it('recognise only the app page itself', () => {
    expect(APP).toBe('app://nianbao/index.html');
    expect(isAppUrl(`${APP}#x`, APP)).toBe(true);
    expect(isAppUrl('app://nianbao/other.html', APP)).toBe(false);
    expect(isAppUrl('app://nianbao.evil/index.html', APP)).toBe(false);
    expect(isAppUrl('app://nianbao:1/index.html', APP)).toBe(false);
    expect(isAppUrl('apps://nianbao/index.html', APP)).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
  });
});

describe('permissions', () => {
  it('refuse every request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyPermissions({ setPermissionRequestHandler: (h: typeof request) => (request = h), setPermissionCheckHandler: (h: typeof check) => (check = h) } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});
