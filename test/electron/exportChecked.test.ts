// Every export is checked before it is reported done (issue 21, item 4): a draft holding U+FFFF,
// controls and a lone surrogate (they arrive with imported pages) exports a Word file that
// LibreOffice opens; a broken rendering is an error that leaves the target as it was.

import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../electron/services/exports';
import { toDocx } from '../../shared/export';
import { exportProblem } from '../../shared/export/verify';
import { serializeDraft } from '../../shared/draft';
import { loadFixture } from '../helpers';
import { cli, tempDir } from './cliHarness';

const exec = promisify(execFile);
const sample = loadFixture('sample-2024');

/** The sample with what XML forbids in its name, its title and a part. */
const hostile = {
  ...sample,
  organization: '示例市示例区人民政府\uFFFF',
  title: '示例区\u00012024年政府信息公开工作年度报告\uD800',
  text: { ...sample.text, overview: `本年度\uFFFF共收到政府信息公开申请\u000B若干件。\n${sample.text.overview}` },
};

describe('a draft holding characters XML forbids', () => {
  it('exports a Word file that is well-formed and that LibreOffice opens, and a clean page', async () => {
    const dir = tempDir();
    const draft = join(dir, 'hostile.nianbao');
    // Through the file (JSON escapes), as such a draft arrives.
    writeFileSync(draft, serializeDraft(hostile));
    expect(readFileSync(draft, 'utf8')).toContain('\\ud800');
    const docx = join(dir, '年报.docx');
    const html = join(dir, '年报.html');
    const run = await cli('export', draft, '--docx', docx, '--html', html);
    expect([run.code, run.stdout]).toEqual([0, `已导出 ${docx}\n已导出 ${html}`]);
    expect(await exportProblem('docx', readFileSync(docx))).toBeNull();
    expect(await exportProblem('html', readFileSync(html))).toBeNull();
    const documentXml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('本年度共收到政府信息公开申请若干件。');

    await exec('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
    const { stdout: text } = await exec('pdftotext', [join(dir, '年报.pdf'), '-']);
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain('本年度共收到政府信息公开申请若干件。');
    expect(compact).toContain('示例区2024年政府信息公开工作年度报告');
  }, 180_000);

  it('also converts to PDF on the command line', async () => {
    const dir = tempDir();
    const draft = join(dir, 'hostile.nianbao');
    writeFileSync(draft, serializeDraft(hostile));
    const pdf = join(dir, '年报.pdf');
    const run = await cli('export', draft, '--pdf', pdf);
    expect([run.code, run.stdout]).toEqual([0, `已导出 ${pdf}`]);
    const { stdout: text } = await exec('pdftotext', [pdf, '-']);
    expect(text.replace(/\s+/g, '')).toContain('本年度共收到政府信息公开申请若干件。');
  }, 180_000);
});

describe('the 图解 of such a draft', () => {
  it('is a well-formed SVG and a clean CMS fragment', async () => {
    const dir = tempDir();
    const draft = join(dir, 'hostile.nianbao');
    writeFileSync(draft, serializeDraft(hostile));
    for (const name of ['图解.svg', '图解.html']) {
      const run = await cli('export', draft, '--graphic', join(dir, name));
      expect(run.code, run.stderr).toBe(0);
      expect(await exportProblem(name.endsWith('.svg') ? 'svg' : 'html', readFileSync(join(dir, name)))).toBeNull();
    }
    expect(readFileSync(join(dir, '图解.svg'), 'utf8')).toContain('示例市示例区人民政府');
  }, 60_000);

  it('an SVG with U+FFFF, and a PNG without its signature, are found', async () => {
    expect(await exportProblem('svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><text>\uFFFF</text></svg>'))).toBe('SVG 图片不是有效的 XML（含有 XML 不允许的字符），浏览器和图片软件将无法打开');
    expect(await exportProblem('png', new TextEncoder().encode('GIF89a'))).toBe('PNG 图片不完整');
  });
});

describe('the check before an export is reported done', () => {
  const docxWith = async (body: string) => {
    const zip = await JSZip.loadAsync(await toDocx(sample));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('</w:body>', `<w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body>`));
    return zip.generateAsync({ type: 'uint8array' });
  };

  it('finds U+FFFF, a control character, a forbidden reference and a broken tag in a Word part', async () => {
    expect(await exportProblem('docx', await docxWith('正常'))).toBeNull();
    for (const body of ['\uFFFF', '\u0001', '&#xFFFF;', '&#1;', '<w:t>']) {
      expect(await exportProblem('docx', await docxWith(body)), JSON.stringify(body)).toBe('Word 文档的 word/document.xml 不是有效的 XML（' + (body === '<w:t>' ? '结构有误' : '含有 XML 不允许的字符') + '），Word 和 WPS 将无法打开');
    }
  });

  it('finds a file that is no Word document, a page with a control character and a cut PDF', async () => {
    expect(await exportProblem('docx', new TextEncoder().encode('PK not a zip'))).toBe('Word 文档不是有效的压缩包');
    expect(await exportProblem('html', new TextEncoder().encode('<!DOCTYPE html><p>\u0002</p>'))).toBe('网页中有网页不允许的字符');
    expect(await exportProblem('html', new Uint8Array([0x3c, 0xff, 0x3e]))).toBe('网页不是有效的 UTF-8 文本');
    expect(await exportProblem('pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj'))).toBe('PDF 文件不完整');
  });

  it('refuses to write a rendering that fails the check, leaving the target as it was', async () => {
    const target = join(tempDir(), '年报.pdf');
    writeFileSync(target, 'the earlier export');
    const cut = async () => new TextEncoder().encode('%PDF-1.7\n1 0 obj <<');
    await expect(writeExport(target, sample, 'pdf', cut)).rejects.toMatchObject({ reason: 'PDF 文件不完整。未写入文件' });
    expect(readFileSync(target, 'utf8')).toBe('the earlier export');
  });
});
