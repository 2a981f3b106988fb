// The command line's outputs (review of the CLI): two outputs that are one file through a link
// leading nowhere yet; one path for two formats of signoff; an output that is one of the command's
// own inputs; every output checked before it is written (a broken PDF from LibreOffice is an
// error, the old file stays); verify's Word label inflated only so far; a trailing separator is a
// folder; parseArgs' errors in Chinese; Ctrl+C during a conversion leaves no temp folder; a draft
// given to verify as the published file.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { toDocx } from '../../shared/export';
import { exportProblem } from '../../shared/export/verify';
import { ledgerTemplate } from '../../electron/services/ledger/template';
import { fixturePath, loadFixture } from '../helpers';
import { cli, tempDir, writeDraft } from './cliHarness';

const saved = process.env.NIANBAO_SOFFICE;
afterEach(() => {
  if (saved === undefined) delete process.env.NIANBAO_SOFFICE;
  else process.env.NIANBAO_SOFFICE = saved;
});

/** A stand-in for soffice: runs `body` with $out set to the --outdir it was given. */
function fakeSoffice(body: string): string {
  const path = join(tempDir(), 'soffice');
  writeFileSync(path, `#!/bin/sh\nwhile [ $# -gt 0 ]; do if [ "$1" = --outdir ]; then out="$2"; fi; shift; done\n${body}\n`, { mode: 0o755 });
  return path;
}

const ledgerCsv = (dir: string) => {
  const path = join(dir, '台账.csv');
  writeFileSync(path, '序号,收到日期,申请人类型,办理结果,理由,答复日期\n1,2025-01-06,公民,同意公开,,2025/1/20\n');
  return path;
};

describe('two outputs that are one file through a link that leads to no file yet', () => {
  it('export --docx o2/report.docx --html o2/page.html (page.html → report.docx) is refused, nothing written', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'o2'));
    symlinkSync('report.docx', join(dir, 'o2', 'page.html'));
    const run = await cli('export', fixturePath('sample-2024'), '--docx', join(dir, 'o2', 'report.docx'), '--html', join(dir, 'o2', 'page.html'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--docx 和 --html 指定了同一个文件');
    expect(existsSync(join(dir, 'o2', 'report.docx'))).toBe(false);
  });

  it('units --xlsx and --pdf through a chain of links are refused', async () => {
    const dir = tempDir();
    symlinkSync('b.pdf', join(dir, 'a.pdf'));
    symlinkSync('一览.xlsx', join(dir, 'b.pdf'));
    const run = await cli('units', dir, '--xlsx', join(dir, '一览.xlsx'), '--pdf', join(dir, 'a.pdf'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--xlsx 和 --pdf 指定了同一个文件');
  });
});

describe('signoff: one file per format', () => {
  it('refuses --docx s.docx --pdf ./s.docx, writing nothing', async () => {
    const dir = tempDir();
    const run = await cli('signoff', fixturePath('sample-2024'), '--docx', join(dir, 's.docx'), '--pdf', `${dir}/./s.docx`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--docx 和 --pdf 指定了同一个文件');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an output never replaces the command’s own input', () => {
  it('check --prior p.docx --checklist ./p.docx', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.docx'), 'last year');
    const run = await cli('check', fixturePath('sample-2024'), '--prior', join(dir, 'p.docx'), '--checklist', `${dir}/x/../p.docx`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--checklist 指定的');
    expect(run.stderr).toContain('与 --prior 是同一个文件');
    expect(readFileSync(join(dir, 'p.docx'), 'utf8')).toBe('last year');
  });

  it('trend p2023.html d.nianbao -o p2023.html (also through a link)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p2023.html'), 'the portal page');
    symlinkSync(join(dir, 'p2023.html'), join(dir, 'link.html'));
    for (const out of ['p2023.html', 'link.html']) {
      const run = await cli('trend', join(dir, 'p2023.html'), fixturePath('sample-2024'), '-o', join(dir, out));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('-o 指定的');
      expect(run.stderr).toContain('要读取的报告');
    }
    expect(readFileSync(join(dir, 'p2023.html'), 'utf8')).toBe('the portal page');
  });

  it('units <folder> --register reg.xlsx --xlsx reg.xlsx', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'reg.xlsx'), 'the roster');
    const run = await cli('units', dir, '--register', join(dir, 'reg.xlsx'), '--xlsx', join(dir, 'reg.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--xlsx 指定的');
    expect(run.stderr).toContain('与 --register 是同一个文件');
    expect(readFileSync(join(dir, 'reg.xlsx'), 'utf8')).toBe('the roster');
  });
});

describe('every output checked before it is written', () => {
  it('units --pdf: a broken PDF from the converter is an error, never 已写入, and the old file stays', async () => {
    process.env.NIANBAO_SOFFICE = fakeSoffice('printf "not a pdf" > "$out/report.pdf"');
    const dir = tempDir();
    writeDraft(dir, 'a.nianbao', loadFixture('sample-2024'));
    const pdf = join(tempDir(), '一览.pdf');
    writeFileSync(pdf, 'the old table');
    const run = await cli('units', dir, '--pdf', pdf);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PDF 文件不完整');
    expect(run.stdout).not.toContain('已写入');
    expect(readFileSync(pdf, 'utf8')).toBe('the old table');
  });

  it('a workbook is checked as a Word document is: a zip with its workbook part', async () => {
    expect(await exportProblem('xlsx', await ledgerTemplate(2025))).toBeNull();
    expect(await exportProblem('xlsx', await toDocx(loadFixture('sample-2024')))).toBe('Excel 工作簿缺少工作簿部分');
    expect(await exportProblem('xlsx', new TextEncoder().encode('PK not a zip'))).toBe('Excel 工作簿不是有效的压缩包');
  });
});

describe('verify: the Word file’s label is inflated only so far', () => {
  it('refuses, in Chinese, a docProps/custom.xml that inflates past 1 MB', async () => {
    const dir = tempDir();
    const draft = writeDraft(dir, 'd.nianbao', loadFixture('sample-2024'));
    const zip = await JSZip.loadAsync(await toDocx(loadFixture('sample-2024')));
    zip.file('docProps/custom.xml', `<?xml version="1.0"?><Properties>${' '.repeat(3 << 20)}</Properties>`);
    const docx = join(dir, 'bomb.docx');
    writeFileSync(docx, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const run = await cli('verify', draft, docx);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('docProps/custom.xml 解压后超过 1 MB');
  }, 30_000);
});

describe('a path ending in a separator is a folder', () => {
  it('a missing one is refused; nothing is written', async () => {
    const dir = tempDir();
    const csv = ledgerCsv(dir);
    for (const args of [
      ['ledger', csv, '--year', '2025', '-o', join(dir, 'newsub') + '/'],
      ['signoff', fixturePath('sample-2024'), '--docx', join(dir, 'sx') + '/'],
      ['ledger', '--template', join(dir, 'tpl') + '/'],
    ]) {
      const run = await cli(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('结尾，指的是文件夹，但没有这个文件夹');
    }
    expect(readdirSync(dir)).toEqual(['台账.csv']);
  });

  it('an existing one receives the derived file name', async () => {
    const dir = tempDir();
    const csv = ledgerCsv(dir);
    for (const name of ['ld', 'sx', 'tpl']) mkdirSync(join(dir, name));
    expect((await cli('ledger', csv, '--year', '2025', '-o', join(dir, 'ld') + '/')).code).toBe(0);
    expect(readdirSync(join(dir, 'ld'))).toEqual([expect.stringMatching(/\.nianbao$/)]);
    expect((await cli('signoff', fixturePath('sample-2024'), '--docx', join(dir, 'sx'))).code).toBe(0);
    expect(readdirSync(join(dir, 'sx'))).toEqual(['示例市示例区人民政府2024年政府信息公开工作年度报告（审核签批单）.docx']);
    expect((await cli('ledger', '--template', join(dir, 'tpl') + '/', '--year', '2025')).code).toBe(0);
    expect(readdirSync(join(dir, 'tpl'))).toEqual(['2025年政府信息公开申请登记台账（模板）.xlsx']);
  }, 30_000);
});

describe('argument errors in Chinese, naming the option', () => {
  it.each([
    [['new', '--year', '-1', '--org', '甲', '-o', 'x.nianbao'], '选项 --year 的取值以“-”开头', '--year=取值'],
    [['import', 'a.txt', '-o', '-x'], '选项 -o 的取值以“-”开头', '--output=取值'],
    [['check', 'd.nianbao', '--json=yes'], '选项 --json 不带取值', ''],
    [['check', 'd.nianbao', '--prior'], '选项 --prior 缺少取值', ''],
    [['import', 'a.txt', '-o'], '选项 -o 缺少取值', ''],
    [['check', 'd.nianbao', '--jsn'], '未知选项 --jsn', ''],
  ])('%j', async (args, said, also) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(said);
    expect(run.stderr).toContain(also);
    expect(run.stderr).not.toMatch(/Option|Unknown|argument/);
  });
});

describe('Ctrl+C during a PDF conversion', () => {
  it('leaves no nianbao-pdf- folder behind', async () => {
    const tmp = tempDir();
    const out = tempDir();
    // Its process id beside it, to end it here: the CLI's exit does not end its child.
    const soffice = fakeSoffice(`echo $$ > "$0.pid"; touch "$out/started"; exec sleep 20`);
    const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'export', fixturePath('sample-2024'), '--pdf', join(out, 'a.pdf')], {
      env: { ...process.env, TMPDIR: tmp, NIANBAO_SOFFICE: soffice },
      stdio: 'ignore',
    });
    const exited = new Promise((done) => proc.on('exit', (code, signal) => done(code ?? signal)));
    const started = () => readdirSync(tmp).some((n) => existsSync(join(tmp, n, 'started')));
    for (let i = 0; i < 300 && !started(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(started()).toBe(true);
    proc.kill('SIGINT');
    const code = await exited;
    process.kill(Number(readFileSync(`${soffice}.pid`, 'utf8')), 'SIGTERM');
    expect(code).toBe(130);
    expect(readdirSync(tmp).filter((n) => n.startsWith('nianbao-pdf-'))).toEqual([]);
    expect(existsSync(join(out, 'a.pdf'))).toBe(false);
  }, 60_000);
});

describe('verify: a draft is not the published file', () => {
  it('refuses the draft itself, or a draft under another name, exit 2', async () => {
    const dir = tempDir();
    const draft = writeDraft(dir, 'd.nianbao', loadFixture('sample-2024'));
    writeFileSync(join(dir, 'd.html'), readFileSync(draft));
    for (const file of [draft, join(dir, 'd.html')]) {
      const run = await cli('verify', draft, file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('是年报草稿，不是导出或发布的文件');
    }
  });
});
