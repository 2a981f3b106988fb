// Reads a published report from disk for import: a size cap per format before reading, then the
// shared importer — with PDF and legacy .doc read here by their Node-only readers. A plain
// function (no Electron, no worker of its own) that the app, the CLI and the tests all call.

import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { clip } from '../../shared/draft';
import { formatOf, importPublished, importTokens, placedTokens, tooLarge, type ImportOptions, type Imported } from '../../shared/import';
import { fileErrorMessage } from './documents';
import { readHead } from './fileHead';
import { DocRefused, docTokens } from './readers/doc';
import { PdfRefused, pdfPages } from './readers/pdf';


/** A refusal is clipped (shared/draft's limit): it never echoes megabytes of the input. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<Imported> {
  const result = await readAndImport(path, options);
  return result.ok ? result : { ok: false, message: clip(result.message) };
}

async function readAndImport(path: string, options: ImportOptions): Promise<Imported> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: `“${name}”不是文件` };
    const head = await readHead(path);
    const format = formatOf(name, head);
    const big = tooLarge(format, info.size);
    if (big) return { ok: false, message: big };
    const handle = await open(path, 'r');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
    return await importBytes(name, bytes, options);
  } catch (e) {
    return { ok: false, message: fileErrorMessage(e) };
  }
}

/**
 * A file's bytes in any format, PDF and .doc included (the file name gives the format when the
 * bytes do not). `pdfBudgetMs`: how long pdf.js may take before the PDF is refused.
 */
export async function importBytes(name: string, bytes: Uint8Array, options: ImportOptions & { pdfBudgetMs?: number } = {}): Promise<Imported> {
  const format = formatOf(name, bytes);
  const big = tooLarge(format, bytes.length);
  if (big) return { ok: false, message: big };
  try {
    if (format === 'pdf') return importTokens(placedTokens(await pdfPages(bytes, options.pdfBudgetMs)), 'pdf', name, options);
    if (format === 'doc') return importTokens(await docTokens(bytes), 'doc', name, options);
    return await importPublished(name, bytes, options);
  } catch (e) {
    if (e instanceof PdfRefused || e instanceof DocRefused) return { ok: false, message: e.message };
    return { ok: false, message: `无法读取“${name}”：文件结构异常或已损坏` };
  }
}
