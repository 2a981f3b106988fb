// Adds the fingerprint to a PDF's document information by an incremental update (ISO 32000-1
// §7.5.6): the original bytes stay as they are, and a new information dictionary — the old one's
// entries plus NianbaoFingerprint — with a cross-reference section and trailer is appended. Our
// PDFs come from Chromium (Skia) and LibreOffice, both with classic trailers; a cross-reference
// stream's dictionary is read the same way (readers follow /Prev across both kinds).

import { FINGERPRINT_PROPERTY } from './fingerprint';

const latin1 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
};

export class PdfInfoError extends Error {}

/**
 * The PDF with the fingerprint in its information; a PDF whose end we cannot read as a trailer is
 * returned as it is (verify compares the content; the label is only a label).
 */
export function withPdfFingerprint(pdf: Uint8Array, fp: string): Uint8Array {
  try {
    return appended(pdf, fp);
  } catch (e) {
    if (e instanceof PdfInfoError) return pdf;
    throw e;
  }
}

function appended(pdf: Uint8Array, fp: string): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(fp)) throw new PdfInfoError('not a fingerprint');
  // The tail holds startxref; the trailer (or xref stream dictionary) is found from it.
  const text = latin1(pdf);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!start) throw new PdfInfoError('no startxref');
  const xrefAt = Number(start[1]);
  const trailer = trailerAt(text, xrefAt);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!size || !root) throw new PdfInfoError('no /Size or /Root');
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const oldEntries = info ? infoEntries(text, Number(info[1]), Number(info[2])) : '';
  const entries = `${oldEntries.replace(new RegExp(`/${FINGERPRINT_PROPERTY}\\s*\\([0-9a-f]*\\)`, 'g'), '')}\n/${FINGERPRINT_PROPERTY} (${fp})`;
  const eol = text.endsWith('\n') ? '' : '\n';
  const objectAt = pdf.length + eol.length;
  const object = `${size} 0 obj\n<<${entries}\n>>\nendobj\n`;
  const xref = objectAt + object.length;
  const tail =
    `${eol}${object}xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${xrefAt}${id ? `\n/ID ${id}` : ''}>>\nstartxref\n${xref}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + tail.length);
  out.set(pdf);
  for (let i = 0; i < tail.length; i++) out[pdf.length + i] = tail.charCodeAt(i);
  return out;
}

/** The trailer dictionary of a classic section, or the dictionary of a cross-reference stream. */
function trailerAt(text: string, at: number): string {
  const from = text.slice(at, at + 65536);
  if (from.startsWith('xref')) {
    const t = from.indexOf('trailer');
    if (t < 0) throw new PdfInfoError('no trailer');
    return dictionary(from, from.indexOf('<<', t));
  }
  if (/^\d+\s+\d+\s+obj/.test(from)) return dictionary(from, from.indexOf('<<'));
  throw new PdfInfoError('startxref points nowhere');
}

/** The text of a dictionary from its "<<" to the matching ">>". */
function dictionary(text: string, open: number): string {
  if (open < 0) throw new PdfInfoError('no dictionary');
  let depth = 0;
  for (let i = open; i < text.length - 1; i++) {
    if (text[i] === '(') i = skipString(text, i);
    else if (text[i] === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    }
    else if (text[i] === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(open, i + 1);
    }
  }
  throw new PdfInfoError('unterminated dictionary');
}

function skipString(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** The old information dictionary's entries (Title, Producer, dates), when it is a plain object. */
function infoEntries(text: string, num: number, gen: number): string {
  const m = new RegExp(`(?:^|[\\r\\n\\s])${num}\\s+${gen}\\s+obj\\s*<<`).exec(text);
  if (!m) return '';
  const dict = dictionary(text, m.index + m[0].length - 2);
  return dict.slice(2, -2).trim() ? `\n${dict.slice(2, -2).trim()}` : '';
}
