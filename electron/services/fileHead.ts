// The first bytes of a file, enough to tell its kind (PDF, Word, zip, HTML) before reading it all.

import { open } from 'node:fs/promises';

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
