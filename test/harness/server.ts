// The loopback harness: serves the built renderer and binds window.api to the real
// electron/services handlers over HTTP on 127.0.0.1 — for `npm run web` and the end-to-end
// tests. Each page is a window with its own document session, as in the app; all share the
// recent files, the recovery offers and the registry of open files. Test and development code
// only: never part of the packaged app.

import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { writeReason } from '../../electron/services/atomicWrite';
import { isSafeFileName, safeFileName } from '../../shared/files/fileName';
import { createDocumentSession, type Dialogs, type DocumentSession, type Printer } from '../../electron/services/api';
import { LedgerMappings } from '../../electron/services/ledger/mappings';
import { loadUserLexicon } from '../../electron/services/lexicon';
import { OpenFiles } from '../../electron/services/openFiles';
import { UserProfile } from '../../electron/services/profile';
import { RecentFiles } from '../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../electron/services/recovery';
import { CHANNELS, isChannel, parseRequest } from '../../shared/ipc';
import type { ExportTarget } from '../../shared/ipc';
import { within } from './uploads';
import type { WebMode } from './webMode';

export interface HarnessOptions {
  rendererDir: string;
  samplePath: string;
  /** Where saves and exports go when no answer is queued (see QueuedDialogs). */
  workDir: string;
  /** The app's user-data folder: recent files and recovery copies (default: inside workDir). */
  userDataDir?: string;
  port?: number;
  initialPath?: string | null;
  /** `npm run web`: file choosers through the browser's picker, downloads (webMode.ts). */
  web?: WebMode;
  /** PDF and 打印 (see printer.ts); without it the page is told it cannot print. */
  printer?: Printer;
}

export interface Harness {
  url: string;
  dialogs: QueuedDialogs;
  /** The windows (pages, by id) asked to come to the front, in order: one window per file. */
  focused: string[];
  /** The windows (pages, by id) open now. */
  open: ReadonlySet<string>;
  close(): Promise<void>;
}

/**
 * Stand-in for native file dialogs: each question takes the next queued answer (a path, or null
 * for "cancel"). With none queued, opening is canceled and saving goes to a new file in workDir.
 */
export class QueuedDialogs implements Dialogs {
  private answers: (string | null)[] = [];
  constructor(private workDir: string) {}
  queue(...answers: (string | null)[]): void {
    this.answers.push(...answers);
  }
  async chooseDraftToOpen(): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : null;
  }
  async chooseDraftToSave(suggestedName: string): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : this.freshPath(suggestedName);
  }
  async choosePublishedReport(): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : null;
  }
  /** One queued answer: the files separated by newlines. */
  async chooseTrendReports(): Promise<string[]> {
    const answer = this.answers.length > 0 ? this.answers.shift()! : null;
    return answer ? answer.split('\n') : [];
  }
  async chooseUnitsFolder(): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : null;
  }
  async chooseRoster(): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : null;
  }
  async choosePriorFolder(): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : null;
  }
  async chooseDeskExportTarget(suggestedName: string): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : this.freshPath(suggestedName);
  }
  async chooseLedger(): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : null;
  }
  async chooseLedgerTemplateTarget(suggestedName: string): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : this.freshPath(suggestedName);
  }
  async chooseExportTarget(suggestedName: string, _format: ExportTarget): Promise<string | null> {
    return this.answers.length > 0 ? this.answers.shift()! : this.freshPath(suggestedName);
  }
  /** A new file directly in workDir: whatever name the session suggests, made a safe one. */
  private freshPath(suggested: string): string {
    const name = isSafeFileName(suggested) ? suggested : safeFileName(suggested, '');
    const dot = name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : name.length;
    for (let n = 1; ; n++) {
      const candidate = join(this.workDir, n === 1 ? name : safeFileName(`${name.slice(0, dot)}（${n}）`, name.slice(dot)));
      if (!existsSync(candidate)) return candidate;
    }
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * window.api for the page: one function per channel, each a POST to this server naming the page's
 * window (kept across reloads, as an Electron window is). No menu here, but tests can send what
 * the menu would through window.menuCommand(command). The open event stream is the window's
 * life: when the page goes, its session lets go of its file.
 */
const API_SCRIPT = `(() => {
const id = sessionStorage.getItem('nianbao-window') ?? crypto.randomUUID();
sessionStorage.setItem('nianbao-window', id);
new EventSource('/__harness/window?id=' + id);
window.api = Object.freeze({${Object.keys(CHANNELS)
  .map((c) => `${c}: (request) => fetch('/api/${c}', { method: 'POST', headers: { 'content-type': 'application/json', 'x-nianbao-window': id }, body: JSON.stringify({ request }) }).then((r) => r.json())`)
  .join(',\n')},
onCommand: (listener) => { window.menuCommand = listener; return () => { window.menuCommand = undefined; }; }});
})();`;
const WINDOW_ID = /^[\w-]{1,64}$/;

/** Web mode's script (wrapping window.api, so after api.js) and its bar's style. */
const WEB_SCRIPTS = '\n<script src="/__harness/web/page.js"></script>\n<link rel="stylesheet" href="/__harness/web/page.css">';

const MAX_BODY = 16 * 1024 * 1024;

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const dialogs = options.web?.dialogs ?? new QueuedDialogs(options.workDir);
  const userData = options.userDataDir ?? join(options.workDir, '.user-data');
  const recoveryDir = join(userData, 'recovery');
  const store = new RecoveryStore(recoveryDir);
  const offers = new RecoveryOffers(store, await store.leftOver());
  const recent = new RecentFiles(join(userData, 'recent.json'));
  // The office's 用语表, read once at start as the app does (issue 24).
  const lexicon = await loadUserLexicon(userData);
  const openFiles = new OpenFiles();
  const profile = new UserProfile(join(userData, 'profile.json'));
  const ledgerMappings = new LedgerMappings(join(userData, 'ledger-mappings.json'));
  const sessions = new Map<string, DocumentSession>();
  const focused: string[] = [];
  const open = new Set<string>();
  const sessionOf = (id: string): DocumentSession => {
    let session = sessions.get(id);
    if (!session) {
      session = createDocumentSession({
        dialogs,
        samplePath: options.samplePath,
        initialPath: options.initialPath,
        printer: options.printer,
        recent,
        recovery: { store, offers },
        openFiles,
        profile,
        ledgerMappings,
        lexicon,
        focusWindow: () => focused.push(id),
      });
      sessions.set(id, session);
    }
    return session;
  };
  const root = resolve(options.rendererDir);
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, 'text/plain; charset=utf-8', `出错了：${writeReason(e)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Loopback only, and only our own page may call the API (no other site can drive it).
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain; charset=utf-8', '主机名不对');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST' || (req.headers.origin && req.headers.origin !== origin)) return send(res, 403, 'text/plain; charset=utf-8', '不允许的请求');
      const channel = url.pathname.slice('/api/'.length);
      if (!isChannel(channel)) return send(res, 404, 'text/plain; charset=utf-8', '没有这个接口');
      let body: { request?: unknown };
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, 'text/plain; charset=utf-8', '请求格式有误');
      }
      const windowId = String(req.headers['x-nianbao-window']);
      if (!WINDOW_ID.test(windowId)) return send(res, 400, 'text/plain; charset=utf-8', '请求没有窗口标识');
      const parsed = parseRequest(channel, body.request);
      if (!parsed.ok) return sendJson(res, 400, { ok: false, reason: 'invalid', message: parsed.message });
      const session = sessionOf(windowId);
      const handler = session[channel] as (request: unknown) => Promise<unknown>;
      return sendJson(res, 200, await handler.call(session, parsed.value));
    }
    if (url.pathname === '/__harness/api.js') return send(res, 200, TYPES['.js'], API_SCRIPT);
    if (url.pathname === '/__harness/window') {
      const id = url.searchParams.get('id') ?? '';
      if (!WINDOW_ID.test(id)) return send(res, 400, 'text/plain; charset=utf-8', '请求没有窗口标识');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': open\n\n');
      open.add(id);
      // The page closed (or reloads): its file is free for other windows; its recovery copy stays.
      req.on('close', () => {
        // Gone once its file — and its draft lock — are free: the next page may open that file.
        void (sessions.get(id)?.dispose() ?? Promise.resolve()).finally(() => open.delete(id));
      });
      return;
    }
    if (options.web && (await options.web.handle(req, res, url))) return;
    const file = await staticFile(root, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', '没有这个文件');
    let content: string | Buffer = await readFile(file);
    if (file.endsWith('index.html')) {
      // The preload's role, played by a same-origin script (allowed by the page's CSP).
      const scripts = options.web ? WEB_SCRIPTS : '';
      content = content.toString('utf8').replace('<head>', `<head>\n<script src="/__harness/api.js"></script>${scripts}`);
    }
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content);
  }

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    dialogs,
    focused,
    open,
    close: async () => {
      // Windows still open let go of their files (and their draft locks), as the app's do on quit.
      await Promise.all([...sessions.values()].map((session) => session.dispose()));
      return new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new Error('请求过大'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * A built file for a request's path: the path decoded once, an encoded separator ("%2f", "%5c")
 * refused, no dot files, and the file's real path — links resolved — inside the build folder's
 * (a sibling "renderer-old" is not inside "renderer"). Null when there is no such file.
 */
async function staticFile(root: string, pathname: string): Promise<string | null> {
  if (/%(2f|5c|00)/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((s) => s !== '');
  if (decoded.includes('\\') || segments.some((s) => s.startsWith('.'))) return null;
  const real = await realpath(join(root, ...(segments.length === 0 ? ['index.html'] : segments))).catch(() => null);
  const realRoot = await realpath(root).catch(() => null);
  if (!real || !realRoot || !within(realRoot, real) || real === realRoot) return null;
  return (await stat(real)).isFile() ? real : null;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
