// Writing a new draft from a command: never over an existing file, atomically, failures in Chinese.

import { access } from 'node:fs/promises';
import type { Report } from '../../shared/report';
import { fileErrorMessage, saveDraft } from '../services/documents';
import type { Io } from './io';

/** True, having said so, when the path is taken: commands never overwrite a file. */
export async function outputTaken(io: Io, path: string): Promise<boolean> {
  const taken = await access(path).then(
    () => true,
    () => false,
  );
  if (taken) io.err(`${path} 已存在。为免覆盖已有文件，请换一个文件名`);
  return taken;
}

/** True when written; otherwise the reason has been told. */
export async function writeNewDraft(io: Io, path: string, report: Report, prior: Report | null = null): Promise<boolean> {
  try {
    await saveDraft(path, report, prior);
    return true;
  } catch (e) {
    io.err(`无法写入 ${path}：${fileErrorMessage(e)}`);
    return false;
  }
}
