// Drafts read and written by commands: last year's report opened for cross-year work, and new
// drafts written never over an existing file (checked before the work, and again at the moment
// the file is put in place), atomically, failures in Chinese.

import { lstat } from 'node:fs/promises';
import type { Report } from '../../shared/report';
import { fileErrorMessage, openDraft, saveDraft } from '../services/documents';
import type { Io } from './io';

/**
 * True, having said so, when the path is taken: commands never overwrite a file. An early check,
 * so that a long import is not done in vain; writeNewDraft checks again at the moment it writes.
 */
export async function outputTaken(io: Io, path: string): Promise<boolean> {
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
