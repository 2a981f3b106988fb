// CSV ledgers: the bytes decoded (a UTF-8 BOM or valid UTF-8, else GBK — what Excel and WPS save on
// a Chinese Windows; UTF-16 with its BOM), then split into rows by RFC 4180 rules (quoted fields
// with commas, quotes and line breaks inside), commas or tabs. Values stay text: the ledger
// reads its dates and categories itself.

import type { SheetCell } from '../../shared/sheet';
import type { SpreadsheetLimits } from './spreadsheetLimits';

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // GB18030 reads all of GBK and GB2312.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Rows of text cells, or why the text is too large to be a ledger. */
export function parseCsv(text: string, limits: Pick<SpreadsheetLimits, 'rows' | 'columns' | 'cellChars'>): SheetCell[][] | string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const separator = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const rows: SheetCell[][] = [];
  let row: SheetCell[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    const value = field.length > limits.cellChars ? field.slice(0, limits.cellChars) : field;
    row.push(value === '' ? null : value);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      endField();
      if (row.length > limits.columns) return `超过 ${limits.columns} 列，过大，无法作为台账读取`;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
      if (rows.length > limits.rows) return `超过 ${limits.rows} 行，过大，无法作为台账读取`;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
