// The app's own scheme, app://nianbao/: the page and its assets are served from dist/renderer
// and from nowhere else, with the CSP sent as a header too. Under file:// the CSP's 'self' meant
// every local file (a page with this CSP loaded a script from another folder); here it means
// only what this handler serves.

import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The same policy as the <meta> in renderer/index.html (test/electron/main/protocol.test.ts holds
 * them together), plus frame-ancestors, which only a header can carry.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Registered before the app is ready: a standard, secure origin of its own (never bypassing CSP). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

/** Only the app page itself (same scheme, host and path; a query or fragment does not matter). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const app = new URL(appUrl);
    return u.protocol === app.protocol && u.host === app.host && u.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** What the build puts in dist/renderer; any other kind of file is not served. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The file under `root` an app:// URL names, or null: another host, traversal, dot files, odd kinds. */
export function appFilePath(url: string, root: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (/[\0\\:]/.test(pathname)) return null;
  const segments = (pathname === '/' ? '/index.html' : pathname).split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s.startsWith('.'))) return null;
  const file = join(root, ...segments);
  const inside = relative(root, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return null;
  return extname(file).toLowerCase() in CONTENT_TYPES ? file : null;
}

const refused = (status: number) => new Response(null, { status, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });

/** The protocol.handle handler: files under `root` (dist/renderer), read-only, with the CSP. */
export function serveApp(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405);
    const file = appFilePath(request.url, root);
    if (!file) return refused(404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refused(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()],
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
