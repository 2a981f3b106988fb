// `npm run web` only: the browser's own file picker stands in for the desktop's native dialogs.
// The page (webPage.ts, wrapping window.api) uploads what the user picked; the files are kept
// in the run's folder and the session's next file question is answered with their path. Saves
// and exports land in the same folder, which the page names, and can be downloaded from there.

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { transform } from 'esbuild';
import { QueuedDialogs } from './server';

/** What the page asks the user for: a draft (打开, 以上年度), a published report, a folder (汇总). */
export type PickKind = 'draft' | 'published' | 'units';
const KINDS: readonly PickKind[] = ['draft', 'published', 'units'];

/** Queued answers first (tests), then what the page uploaded; remembers every file it names. */
export class BrowserDialogs extends QueuedDialogs {
  private picks = new Map<PickKind, string>();
  /** The latest path given out under each file name: what the page may download. */
  readonly named = new Map<string, string>();

  pick(kind: PickKind, path: string): void {
    this.picks.set(kind, path);
  }
  override async chooseDraftToOpen() {
    return this.remember((await super.chooseDraftToOpen()) ?? this.take('draft'));
  }
  override async choosePublishedReport() {
    return (await super.choosePublishedReport()) ?? this.take('published');
  }
  override async chooseUnitsFolder() {
    return (await super.chooseUnitsFolder()) ?? this.take('units');
  }
  override async chooseDraftToSave(suggestedName: string) {
    return this.remember(await super.chooseDraftToSave(suggestedName));
  }
  override async chooseExportTarget(...args: Parameters<QueuedDialogs['chooseExportTarget']>) {
    return this.remember(await super.chooseExportTarget(...args));
  }
  private take(kind: PickKind): string | null {
    const path = this.picks.get(kind) ?? null;
    this.picks.delete(kind);
    return path;
  }
  private remember(path: string | null): string | null {
    if (path) this.named.set(path.slice(path.lastIndexOf(sep) + 1), path);
    return path;
  }
}

export interface WebMode {
  folder: string;
  dialogs: BrowserDialogs;
  /** Serves /__harness/web/…; false for any other request. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
}

const MAX_FILE = 64 * 1024 * 1024;
const PICK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Web mode for a run whose files live in `folder` (uploads in its subfolder 上传). */
export async function createWebMode(folder: string): Promise<WebMode> {
  const dialogs = new BrowserDialogs(folder);
  const source = readFileSync(join(import.meta.dirname, 'webPage.ts'), 'utf8');
  const script = (await transform(source, { loader: 'ts', format: 'iife', target: 'chrome120', define: { WEB_FOLDER: JSON.stringify(folder) } })).code;
  const style = readFileSync(join(import.meta.dirname, 'webPage.css'));
  const picks = new Map<string, string>();

  async function upload(req: IncomingMessage, url: URL): Promise<[number, string]> {
    const pick = url.searchParams.get('pick') ?? '';
    const path = relativePath(url.searchParams.get('path') ?? '');
    if (!PICK_ID.test(pick) || !path) return [400, '文件名无效'];
    if (!picks.has(pick)) picks.set(pick, join(folder, '上传', String(picks.size + 1)));
    const body = await readLimited(req, MAX_FILE);
    if (!body) return [413, `文件超过 ${MAX_FILE / 1024 / 1024} MB`];
    const target = join(picks.get(pick)!, path);
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, body, { flag: 'wx' });
    return [200, 'ok'];
  }

  async function choose(req: IncomingMessage): Promise<[number, string]> {
    const body = await readLimited(req, 64 * 1024);
    let request: { pick?: unknown; kind?: unknown; path?: unknown };
    try {
      request = JSON.parse(body?.toString('utf8') ?? '');
    } catch {
      return [400, 'bad json'];
    }
    const { pick, kind, path } = request;
    const relative = typeof path === 'string' ? relativePath(path) : null;
    if (typeof pick !== 'string' || !PICK_ID.test(pick) || !KINDS.includes(kind as PickKind) || !relative) return [400, '选择无效'];
    // A folder may hold no drafts at all: then nothing was uploaded into it.
    if (!picks.has(pick)) picks.set(pick, join(folder, '上传', String(picks.size + 1)));
    const chosen = join(picks.get(pick)!, relative);
    if (kind === 'units') await mkdir(chosen, { recursive: true });
    else if (!existsSync(chosen)) return [400, '文件未上传'];
    dialogs.pick(kind as PickKind, chosen);
    return [200, 'ok'];
  }

  return {
    folder,
    dialogs,
    async handle(req, res, url) {
      const route = url.pathname.startsWith('/__harness/web/') ? url.pathname.slice('/__harness/web/'.length) : null;
      if (route === null) return false;
      const reply = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
        res.end(body);
        return true;
      };
      if (req.method === 'GET' && route === 'page.js') return reply(200, 'text/javascript; charset=utf-8', script);
      if (req.method === 'GET' && route === 'page.css') return reply(200, 'text/css; charset=utf-8', style);
      if (req.method === 'GET' && route === 'file') {
        const name = url.searchParams.get('name') ?? '';
        const path = dialogs.named.get(name);
        if (!path || !existsSync(path)) return reply(404, 'text/plain; charset=utf-8', '没有这个文件');
        return reply(200, 'application/octet-stream', readFileSync(path), { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` });
      }
      // Uploads come from our own page only (same rule as the API).
      if (req.method !== 'POST' || (req.headers.origin && req.headers.origin !== url.origin)) return reply(403, 'text/plain', 'forbidden');
      const [status, message] = route === 'upload' ? await upload(req, url) : route === 'choose' ? await choose(req) : [404, 'not found'];
      return reply(status, 'text/plain; charset=utf-8', message);
    },
  };
}

/** A relative path from the page ("单位/乡镇/上街.nianbao"), or null if it could leave the folder. */
function relativePath(path: string): string | null {
  const parts = path.split('/');
  const bad = (p: string) => p === '' || p === '.' || p === '..' || p.length > 200 || /[\\:\0]/.test(p);
  return parts.length > 0 && parts.length <= 16 && !parts.some(bad) ? parts.join(sep) : null;
}

function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => ok(size <= limit ? Buffer.concat(chunks) : null));
    req.on('error', fail);
  });
}
