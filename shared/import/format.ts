// What kind of file a published report is, and how large each kind may be: one fact, read at
// the door in main (before a byte more than the head is read; electron/services/untrusted) and
// again by the importer. Kept apart from the parsers, which only the parsing worker loads.

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'doc';

export const FORMAT_NAMES: Record<ImportFormat, string> = { text: '文本', markdown: 'Markdown 文本', html: '网页', docx: 'Word 文档', pdf: 'PDF', doc: 'Word 97-2003 文档' };

/** Published reports are a few hundred KB (a Word or PDF file with images a few MB). */
export const MAX_IMPORT_BYTES: Record<ImportFormat, number> = {
  text: 8 * 1024 * 1024,
  markdown: 8 * 1024 * 1024,
  html: 16 * 1024 * 1024,
  docx: 32 * 1024 * 1024,
  pdf: 32 * 1024 * 1024,
  doc: 32 * 1024 * 1024,
};

/** "3.2 MB", for messages. */
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(format: ImportFormat, size: number): string | null {
  const cap = MAX_IMPORT_BYTES[format];
  return size > cap ? `文件过大（${mb(size)}），${FORMAT_NAMES[format]}形式的年报不会超过 ${mb(cap)}，不像是一份年报` : null;
}

export function formatOf(name: string, bytes: Uint8Array): ImportFormat {
  const ext = name.toLowerCase().split('.').pop();
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'doc') return 'doc';
  if (ext === 'docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).toLowerCase();
  return /<html|<!doctype html|<table|<body/.test(head) ? 'html' : 'text';
}

/** At most this many dropped lines are kept in the draft's record and listed in the app (all are counted). */
export const MAX_LISTED_DROPS = 300;
