// `export … --pdf`: the Word export converted by LibreOffice when it is installed; otherwise a
// Chinese message that says what to do, and nothing written.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { fontNotice } from '../../electron/services/fontCheck';
import { findLibreOffice } from '../../electron/services/libreoffice';
import { fixturePath } from '../helpers';
import { cli, tempDir } from './cliHarness';

const saved = process.env.NIANBAO_SOFFICE;
afterEach(() => {
  if (saved === undefined) delete process.env.NIANBAO_SOFFICE;
  else process.env.NIANBAO_SOFFICE = saved;
});

describe('export --pdf', () => {
  it('writes the PDF through LibreOffice: A4, every page, the title and the tables', async () => {
    const dir = tempDir();
    const pdf = join(dir, '年报.pdf');
    const docx = join(dir, '年报.docx');
    const run = await cli('export', fixturePath('sample-2024'), '--pdf', pdf, '--docx', docx);
    // The 公文 fonts this machine lacks are named, with what LibreOffice used instead (fontCheck.test.ts).
    const notice = await fontNotice({ exportOptions: { fonts: 'gb2312' } }, 'libreoffice');
    expect(run.stderr.trim()).toBe(notice ?? '');
    expect([run.code, run.stdout]).toEqual([0, `已导出 ${docx}\n已导出 ${pdf}`]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const { stdout: info } = await promisify(execFile)('pdfinfo', [pdf]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const { stdout: text } = await promisify(execFile)('pdftotext', [pdf, '-']);
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain('示例市示例区人民政府2024年政府信息公开工作年度报告');
    expect(compact).toContain('申请人情况');
    expect(compact).toContain('—4—');
  }, 120_000);

  it('says in Chinese that LibreOffice is missing, exits 2 and writes nothing', async () => {
    process.env.NIANBAO_SOFFICE = join(tempDir(), 'no-soffice');
    const dir = tempDir();
    const run = await cli('export', fixturePath('sample-2024'), '--pdf', join(dir, 'a.pdf'), '--docx', join(dir, 'a.docx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未找到 LibreOffice（soffice），无法在命令行导出 PDF');
    expect(run.stderr).toContain('NIANBAO_SOFFICE');
    expect(existsSync(join(dir, 'a.pdf')) || existsSync(join(dir, 'a.docx'))).toBe(false);
  });

  it('finds soffice on PATH, or where NIANBAO_SOFFICE says', () => {
    expect(findLibreOffice({ PATH: '/usr/bin' })).toBe('/usr/bin/soffice');
    expect(findLibreOffice({ PATH: '/usr/bin', NIANBAO_SOFFICE: '/usr/bin/soffice' })).toBe('/usr/bin/soffice');
    expect(findLibreOffice({ PATH: '', NIANBAO_SOFFICE: '/nowhere/soffice' })).toBeNull();
  });
});
