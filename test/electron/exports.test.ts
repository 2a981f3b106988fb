// electron/services/exports: an export is rendered before anything is written, and a rendering
// that fails is told in Chinese — a library's own English words never reach the clerk.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderFailure, writeExport } from '../../electron/services/exports';
import { loadFixture } from '../helpers';
import { tempDir } from './cliHarness';

const report = loadFixture('sample-2024');

describe('writeExport', () => {
  it('says in Chinese that the PDF could not be made, and leaves the earlier file as it was', async () => {
    const path = join(tempDir(), '年报.pdf');
    writeFileSync(path, 'earlier');
    const english = () => Promise.reject(new Error('Printing failed: renderer crashed'));
    await expect(writeExport(path, report, 'pdf', english)).rejects.toMatchObject({ reason: '生成 PDF 时出错' });
    const explained = () => Promise.reject(new RenderFailure('LibreOffice 转换 PDF 时出错'));
    await expect(writeExport(path, report, 'pdf', explained)).rejects.toMatchObject({ reason: 'LibreOffice 转换 PDF 时出错' });
    await expect(writeExport(path, report, 'pdf')).rejects.toMatchObject({ reason: '此处无法生成 PDF' });
    expect(readFileSync(path, 'utf8')).toBe('earlier');
  });

  it('writes the PDF a maker returns', async () => {
    const path = join(tempDir(), '年报.pdf');
    await writeExport(path, report, 'pdf', async () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n'));
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7\n%%EOF\n');
  });
});
