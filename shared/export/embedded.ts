// Reads back the fingerprint an export carries (fingerprint.ts): the HTML <meta> or fragment
// attribute, the Word custom property, the PDF's information entry (the last one written wins).
// Informative only: a file's content is what verify compares, since a label can be copied. The
// Word part is someone else's: inflated only up to MAX_CUSTOM_BYTES, whatever size it declares.

import JSZip from 'jszip';
import { FINGERPRINT_META, FINGERPRINT_PROPERTY } from './fingerprint';

const HEX = '([0-9a-f]{64})';

/** Ours is under 1 KB; past this it is no file of ours, and is inflated no further. */
export const MAX_CUSTOM_BYTES = 1 << 20;

/** The file cannot be read for its label (a part too large to inflate); the reason in Chinese. */
export class EmbeddedRefused extends Error {}

/** The part's text, inflating it chunk by chunk and stopping past `limit` (a zip bomb's declared size can lie). */
function inflateCapped(entry: JSZip.JSZipObject, limit: number): Promise<string> {
  const stream = (entry as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
  return new Promise((done, fail) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          fail(new EmbeddedRefused(`文件中的 ${entry.name} 解压后超过 ${Math.round(limit / 1024 / 1024)} MB，不是年报编辑器导出的文件（可能是恶意构造的压缩文件），已拒绝读取`));
        } else chunks.push(chunk);
      })
      .on('error', fail)
      .on('end', () => {
        const all = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) all.set(c, (at += c.length) - c.length);
        done(new TextDecoder('utf-8').decode(all));
      })
      .resume();
  });
}

/** The fingerprint the file carries, or null; throws EmbeddedRefused for a part too large to read. */
export async function embeddedFingerprint(bytes: Uint8Array, limit = MAX_CUSTOM_BYTES): Promise<string | null> {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') {
    const text = new TextDecoder('latin1').decode(bytes);
    const all = [...text.matchAll(new RegExp(`/${FINGERPRINT_PROPERTY}\\s*\\(${HEX}\\)`, 'g'))];
    return all.at(-1)?.[1] ?? null;
  }
  if (head.startsWith('PK')) {
    try {
      const zip = await JSZip.loadAsync(bytes);
      const entry = zip.file('docProps/custom.xml');
      const custom = entry && (await inflateCapped(entry, limit));
      const m = custom && new RegExp(`name="${FINGERPRINT_PROPERTY}"[^>]*>\\s*<vt:lpwstr>${HEX}</vt:lpwstr>`).exec(custom);
      return m ? m[1] : null;
    } catch (e) {
      if (e instanceof EmbeddedRefused) throw e;
      return null;
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 2_000_000));
  const m = new RegExp(`<meta\\s+name="${FINGERPRINT_META}"\\s+content="${HEX}"|data-${FINGERPRINT_META}="${HEX}"`).exec(text);
  return m ? (m[1] ?? m[2]) : null;
}
