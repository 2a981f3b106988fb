// Reads back the fingerprint an export carries (fingerprint.ts): the HTML <meta> or fragment
// attribute, the Word custom property, the PDF's information entry (the last one written wins).
// Informative only: a file's content is what verify compares, since a label can be copied.

import JSZip from 'jszip';
import { FINGERPRINT_META, FINGERPRINT_PROPERTY } from './fingerprint';

const HEX = '([0-9a-f]{64})';

export async function embeddedFingerprint(bytes: Uint8Array): Promise<string | null> {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') {
    const text = new TextDecoder('latin1').decode(bytes);
    const all = [...text.matchAll(new RegExp(`/${FINGERPRINT_PROPERTY}\\s*\\(${HEX}\\)`, 'g'))];
    return all.at(-1)?.[1] ?? null;
  }
  if (head.startsWith('PK')) {
    try {
      const zip = await JSZip.loadAsync(bytes);
      const custom = await zip.file('docProps/custom.xml')?.async('string');
      const m = custom && new RegExp(`name="${FINGERPRINT_PROPERTY}"[^>]*>\\s*<vt:lpwstr>${HEX}</vt:lpwstr>`).exec(custom);
      return m ? m[1] : null;
    } catch {
      return null;
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 2_000_000));
  const m = new RegExp(`<meta\\s+name="${FINGERPRINT_META}"\\s+content="${HEX}"|data-${FINGERPRINT_META}="${HEX}"`).exec(text);
  return m ? (m[1] ?? m[2]) : null;
}
