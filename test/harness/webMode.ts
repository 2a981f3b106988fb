// `npm run web` only: the browser's own file picker stands in for the desktop's native dialogs.
// The page (webPage.ts, wrapping window.api) uploads what the user picked; the files are kept
// in the run's folder and the session's next file question is answered with their path. Saves
// and exports land in the same folder, which the page names, and can be downloaded from there.

import { existsSync, readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { transform } from 'esbuild';
import { writeReason } from '../../electron/services/atomicWrite';
import { isSafeFileName } from '../../shared/files/fileName';
import { withoutHidden } from '../../shared/text/characters';
import { QueuedDialogs } from './server';
import { Refusal, folderIn, freshFolder, realInside, receiveFile } from './uploads';

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
const UPLOADS = '上传';

/**
 * Web mode for a run whose files live in `folder`. Each pick's uploads go to a folder of its own
 * under 上传 that did not exist before (1, 2, … the first free number), so a run started again
 * with the same --dir never mixes an earlier run's uploads into what the clerk picks now.
 */
export async function createWebMode(folder: string): Promise<WebMode> {
  const dialogs = new BrowserDialogs(folder);
  const source = readFileSync(join(import.meta.dirname, 'webPage.ts'), 'utf8');
  const script = (await transform(source, { loader: 'ts', format: 'iife', target: 'chrome120', define: { WEB_FOLDER: JSON.stringify(folder) } })).code;
  const style = readFileSync(join(import.meta.dirname, 'webPage.css'));
  const picks = new Map<string, Promise<string>>();
  const pickFolder = (pick: string): Promise<string> => {
    if (!picks.has(pick)) picks.set(pick, freshFolder(folder, [UPLOADS]));
    return picks.get(pick)!;
  };

  async function upload(req: IncomingMessage, url: URL): Promise<[number, string]> {
    const pick = url.searchParams.get('pick') ?? '';
    const parts = relativePath(url.searchParams.get('path') ?? '');
    if (!PICK_ID.test(pick)) return [400, '上传请求无效'];
    if (typeof parts === 'string') return [400, parts];
    const dir = await folderIn(await pickFolder(pick), parts.slice(0, -1));
    await receiveFile(req, dir, parts[parts.length - 1], MAX_FILE);
    return [200, '已上传'];
  }

  async function choose(req: IncomingMessage): Promise<[number, string]> {
    let request: { pick?: unknown; kind?: unknown; path?: unknown };
    try {
      request = JSON.parse(await readSmall(req));
    } catch {
      return [400, '请求格式有误'];
    }
    const { pick, kind, path } = request;
    const parts = typeof path === 'string' ? relativePath(path) : '选择无效';
    if (typeof parts === 'string') return [400, parts];
    if (typeof pick !== 'string' || !PICK_ID.test(pick) || !KINDS.includes(kind as PickKind)) return [400, '选择无效'];
    // A folder may hold no drafts at all: then nothing was uploaded into it.
    const base = await pickFolder(pick);
    if (kind === 'units') {
      dialogs.pick(kind, await folderIn(base, parts));
      return [200, '已选择'];
    }
    const chosen = join(base, ...parts);
    const info = await lstat(chosen).catch(() => null);
    if (!info?.isFile() || !(await realInside(base, chosen))) return [400, '文件未上传'];
    dialogs.pick(kind as PickKind, chosen);
    return [200, '已选择'];
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
        // Only what this run wrote or was given (--open): never a path the page makes up.
        if (!path || !existsSync(path)) return reply(404, 'text/plain; charset=utf-8', '没有这个文件');
        return reply(200, 'application/octet-stream', readFileSync(path), { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` });
      }
      // Uploads come from our own page only (same rule as the API).
      if (req.method !== 'POST' || (req.headers.origin && req.headers.origin !== url.origin)) return reply(403, 'text/plain; charset=utf-8', '不允许的请求');
      let status: number;
      let message: string;
      try {
        [status, message] = route === 'upload' ? await upload(req, url) : route === 'choose' ? await choose(req) : [404, '没有这个地址'];
      } catch (e) {
        [status, message] = e instanceof Refusal ? [e.status, e.message] : [500, `出错了：${writeReason(e)}`];
      }
      // A refused upload may still be sending: answer, then close the connection.
      if (status !== 200) res.on('finish', () => req.destroy());
      return reply(status, 'text/plain; charset=utf-8', message, status === 200 ? {} : { connection: 'close' });
    },
  };
}

/**
 * A relative path from the page ("单位/乡镇/上街.nianbao") as its parts, each a plain file name
 * (shared/files: no "..", separators, controls or device names); otherwise why not, in Chinese.
 */
function relativePath(path: string): string[] | string {
  const parts = path.split('/');
  if (parts.length === 0 || parts.length > 16) return '文件夹层次过多';
  const bad = parts.find((p) => !isSafeFileName(p));
  return bad === undefined ? parts : `“${withoutHidden(bad).slice(0, 60)}”不能用作文件名或文件夹名`;
}

/** A small JSON request body, at most 64 KB. */
function readSmall(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 64 * 1024) fail(new Refusal(413, '请求过大'));
      else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
