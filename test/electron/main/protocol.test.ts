// app://nianbao/ serves dist/renderer and nothing else (issue 12: under file:// the CSP's 'self'
// let a page load a script from another folder). No Electron needed: the handler takes a Request.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_URL, CONTENT_SECURITY_POLICY, appFilePath, serveApp } from '../../../electron/main/protocol';

/** dist/renderer with a page and an asset, beside files that must never be served. */
function tree() {
  const top = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  const root = join(top, 'dist', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><title>年报编辑器</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'notes.txt'), 'not an asset');
  writeFileSync(join(top, 'dist', 'evil.js'), 'alert(1)');
  writeFileSync(join(top, 'secret.json'), '{}');
  writeFileSync(join(root, 'manifest.json'), '{}');
  return { top, root, serve: serveApp(root) };
}

const get = (serve: (r: Request) => Promise<Response>, url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app://nianbao/', () => {
  it('serves the page and its assets with their type, the CSP as a header, and nosniff', async () => {
    const { serve } = tree();
    const page = await get(serve, APP_URL);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!DOCTYPE html><title>年报编辑器</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get(serve, 'app://nianbao/assets/index-abc.js?v=1#x');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get(serve, 'app://nianbao/')).status).toBe(200); // the root is the page
  });

  it.each([
    'app://nianbao/../evil.js',
    'app://nianbao/%2e%2e/evil.js',
    'app://nianbao/assets/..%2F..%2Fevil.js',
    'app://nianbao/..%2f..%2f..%2fsecret.json',
    'app://nianbao/..%5C..%5Cevil.js',
    'app://nianbao/assets%5C..%5C..%5Cevil.js',
    'app://nianbao/%00index.html',
    'app://nianbao/C:/Windows/win.ini',
    'app://nianbao/.env',
    'app://nianbao/notes.txt',
    'app://nianbao/manifest.json',
    'app://nianbao/assets',
    'app://nianbao/missing.js',
    'app://other/index.html',
    'app://nianbao:8080/index.html',
    'app://nianbao.evil/index.html',
    'file:///etc/passwd',
    'https://nianbao/index.html',
  ])('refuses %s', async (url) => {
    const { serve } = tree();
    const response = await get(serve, url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('never resolves a path outside the root, whatever the URL', () => {
    const { root } = tree();
    for (const url of ['app://nianbao/../../x.js', 'app://nianbao/a/../../../x.js', 'app://nianbao/%2e%2e%2f%2e%2e%2fx.js']) {
      const file = appFilePath(url, root);
      expect(file === null || file.startsWith(`${root}/`)).toBe(true);
    }
  });

  it('is read-only', async () => {
    const { serve } = tree();
    expect((await get(serve, APP_URL, 'POST')).status).toBe(405);
    expect((await get(serve, APP_URL, 'PUT')).status).toBe(405);
    const head = await get(serve, APP_URL, 'HEAD');
    expect(head.status).toBe(200);
  });

  it('is a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } });
  });

  it('sends the policy of the page’s <meta>, plus frame-ancestors (which only a header can carry)', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(readFileSync('renderer/index.html', 'utf8'))![1];
    expect(CONTENT_SECURITY_POLICY).toBe(`${meta}; frame-ancestors 'none'`);
    expect(meta).not.toMatch(/unsafe-|\*|https?:|file:|data:[^;]*script/);
  });
});
