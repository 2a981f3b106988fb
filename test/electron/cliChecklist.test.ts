// `check` for 发布前检查 (issue 24): --lexicon (the office's 用语表), --prior of a published report
// (imported in the worker), and --checklist writing the one-page 检查报告 as Word or, through
// LibreOffice, PDF — one A4 page that lists every checklist item.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../shared/checklist';
import { fixturePath, loadFixture, referencePath } from '../helpers';
import type { Report } from '../../shared/report';
import { referenceReport } from '../referenceReports';
import { unseenFile, unseenReport } from '../unseenReports';
import { cli, tempDir, writeDraft } from './cliHarness';

const saved = process.env.NIANBAO_SOFFICE;
afterEach(() => {
  if (saved === undefined) delete process.env.NIANBAO_SOFFICE;
  else process.env.NIANBAO_SOFFICE = saved;
});

/** The sample with its 区长 named wrongly twice in part 五, written to a temporary draft. */
function misnamed(): string {
  const sample = loadFixture('sample-2024');
  return writeDraft(tempDir(), '示例区.nianbao', { ...sample, text: { ...sample.text, problems: `${sample.text.problems}\n区长张三峰、副区长李四峰主持专题会议。` } });
}

describe('check --lexicon', () => {
  it('flags the office’s wrong forms as errors, skipping (and naming) the lines it cannot read', async () => {
    const lexicon = join(tempDir(), '用语表.txt');
    writeFileSync(lexicon, '# 领导姓名\n张三峰 → 张三丰\n李四峰=李四丰\n写错了的一行\n');
    const run = await cli('check', misnamed(), '--lexicon', lexicon, '--json');
    expect(run.code).toBe(1);
    const wrong = JSON.parse(run.stdout).findings.filter((f: { rule: string }) => f.rule === 'TXT-05');
    expect(wrong.map((f: { severity: string; fix: { replacement: string } }) => [f.severity, f.fix.replacement])).toEqual([
      ['error', '张三丰'],
      ['error', '李四丰'],
    ]);
    expect(run.stderr).toBe('用语表 用语表.txt 第 4 行“写错了的一行”应写成“错误写法 → 正确写法”，已跳过');
    // Without the list the names are not the checker's to know.
    expect((await cli('check', misnamed())).code).toBe(0);
  });

  it('refuses a list it cannot read (exit 2)', async () => {
    const run = await cli('check', misnamed(), '--lexicon', join(tempDir(), '没有这个文件.txt'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法读取用语表');
  });
});

describe('check --prior with a published report', () => {
  const copied = async (report: Report) => {
    const run = await cli('check', writeDraft(tempDir(), '平潭2020.nianbao', report), '--prior', referencePath('published', 'pingtan-2019.txt'), '--json');
    return JSON.parse(run.stdout).findings.filter((f: { rule: string }) => f.rule === 'TXT-02') as { severity: string; message: string }[];
  };

  it('imports last year’s published report and compares with it (平潭 2020 against its 2019 report as published)', async () => {
    const now = unseenReport(unseenFile('pingtan-2020'));
    // As published, the 2020 report was rewritten: nothing to say.
    expect(await copied(now)).toEqual([]);
    // Its part 一 kept from 2019 with the years changed: found against the published page.
    const kept = await copied({ ...now, text: { ...now.text, overview: referenceReport('pingtan-2019').text.overview.replaceAll('2019', '2020') } });
    expect(kept.map((f) => f.severity)).toContain('warning');
    expect(kept[0].message).toContain('与 2019 年度报告相同');
  });
});

describe('check --checklist', () => {
  it('writes the 检查报告 as Word: every item, ✗ on the wrong names, the lines the model broke', async () => {
    const lexicon = join(tempDir(), '用语表.txt');
    writeFileSync(lexicon, '张三峰 → 张三丰\n');
    const out = join(tempDir(), '检查报告.docx');
    const run = await cli('check', misnamed(), '--lexicon', lexicon, '--checklist', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^已写出检查报告 .*检查报告\.docx：✗ 1 项，请核对 \d+ 项，✓ \d+ 项/);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:br\/>/g, '').replace(/<[^>]+>/g, '');
    for (const item of CHECKLIST) expect(text, item.title).toContain(item.title);
    expect(text).toContain('“张三峰”应为“张三丰”');
    expect(text).toContain('本单位用语表：1 条');
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(CHECKLIST.length + 1);
  });

  it('writes it as PDF through LibreOffice: one A4 page', async () => {
    const out = join(tempDir(), '检查报告.pdf');
    const run = await cli('check', fixturePath('sample-2024'), '--checklist', out);
    expect(run.code).toBe(0);
    const { stdout: info } = await promisify(execFile)('pdfinfo', [out]);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const { stdout: text } = await promisify(execFile)('pdftotext', [out, '-']);
    expect(text.replace(/\s+/g, '')).toContain('政府信息公开工作年度报告发布前检查报告');
  }, 120_000);

  it('refuses another ending, or the draft itself, before reading anything (exit 2)', async () => {
    const draft = misnamed();
    expect((await cli('check', draft, '--checklist', join(tempDir(), 'a.txt'))).stderr).toContain('--checklist 的文件应以 .pdf 或 .docx 结尾');
    const run = await cli('check', draft, '--checklist', draft.replace(/\.nianbao$/, '.nianbao'));
    expect(run.code).toBe(2);
  });

  it('without LibreOffice, says so for a PDF and writes nothing', async () => {
    process.env.NIANBAO_SOFFICE = join(tempDir(), 'no-soffice');
    const out = join(tempDir(), '检查报告.pdf');
    const run = await cli('check', fixturePath('sample-2024'), '--checklist', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未找到 LibreOffice');
    expect(existsSync(out)).toBe(false);
  });
});
