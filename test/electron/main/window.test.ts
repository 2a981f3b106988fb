// The hardened window and web contents (design §5b), with no Electron at all: the code under
// test only takes objects shaped like Electron's.

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, hardenContents, isAppUrl, windowOptions } from '../../../electron/main/window';

const APP = 'file:///opt/nianbao/resources/app.asar/dist/renderer/index.html';

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
    const { webPreferences } = windowOptions('/app/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
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
    expect(fire(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(fire(contents, 'will-navigate', APP)).toBe(false);
  });

  it('deny webviews', () => {
    const contents = fakeContents();
    hardenContents(contents as never, APP);
    expect(fire(contents, 'will-attach-webview', {}, {})).toBe(true);
  });

  it('recognise only the app page itself', () => {
    expect(isAppUrl(`${APP}#x`, APP)).toBe(true);
    expect(isAppUrl('file:///opt/nianbao/resources/app.asar/dist/renderer/other.html', APP)).toBe(false);
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
