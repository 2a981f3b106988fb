// LibreOffice converts each Word export to PDF without error, and the PDF holds the report.
// (Pages were looked at by a person too; see the issue notes.)

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../shared/export';
import { FIXTURE_DRAFTS, loadFixture } from '../../helpers';

const exec = promisify(execFile);

describe('Word export in LibreOffice', () => {
  it('converts every fixture export to PDF, with the title, the table headings and page numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
    const files = await Promise.all(
      FIXTURE_DRAFTS.map(async (name) => {
        const path = join(dir, `${name}.docx`);
        writeFileSync(path, await toDocx(loadFixture(name)));
        return path;
      }),
    );
    // One soffice run for all files: starting LibreOffice is the slow part.
    await exec('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 120_000 });
    for (const name of FIXTURE_DRAFTS) {
      const pdf = join(dir, `${name}.pdf`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const { stdout: info } = await exec('pdfinfo', [pdf]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(3);
      const { stdout: text } = await exec('pdftotext', ['-layout', pdf, '-']);
      const compact = text.replace(/\s+/g, '');
      const report = loadFixture(name);
      expect(compact).toContain(`${report.organization}${report.year}年政府信息公开工作年度报告`);
      expect(compact).toContain('三、收到和处理政府信息公开申请情况');
      expect(compact).toContain('申请人情况');
      expect(compact).toContain('第二十条第（一）项');
      expect(text).toMatch(/—\s*1\s*—/);
      expect(text).toMatch(/—\s*2\s*—/);
    }
  }, 180_000);
});
