// Drafts read and written by commands: last year's report opened for cross-year work, and new
// drafts written never over an existing file (checked before the work, and again at the moment
// the file is put in place), atomically, failures in Chinese. An output naming a folder gets a
// file named after the report, made a safe name (shared/files/fileName) whatever its title. Every
// command's outputs are checked before any work: none is the draft or an input of the command, and
// no two are one file — by file identity (real path, inode), never by spelling.

import { lstat, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { reportFileName } from '../../shared/files/fileName';
import type { Report } from '../../shared/report';
import type { Draft } from '../../shared/draft';
import { fileErrorMessage, openDraft, saveDraft } from '../services/documents';
import { exportPathProblem } from '../services/exports';
import { fileKey, sameKey, type FileKey } from '../services/fileIdentity';
import { UsageError, type Io } from './io';

/**
 * True, having said so, when the path is taken: commands never overwrite a file. An early check,
 * so that a long import is not done in vain; writeNewDraft checks again at the moment it writes.
 */
export async function outputTaken(io: Io, path: string): Promise<boolean> {
  // A folder: the file's name is known once the report is.
  if (await isFolder(path)) return false;
  const taken = await lstat(path).then(
    () => true,
    () => false,
  );
  if (taken) io.err(`${path} 已存在。为免覆盖已有文件，请换一个文件名`);
  return taken;
}

/** True when written; otherwise the reason has been told. */
export async function writeNewDraft(io: Io, path: string, report: Report, prior: Report | null = null): Promise<boolean> {
  try {
    await saveDraft(path, report, prior, { mode: 'create' });
    return true;
  } catch (e) {
    io.err(`无法写入 ${path}：${fileErrorMessage(e)}。未生成任何文件`);
    return false;
  }
}

/** The draft a command works on; null, having said why, when it cannot be read. */
export async function openDraftOrSay(io: Io, path: string): Promise<Draft | null> {
  const opened = await openDraft(path);
  if (opened.ok) return opened.draft;
  io.err(`无法读取 ${path}：${opened.message}`);
  return null;
}

/** Last year's report from a draft file; null, having said why, when it cannot be read. */
export async function openPrior(io: Io, path: string): Promise<Report | null> {
  const opened = await openDraft(path);
  if (opened.ok) return opened.draft.report;
  io.err(`无法读取上年报告 ${path}：${opened.message}`);
  return null;
}

/**
 * Outputs, each [path, option] (the draft, when given, never receives one), may be written: none
 * is the draft or has its extension, none is a file the command reads (`inputs`, each [path, what
 * names it]), and no two are one file — "a.html" and "./x/../a.html", or a link to it, even one
 * that leads to no file yet. A usage error naming both otherwise.
 */
export async function checkTargets(outputs: readonly (readonly [string, string])[], draft?: string, inputs: readonly (readonly [string, string])[] = []): Promise<void> {
  const read = await Promise.all(inputs.map(async ([path, option]) => [option, await fileKey(path)] as const));
  const seen: [string, FileKey][] = [];
  for (const [path, option] of outputs) {
    const problem = await exportPathProblem(path, draft);
    if (problem) throw new UsageError(`${path}：${problem}`);
    const key = await fileKey(path);
    const input = read.find(([, k]) => sameKey(k, key))?.[0];
    if (input) throw new UsageError(`${option} 指定的 ${path} 与 ${input} 是同一个文件，写出会替换本命令要读取的文件。请为 ${option} 换一个文件名`);
    const other = seen.find(([, k]) => sameKey(k, key))?.[0];
    if (other) throw new UsageError(`${other} 和 ${option} 指定了同一个文件 ${path}，后写的会覆盖先写的。请为每种格式指定不同的文件`);
    seen.push([option, key]);
  }
}

/** The inputs given, each [path, option]; options not given left out. */
export const inputsOf = (inputs: readonly (readonly [string | undefined, string])[]): [string, string][] => inputs.filter((i): i is [string, string] => i[0] !== undefined);

const endsInSeparator = (path: string) => path.endsWith('/') || path.endsWith(sep);

/**
 * An existing folder: outputs go inside it. A path ending in a separator ("报告/") means a folder
 * too, and a usage error when there is none (it never becomes a file without an extension).
 */
export async function isFolder(path: string): Promise<boolean> {
  const folder = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!folder && endsInSeparator(path)) throw new UsageError(`${path} 以“${path.at(-1)}”结尾，指的是文件夹，但没有这个文件夹。请先建好文件夹，或写出文件名`);
  return folder;
}

/** The file to write: `path` itself, or in the folder it names, the report's title as a safe name. */
export async function outputFile(path: string, report: Pick<Report, 'title' | 'organization' | 'year'>, extension: string): Promise<string> {
  return (await isFolder(path)) ? join(path, reportFileName(report, extension)) : path;
}
