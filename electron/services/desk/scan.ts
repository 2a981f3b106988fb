// Every unit's draft under the desk's folder: the tree walked within limits (depth, entries, drafts;
// links and hidden or lock files left alone), each draft summarised in the parsing worker — a
// draft read before and not changed since (same stamp) is not read again, so returning to the
// desk after editing one unit re-reads that one. A file that cannot be read is listed, never
// stopping the rest.

import { stat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { FoundDraft, UnreadableDraft } from '../../../shared/desk';
import { fileErrorMessage } from '../documents';
import type { SummaryRead } from './draftSummary';
import { summarizeDraftsUntrusted } from '../untrusted';

export interface ScanLimits {
  /** Folders below the desk's folder (a county's tree is two or three deep). */
  depth: number;
  /** Files and folders looked at in all. */
  entries: number;
  drafts: number;
}

export const SCAN_LIMITS: ScanLimits = { depth: 8, entries: 100_000, drafts: 5_000 };

export interface Scanned {
  drafts: FoundDraft[];
  unreadable: UnreadableDraft[];
  /** Paths of the drafts, by their name relative to the folder (the page names files only). */
  paths: Map<string, string>;
  notes: string[];
  /** Drafts read this time (the others were unchanged since the last scan). */
  read: number;
}

/** Drafts read before, by path, with the stamp they were read at. */
export type SummaryCache = Map<string, { stamp: string; read: SummaryRead }>;

export interface Progress {
  done: number;
  total: number;
}

async function walk(folder: string, limits: ScanLimits): Promise<{ files: string[]; unreadable: UnreadableDraft[]; notes: string[] }> {
  const files: string[] = [];
  const unreadable: UnreadableDraft[] = [];
  let entries = 0;
  let links = 0;
  let tooDeep = false;
  let truncated = false;
  const visit = async (dir: string, depth: number): Promise<void> => {
    let list;
    try {
      list = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    } catch (e) {
      // The folder itself unlisted is no desk at all (the caller refuses it); a folder inside it is listed.
      if (depth === 0) throw e;
      unreadable.push({ file: relative(folder, dir), reason: `文件夹无法读取：${fileErrorMessage(e)}` });
      return;
    }
    for (const entry of list) {
      if (++entries > limits.entries || files.length >= limits.drafts) {
        truncated = true;
        return;
      }
      // Hidden files, Office's and our own lock files ("~$…"), temp files of a save in progress.
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) links++;
      else if (entry.isDirectory()) {
        if (depth >= limits.depth) tooDeep = true;
        else await visit(path, depth + 1);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.nianbao')) files.push(path);
    }
  };
  await visit(folder, 0);
  const notes: string[] = [];
  if (truncated) notes.push(`文件夹中的文件过多（超过 ${limits.entries} 个或草稿超过 ${limits.drafts} 份），只读取了前 ${files.length} 份草稿。请只选择本年度各单位报告所在的文件夹。`);
  if (tooDeep) notes.push(`文件夹层级超过 ${limits.depth} 层，更深的文件夹没有读取。`);
  if (links > 0) notes.push(`跳过了 ${links} 个快捷方式（符号链接），其中的草稿请直接放入文件夹。`);
  return { files, unreadable, notes };
}

const stampText = async (path: string) => {
  const info = await stat(path, { bigint: true });
  return `${info.mtimeNs}:${info.size}:${info.dev}:${info.ino}`;
};

/**
 * The drafts under `folder`, summarised. `cache` keeps what was read for the next scan; `progress`
 * is updated as files are answered (total known once the tree is walked). Throws when `folder`
 * itself cannot be listed.
 */
export async function scanDrafts(folder: string, cache: SummaryCache, progress: Progress = { done: 0, total: 0 }, limits: ScanLimits = SCAN_LIMITS): Promise<Scanned> {
  const found = await walk(folder, limits);
  progress.total = found.files.length;
  const stamps = new Map(await Promise.all(found.files.map(async (f) => [f, await stampText(f).catch(() => null)] as const)));
  const stale = found.files.filter((f) => stamps.get(f) === null || cache.get(f)?.stamp !== stamps.get(f));
  progress.done = found.files.length - stale.length;
  const reads = await summarizeDraftsUntrusted(stale, () => progress.done++);
  stale.forEach((f, i) => {
    const stamp = stamps.get(f);
    if (stamp) cache.set(f, { stamp, read: reads[i] });
    else cache.delete(f);
  });
  const byPath = new Map(stale.map((f, i) => [f, reads[i]]));
  const drafts: FoundDraft[] = [];
  const unreadable = [...found.unreadable];
  const paths = new Map<string, string>();
  for (const path of found.files) {
    const read = byPath.get(path) ?? cache.get(path)!.read;
    const file = relative(folder, path);
    paths.set(file, path);
    if (read.ok) drafts.push({ file, summary: read.summary });
    else unreadable.push({ file, reason: read.message.split('\n')[0] });
  }
  // Files gone since the last scan leave the cache.
  for (const path of cache.keys()) if (!paths.has(relative(folder, path))) cache.delete(path);
  return { drafts, unreadable, paths, notes: found.notes, read: stale.length };
}
