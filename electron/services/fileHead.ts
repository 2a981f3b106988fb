// The first bytes of a file, enough to tell its kind (PDF, Word, zip, HTML) before reading it all.

import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { DRAFT_KIND } from '../../shared/draft';

export async function readHead(path: string, length = 2048): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A draft of ours, by its extension or by what it begins with (a draft renamed to .html is still one). */
export async function isDraftFile(path: string): Promise<boolean> {
  if (extname(path).toLowerCase() === '.nianbao') return true;
  const head = await readHead(path, 256).catch(() => new Uint8Array());
  return new RegExp(`^\\uFEFF?\\s*\\{\\s*"kind"\\s*:\\s*"${DRAFT_KIND}"`).test(new TextDecoder('utf-8').decode(head));
}
