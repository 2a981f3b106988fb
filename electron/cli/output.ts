// Drafts read and written by commands: last year's report opened for cross-year work, and new
// drafts written never over an existing file (checked before the work, and again at the moment
// the file is put in place), atomically, failures in Chinese. An output naming a folder gets a
// file named after the report, made a safe name (shared/files/fileName) whatever its title.

import { lstat, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { reportFileName } from '../../shared/files/fileName';
import type { Report } from '../../shared/report';
import { fileErrorMessage, openDraft, saveDraft } from '../services/documents';
import type { Io } from './io';

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

/** Last year's report from a draft file; null, having said why, when it cannot be read. */
export async function openPrior(io: Io, path: string): Promise<Report | null> {
  const opened = await openDraft(path);
  if (opened.ok) return opened.draft.report;
  io.err(`无法读取上年报告 ${path}：${opened.message}`);
  return null;
}

/** An existing folder, or a path ending in a separator ("报告/"): outputs go inside it. */
export async function isFolder(path: string): Promise<boolean> {
  if (path.endsWith('/') || path.endsWith(sep)) return true;
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** The file to write: `path` itself, or in the folder it names, the report's title as a safe name. */
export async function outputFile(path: string, report: Pick<Report, 'title' | 'organization' | 'year'>, extension: string): Promise<string> {
  return (await isFolder(path)) ? join(path, reportFileName(report, extension)) : path;
}
