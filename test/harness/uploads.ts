// The web mode's folder is a jail (issue 21): uploads are streamed to disk with the size limit
// applied while reading, into folders made one by one that are never links, and every path is
// checked by its real path against the run's folder. Messages in Chinese, for the page.

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, realpath, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { isAbsolute, join, relative } from 'node:path';
import { writeReason } from '../../electron/services/atomicWrite';

/** A refusal the page shows: an HTTP status and a Chinese reason. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Whether `path` is `root` itself or lies below it (both real paths). */
export function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of an existing `path`, which must lie inside the real `root`; null otherwise. */
export async function realInside(root: string, path: string): Promise<string | null> {
  const real = await realpath(path).catch(() => null);
  return real !== null && within(await realpath(root), real) ? real : null;
}

/**
 * `root/a/b/…` made folder by folder: an existing entry must be a real folder (a link named 上传
 * or any other is refused, never followed). Returns the folder's path.
 */
export async function folderIn(root: string, segments: readonly string[]): Promise<string> {
  let path = root;
  for (const segment of segments) {
    path = join(path, segment);
    await mkdir(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    const info = await lstat(path);
    if (info.isSymbolicLink()) throw new Refusal(400, `“${relative(root, path)}”是一个链接，不会跟随。请删去它，或换一个文件夹（--dir）`);
    if (!info.isDirectory()) throw new Refusal(400, `“${relative(root, path)}”不是文件夹`);
  }
  if (!(await realInside(root, path))) throw new Refusal(400, '上传的位置不在本次运行的文件夹中');
  return path;
}

/** A folder of `parent` that did not exist before: 1, 2, 3 … the first free number. */
export async function freshFolder(root: string, parent: readonly string[]): Promise<string> {
  const base = await folderIn(root, parent);
  for (let n = 1; ; n++) {
    const path = join(base, String(n));
    const made = await mkdir(path).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'EEXIST') return false;
        throw e;
      },
    );
    if (made) return path;
  }
}

/**
 * The request's body written to `dir/name`, counted while it streams: past `limit` bytes the
 * upload stops, its part is removed, and nothing but a chunk at a time is ever held in memory.
 * Written to a new temp file first (created exclusively: a link is never followed), then put in
 * place, so an upload of the same name again replaces the earlier one.
 */
export async function receiveFile(req: IncomingMessage, dir: string, name: string, limit: number): Promise<void> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw new Refusal(413, tooLarge(limit));
  const temp = join(dir, `.${randomUUID()}.upload-tmp`);
  const out = createWriteStream(temp, { flags: 'wx' });
  let size = 0;
  try {
    await new Promise<void>((done, fail) => {
      out.on('error', fail);
      req.on('error', fail);
      req.on('aborted', () => fail(new Refusal(400, '上传中断')));
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          req.pause();
          fail(new Refusal(413, tooLarge(limit)));
        } else if (!out.write(chunk)) {
          req.pause();
          out.once('drain', () => req.resume());
        }
      });
      req.on('end', () => out.end(done));
    });
    await rename(temp, join(dir, name));
  } catch (e) {
    out.destroy();
    await rm(temp, { force: true });
    throw e instanceof Refusal ? e : new Refusal(500, `无法保存上传的文件：${writeReason(e)}`);
  }
}

const tooLarge = (limit: number) => `文件超过 ${limit / 1024 / 1024} MB，不像是年报或草稿，未上传`;
