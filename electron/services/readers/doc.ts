// Legacy Word (.doc, Word 97-2003) through word-extractor, a small, well-kept reader of the
// compound-file format. Its body text ends table cells with a tab and rows with a newline;
// those become the cells and rows of the token stream, paragraphs stay paragraphs.

import WordExtractor from 'word-extractor';
import AllocationTable from 'word-extractor/lib/ole-allocation-table';
import type { Token } from '../../../shared/import';

export class DocRefused extends Error {}

const FREE_SECTOR = -1;

/**
 * word-extractor follows a stream's chain of sectors until it ends, pushing each onto an array;
 * in a damaged file whose chain loops back (A → B → A) the array grows until V8 aborts the whole
 * process ("invalid size error"), which no try/catch or worker limit can stop. A chain visits a
 * sector at most once: a loop is a damaged file, refused.
 */
AllocationTable.prototype.getSecIdChain = function getSecIdChain(this: AllocationTable, start: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let id = start; id > FREE_SECTOR; id = this._table[id]) {
    if (seen.has(id)) throw new Error('a sector chain loops');
    seen.add(id);
    chain.push(id);
  }
  return chain;
};

/**
 * The compound-file header's sizes against the file's own: word-extractor allocates and reads
 * as many sectors as the header says (a flipped byte can ask for gigabytes, or billions of
 * reads). Also the two sector sizes Word writes (512 or 4096 bytes; 64-byte short sectors).
 */
export function compoundHeaderHolds(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || view.getUint16(32, true) !== 6) return false;
  const sectors = Math.ceil(bytes.length / 2 ** sectorShift);
  // Sectors of the allocation table, of the short-sector table, of the master table.
  return [44, 64, 72].every((at) => {
    const count = view.getInt32(at, true);
    return count >= 0 && count <= sectors;
  });
}

export async function docTokens(bytes: Uint8Array): Promise<Token[]> {
  if (!compoundHeaderHolds(bytes)) throw new DocRefused('文件不是有效的 Word 97-2003 文档（.doc），可能已损坏');
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    body = document.getBody();
  } catch {
    throw new DocRefused('文件不是有效的 Word 97-2003 文档（.doc），可能已损坏');
  }
  const out: Token[] = [];
  let rows = 0;
  // Where each piece stood (provenance): a paragraph is a line of the body as read; a table is
  // a run of lines holding cells, numbered in order, its rows and cells from 1.
  let tables = 0;
  let tableRow = 0;
  body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (!line.includes('\t')) {
        tableRow = 0;
        const lead = line.length - line.trimStart().length;
        if (line.trim() !== '') out.push({ text: line.trim(), block: true, at: { kind: 'paragraph', paragraph: i + 1, column: lead } });
        return;
      }
      if (tableRow === 0) tables++;
      tableRow++;
      const row = ++rows;
      const cells = line.split('\t');
      // A row ends with the cell mark: the last piece after it is empty.
      if (cells.length > 1 && cells[cells.length - 1].trim() === '') cells.pop();
      cells.forEach((c, k) => out.push({ text: c.trim(), cell: true, row, at: { kind: 'table', table: tables, row: tableRow, cell: k + 1 } }));
    });
  return out;
}
