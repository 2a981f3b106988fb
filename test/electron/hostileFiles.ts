// Hostile inputs for the fuzz tests of issue 12, made on the fly: Word files that are zip bombs
// (a small .docx whose word/document.xml expands to tens or hundreds of MB), comment runs, blank
// lines, deep nesting. The zip is written by hand so that a 1 GB entry costs no 1 GB buffer.

import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';

interface Entry {
  name: string;
  /** The entry's content as chunks; a chunk may repeat, the zip is streamed through deflate. */
  chunks: Iterable<Buffer>;
}

async function deflate(chunks: Iterable<Buffer>): Promise<{ data: Buffer; crc: number; size: number }> {
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on('data', (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'end');
  return { data: Buffer.concat(out), crc, size };
}

/** A zip archive (deflate, no zip64: entries below 4 GB). */
export async function zip(entries: Entry[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflate(entry.chunks);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

function* repeated(head: string, unit: string, bytes: number, tail: string): Iterable<Buffer> {
  yield Buffer.from(head);
  const chunk = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(unit)))));
  for (let n = 0; n < bytes; n += chunk.length) yield chunk;
  yield Buffer.from(tail);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A .docx whose word/document.xml expands to about `mb` MB of `unit` inside the body. */
export async function docxBomb(dir: string, name: string, mb: number, kind: 'paragraphs' | 'one-run' | 'zeros'): Promise<string> {
  const bytes = mb * 1024 * 1024;
  const document =
    kind === 'paragraphs'
      ? repeated(`<w:document ${W}><w:body>`, '<w:p><w:r><w:t>政府信息公开</w:t></w:r></w:p>', bytes, '</w:body></w:document>')
      : kind === 'one-run'
        ? repeated(`<w:document ${W}><w:body><w:p><w:r><w:t>`, 'a', bytes, '</w:t></w:r></w:p></w:body></w:document>')
        : repeated('', '\0', bytes, '');
  const path = join(dir, name);
  writeFileSync(path, await zip([{ name: '[Content_Types].xml', chunks: [Buffer.from(CONTENT_TYPES)] }, { name: 'word/document.xml', chunks: document }]));
  return path;
}

export function writeText(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** `levels` nested JSON arrays: 10,000 of them once crashed every command that read a draft. */
export const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
