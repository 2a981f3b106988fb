// The command line against issue 21: files named after a draft's content land in their folder
// with a safe name; two formats never share one output file; years are decimal only; a full
// stdout is exit 2 with a Chinese message.

import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../shared/draft';
import { HOSTILE_NAMES, isPlainNameIn } from '../hostileNames';
import { fixturePath, loadFixture, referencePath } from '../helpers';
import { cli, tempDir, writeDraft } from './cliHarness';

/** The one file a folder holds after a command; fails when there is any other. */
function onlyFile(folder: string): string {
  const names = readdirSync(folder);
  expect(names).toHaveLength(1);
  return join(folder, names[0]);
}

describe('an output that names a folder: the file is named after the report, made safe', () => {
  it.each(HOSTILE_NAMES)('new --org %j -o <folder>/', async (org) => {
    const folder = join(tempDir(), '草稿');
    mkdirSync(folder);
    const run = await cli('new', '--year', '2024', '--org', org, '-o', `${folder}/`);
    expect(run.code, run.stderr).toBe(0);
    const file = onlyFile(folder);
    expect(isPlainNameIn(folder, file)).toBe(true);
    expect(file.endsWith('.nianbao')).toBe(true);
    expect(run.stdout).toContain(`已新建 ${file}：`);
    const draft = parseDraft(readFileSync(file, 'utf8'));
    expect(draft.ok && draft.draft.report.organization).toBe(org.trim());
  });

  it.each(HOSTILE_NAMES)('export of a draft titled %j to --docx and --html folders', async (title) => {
    const dir = tempDir();
    const draft = writeDraft(dir, 'a.nianbao', { ...loadFixture('sample-2024'), title, organization: title });
    const folder = join(dir, '导出');
    mkdirSync(folder);
    const run = await cli('export', draft, '--docx', folder, '--html', `${folder}/`);
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(folder).map((n) => join(folder, n));
    expect(files).toHaveLength(2);
    for (const file of files) expect(isPlainNameIn(folder, file), file).toBe(true);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(1);
  });

  it('import and aggregate -o <folder> name the draft after the organisation', async () => {
    const dir = tempDir();
    const imported = join(dir, '导入');
    mkdirSync(imported);
    const run = await cli('import', referencePath('published', 'shangjie-2020.txt'), '--org', '../../上街区', '-o', imported);
    expect(run.code, run.stderr).toBe(0);
    expect(isPlainNameIn(imported, onlyFile(imported))).toBe(true);

    const units = join(dir, '单位');
    mkdirSync(units);
    writeDraft(units, 'a.nianbao', { ...loadFixture('tianshui-2020'), organization: '甲' });
    const summed = join(dir, '汇总');
    mkdirSync(summed);
    const sum = await cli('aggregate', units, '--org', 'CON', '--year', '2020', '-o', summed);
    expect(sum.code, sum.stderr).toBe(0);
    expect(onlyFile(summed)).toBe(join(summed, 'CON2020年政府信息公开工作年度报告.nianbao'));
  });
});

describe('export: one output file per format', () => {
  it('refuses two formats to one path — also spelled otherwise, or by a link — writing nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.html'), 'an earlier export');
    symlinkSync(join(dir, 'a.html'), join(dir, 'link.docx'));
    for (const [docx, html] of [
      ['a.html', 'a.html'],
      ['./x/../a.html', 'a.html'],
      ['link.docx', 'a.html'],
    ]) {
      mkdirSync(join(dir, 'x'), { recursive: true });
      const run = await cli('export', fixturePath('sample-2024'), '--docx', join(dir, docx), '--html', join(dir, html));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--docx 和 --html 指定了同一个文件');
      expect(readdirSync(dir).sort()).toEqual(['a.html', 'link.docx', 'x']);
      expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('an earlier export');
    }
  });
});

describe('--year is decimal only', () => {
  it.each(['0x7e8', '2e3', '2024.0', '+2024', '0b11111101000', ' ', '２０２４'])('refuses %j for new, import, aggregate and ledger', async (year) => {
    const dir = tempDir();
    const runs = [
      await cli('new', '--year', year, '--org', '某局', '-o', join(dir, 'a.nianbao')),
      await cli('import', referencePath('published', 'shangjie-2020.txt'), '--year', year, '-o', join(dir, 'b.nianbao')),
      await cli('aggregate', fixturePath('tianshui-2020'), '--org', '某市', '--year', year, '-o', join(dir, 'c.nianbao')),
      await cli('ledger', '--template', join(dir, 'd.xlsx'), '--year', year),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--year：报告年度应为 2019 至 2100 年之间的年份，用十进制数字写（如 2024），实际为“${year}”`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes 2024 and 2020', async () => {
    const dir = tempDir();
    expect((await cli('new', '--year', '2024', '--org', '某局', '-o', join(dir, 'a.nianbao'))).code).toBe(0);
    expect((await cli('new', '--year', '2020', '--org', '某局', '-o', join(dir, 'b.nianbao'))).code).toBe(0);
  });
});

describe('output errors', () => {
  it('a full stdout: exit 2 and a Chinese message, no stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'check', fixturePath('tianshui-2020')], { stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      proc.stderr!.on('data', (d) => (stderr += d));
      const code = await new Promise((done) => proc.on('exit', done));
      expect(code).toBe(2);
      expect(stderr).toBe('无法输出结果：磁盘空间不足（标准输出无法写入），输出不完整。\n');
    } finally {
      closeSync(full);
    }
  }, 30_000);
});
