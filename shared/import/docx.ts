// A Word (.docx) file as tokens (docxBody.ts reads the body). A .docx is a zip: its central
// directory is read first and the file is refused before anything is inflated when it declares
// too many entries or too many bytes (a zip bomb), and inflating stops at the same cap whatever
// the directory claimed.

import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { bodyTokens, type DocxRead } from './docxBody';

/** A report's document.xml is well under 5 MB; 60 MB of XML would need gigabytes to parse. */
export const MAX_DOCUMENT_XML_BYTES = 16 * 1024 * 1024;
/** Everything inside the zip, images included. */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** A Word file has a few dozen parts. */
const MAX_ENTRIES = 2000;

export class RefusedError extends Error {}

interface JSZipStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', f: (e: Error) => void): JSZipStream;
  on(event: 'end', f: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

interface ZipEntry {
  name: string;
  uncompressed: number;
}

/** The entries as the central directory declares them (APPNOTE 4.3.12, 4.3.16). */
function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new RefusedError('文件不是有效的 Word 文档（.docx），可能已损坏');
  const count = u16(end + 10);
  const offset = u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new RefusedError('Word 文档过大（ZIP64 格式），不像是一份年报');
  if (count > MAX_ENTRIES) throw new RefusedError(`Word 文档内含 ${count} 个部件，远超正常文档，已拒绝读取`);
  const entries: ZipEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw new RefusedError('Word 文档的目录已损坏，无法读取');
    const uncompressed = u32(at + 24);
    const nameLength = u16(at + 28);
    const extra = u16(at + 30);
    const comment = u16(at + 32);
    if (uncompressed === 0xffffffff) throw new RefusedError('Word 文档过大（ZIP64 格式），不像是一份年报');
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), uncompressed });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** The text of one part, inflated in chunks and abandoned as soon as it passes the cap. */
async function inflateCapped(zip: JSZip, name: string, cap: number): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    // JSZip streams its internal data (documented, missing from its types).
    const stream = (file as unknown as { internalStream(type: 'uint8array'): JSZipStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        total += chunk.length;
        if (total > cap) {
          stream.pause();
          reject(new RefusedError(`Word 文档的正文解压后超过 ${mb(cap)}（压缩炸弹？），已拒绝读取`));
        } else chunks.push(chunk);
      })
      .on('error', (e: Error) => reject(e))
      .on('end', () => resolve())
      .resume();
  });
  const joined = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(joined);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export type { DocxRead } from './docxBody';

/** Real documents nest a few dozen elements deep; the XML parser slows down badly far beyond. */
const MAX_DEPTH = 1000;

/** How deep the elements nest, by one scan of the tags (comments and declarations aside). */
function nestingDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const next = xml[at + 1];
    if (next === '/') depth--;
    else if (next !== '?' && next !== '!') {
      const end = xml.indexOf('>', at);
      if (end === -1) break;
      if (xml[end - 1] !== '/') max = Math.max(max, ++depth);
      at = end;
    }
  }
  return max;
}

export async function docxTokens(bytes: Uint8Array): Promise<DocxRead> {
  const entries = zipDirectory(bytes);
  const total = entries.reduce((n, e) => n + e.uncompressed, 0);
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!document) throw new RefusedError('Word 文件中没有正文（word/document.xml）');
  if (document.uncompressed > MAX_DOCUMENT_XML_BYTES || total > MAX_UNZIPPED_BYTES) {
    throw new RefusedError(`Word 文档解压后有 ${mb(Math.max(total, document.uncompressed))}（正文上限 ${mb(MAX_DOCUMENT_XML_BYTES)}），不像是一份年报，已拒绝读取`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new RefusedError('文件不是有效的 Word 文档（.docx），可能已损坏');
  }
  const xml = await inflateCapped(zip, 'word/document.xml', MAX_DOCUMENT_XML_BYTES);
  if (xml === undefined) throw new RefusedError('Word 文件中没有正文（word/document.xml）');
  const body = parsed(xml, 'body');
  if (!body) throw new RefusedError('Word 文件的正文无法读取');
  // Footnotes and endnotes, cited from the body by their ids.
  const notes = new Map<string, Element[]>();
  for (const [part, element, prefix] of [['word/footnotes.xml', 'footnote', 'f'], ['word/endnotes.xml', 'endnote', 'e']] as const) {
    const text = await inflateCapped(zip, part, MAX_DOCUMENT_XML_BYTES);
    const root = text === undefined ? null : parsed(text, `${element}s`);
    if (!root) continue;
    for (const note of Array.from(root.getElementsByTagNameNS(W, element))) {
      const type = note.getAttributeNS(W, 'type');
      if (type && type !== 'normal') continue;
      notes.set(`${prefix}${note.getAttributeNS(W, 'id')}`, Array.from(note.getElementsByTagNameNS(W, 'p')));
    }
  }
  return bodyTokens(body, notes);
}

/** A part's root element of that name, or null; refused when nested beyond what documents do. */
function parsed(xml: string, root: string): Element | null {
  if (nestingDepth(xml) > MAX_DEPTH) throw new RefusedError(`Word 文档的结构嵌套超过 ${MAX_DEPTH} 层，不像是正常的文档，已拒绝读取`);
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  return doc.getElementsByTagNameNS(W, root)[0] ?? null;
}
