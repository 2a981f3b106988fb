// Reads a published report from disk for import, with a size cap before reading.

import { readFile, stat } from 'node:fs/promises';
import { importPublished, MAX_IMPORT_BYTES, type Imported } from '../../shared/import';
import { fileErrorMessage } from './documents';

export async function importFile(path: string): Promise<Imported> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: `${path} 不是文件` };
    if (info.size > MAX_IMPORT_BYTES) return { ok: false, message: `文件过大（${(info.size / 1024 / 1024).toFixed(1)} MB），不像是一份年报` };
    return await importPublished(path, new Uint8Array(await readFile(path)));
  } catch (e) {
    return { ok: false, message: fileErrorMessage(e) };
  }
}
