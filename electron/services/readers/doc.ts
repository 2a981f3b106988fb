// Legacy Word (.doc, Word 97-2003) through word-extractor, a small, well-kept reader of the
// compound-file format. Its body text ends table cells with a tab and rows with a newline;
// those become the cells and rows of the token stream, paragraphs stay paragraphs.

import WordExtractor from 'word-extractor';
import type { Token } from '../../../shared/import';

export class DocRefused extends Error {}

export async function docTokens(bytes: Uint8Array): Promise<Token[]> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    body = document.getBody();
  } catch {
    throw new DocRefused('文件不是有效的 Word 97-2003 文档（.doc），可能已损坏');
  }
  const out: Token[] = [];
  let rows = 0;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.includes('\t')) {
      if (line.trim() !== '') out.push({ text: line.trim() });
      continue;
    }
    const row = ++rows;
    const cells = line.split('\t');
    // A row ends with the cell mark: the last piece after it is empty.
    if (cells.length > 1 && cells[cells.length - 1].trim() === '') cells.pop();
    for (const c of cells) out.push({ text: c.trim(), cell: true, row });
  }
  return out;
}
