// The command line of the report's life (issue 23): stage (0 recorded, 1 refused with the reason,
// 2 unreadable), status, check's PUB-01, verify on the Word, PDF and HTML exports and on a portal
// page (0 match, 1 each difference named, 2 unreadable), and the 审核签批单.

import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../electron/services/exports';
import { lockPathOf } from '../../electron/services/lock';
import { toPrintHtml } from '../../shared/export/print';
import { launchChromium } from '../browser';
import { chromiumPrinter } from '../harness/printer';
import { parseDraft, serializeDraft } from '../../shared/draft';
import { contentOf, fingerprint } from '../../shared/workflow';
import { fixturePath } from '../helpers';
import { cli, tempDir } from './cliHarness';

const dir = tempDir();
const SENTENCE = '全年主动公开政府信息4213条，其中政策解读86篇。';
const today = new Date().toISOString().slice(0, 10);

function read(path: string) {
  const r = parseDraft(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.draft.report;
}

/** The sample taken to 发布 by the command line. */
async function publishedDraft(name: string): Promise<string> {
  const path = join(dir, name);
  copyFileSync(fixturePath('sample-2024'), path);
  for (const step of ['送审', '通过', '签发', '备案']) expect((await cli('stage', path, step, '--by', '王小明')).code).toBe(0);
  expect((await cli('stage', path, '发布', '--by', '王小明', '--date', today, '--url', 'https://www.example.gov.cn/nb.html')).code).toBe(0);
  return path;
}

describe('stage', () => {
  it('records each step in order and freezes the version; refuses out of order, without a remark or a date, with the reason', async () => {
    const path = join(dir, 'stage.nianbao');
    copyFileSync(fixturePath('sample-2024'), path);
    const signFirst = await cli('stage', path, '签发', '--by', '赵局长');
    expect(signFirst).toMatchObject({ code: 1, stderr: '不能签发：审核通过后才能签发（现为起草）。' });
    const submitted = await cli('stage', path, '送审', '--by', '王小明', '--note', '请审核', '--json');
    expect(submitted.code).toBe(0);
    const json = JSON.parse(submitted.stdout);
    expect(json).toMatchObject({ ok: true, stage: '送审', entry: { step: 'submit', by: '王小明', note: '请审核', fingerprint: fingerprint(contentOf(read(path))) }, findings: [] });
    expect(await cli('stage', path, '退回', '--by', '李科长')).toMatchObject({ code: 1, stderr: '不能退回：请先在需要修改的地方添加至少一条审核意见。' });
    expect((await cli('stage', path, '通过', '--by', '李科长')).code).toBe(0);
    expect((await cli('stage', path, '签发', '--by', '赵局长')).code).toBe(0);
    expect((await cli('stage', path, '备案', '--by', '陈备案')).code).toBe(0);
    expect(await cli('stage', path, '发布', '--by', '王小明')).toMatchObject({ code: 1, stderr: '不能发布：请填写发布日期（YYYY-MM-DD）。' });
    expect(read(path).workflow.history.map((e) => e.step)).toEqual(['submit', 'approve', 'sign', 'file']);
  });

  it('exit 2 for a draft it cannot read, and a usage error for a step it does not know', async () => {
    const bad = join(dir, 'bad.nianbao');
    writeFileSync(bad, '{');
    expect((await cli('stage', bad, '送审', '--by', '王小明')).code).toBe(2);
    const unknown = await cli('stage', bad, '批准', '--by', '王小明');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('步骤应为 送审、通过、退回、签发、备案、发布 之一，实际为“批准”');
  });

  it('a draft open in the app (its lock alive) is not written: exit 1 naming who', async () => {
    const path = join(dir, 'locked.nianbao');
    copyFileSync(fixturePath('sample-2024'), path);
    const before = readFileSync(path);
    writeFileSync(lockPathOf(path), JSON.stringify({ kind: 'nianbao-lock', user: '张三', host: (await import('node:os')).hostname(), pid: process.pid, since: new Date().toISOString(), session: 'other' }));
    const run = await cli('stage', path, '送审', '--by', '王小明');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/正由 张三（电脑 .+）.*打开编辑/);
    expect(readFileSync(path)).toEqual(before);
  });
});

describe('status and check', () => {
  it('says the stage, the history with fingerprints, and after an edit what changed since 发布 (PUB-01 in check)', async () => {
    const path = await publishedDraft('status.nianbao');
    const fp = fingerprint(contentOf(read(path)));
    const status = JSON.parse((await cli('status', path, '--json')).stdout);
    expect(status).toMatchObject({ stage: '发布', fingerprint: fp, changedSincePublished: false, published: { fingerprint: fp, date: today, url: 'https://www.example.gov.cn/nb.html' }, openRemarks: [], problems: [] });
    expect(status.history.map((e: { step: string }) => e.step)).toEqual(['送审', '通过', '签发', '备案', '发布']);

    const report = read(path);
    writeFileSync(path, serializeDraft({ ...report, cells: { ...report.cells, 'apply.R1.NP': 121, 'apply.R3_1.NP': report.cells['apply.R3_1.NP'] + 1 } }));
    const human = await cli('status', path);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('阶段：起草（发布后已修改）');
    expect(human.stdout).toContain('与已发布版本不一致：\n  · 表三 一、本年新收政府信息公开申请数量 / 自然人：120 → 121');
    const check = await cli('check', path);
    expect(check.stdout).toMatch(/\[警告\] PUB-01 与已发布版本不一致（.+发布，版本 [0-9a-f]{8}）：表三 一、本年新收政府信息公开申请数量 \/ 自然人：120 → 121/);
  });
});

describe('verify', () => {
  let path: string;
  const out = (name: string) => join(dir, name);
  beforeAll(async () => {
    path = await publishedDraft('verify.nianbao');
    const exported = await cli('export', path, '--docx', out('v.docx'), '--html', out('v.html'), '--pdf', out('lo.pdf'));
    expect(exported.code).toBe(0);
    // The PDF as the app makes it: the print layout printed by Chromium (main's printToPDF).
    const browser = await launchChromium();
    try {
      await writeExport(out('v.pdf'), read(path), 'pdf', (r) => chromiumPrinter(async () => browser, async () => true).toPdf(toPrintHtml(r)));
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('the Word, PDF and HTML exports of the published version match', async () => {
    for (const file of ['v.docx', 'v.pdf', 'v.html']) {
      const run = await cli('verify', path, out(file));
      expect(run.stderr).toBe('');
      expect({ file, code: run.code, out: run.stdout }).toMatchObject({ code: 0, out: expect.stringContaining('一致：各单元格数字和各部分文字均相同。') });
      expect(run.stdout).toContain('（即此版本）');
    }
  }, 60_000);

  it('the command line\'s PDF (LibreOffice) is read too; where LibreOffice 7.4 drops a 、 hanging at a line\'s end, that is named', async () => {
    const run = await cli('verify', path, out('lo.pdf'));
    expect(run.stdout).toContain('（即此版本）');
    // Not a fault of verify: that 、 is missing from the page itself (pdftotext sees the same).
    const printed = execFileSync('pdftotext', [out('lo.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const dropped = !printed.includes('收到和处理政府信息公开申请情况、政府信息公开行政复议');
    expect(run.code).toBe(dropped ? 1 : 0);
    if (dropped) expect(run.stdout).toContain('· 前言：文字不同，删去“、”');
  }, 60_000);

  it('a figure changed in the HTML and a sentence in the Word file: exit 1 naming that cell and that part', async () => {
    const html = readFileSync(out('v.html'), 'utf8');
    // 表三's first figure, 一、本年新收 / 自然人 (120).
    const changedHtml = html.replace('<td headers="apply-h1 apply-h2 apply-h10">120</td>', '<td headers="apply-h1 apply-h2 apply-h10">130</td>');
    expect(changedHtml).not.toBe(html);
    writeFileSync(out('changed.html'), changedHtml);
    const zip = await JSZip.loadAsync(readFileSync(out('v.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(SENTENCE);
    zip.file('word/document.xml', xml.replace(SENTENCE, '全年主动公开政府信息4213条，其中政策解读96篇。'));
    writeFileSync(out('changed.docx'), await zip.generateAsync({ type: 'uint8array' }));

    const h = await cli('verify', path, out('changed.html'));
    expect(h.code).toBe(1);
    expect(h.stdout).toContain('不一致，共 1 处：\n  · 表三 一、本年新收政府信息公开申请数量 / 自然人：应为 120，文件中为 130');
    const w = await cli('verify', path, out('changed.docx'), '--json');
    expect(w.code).toBe(1);
    const json = JSON.parse(w.stdout);
    expect(json).toMatchObject({ match: false, against: 'published', differences: [{ kind: 'part', key: 'overview', name: '一、总体情况' }] });
    expect(json.findings[0].message).toBe('一、总体情况：文字不同，“8”改为“9”');
  }, 60_000);

  it('the portal page saved from the browser (the export inside the site\'s chrome) matches', async () => {
    const page = readFileSync(out('v.html'), 'utf8');
    const body = /<main>([\s\S]*)<\/main>/.exec(page)![1];
    const portal = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例区人民政府门户网站</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/xxgk">政府信息公开</a> <a href="/hd">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>
<div class="info">发布时间：${today}\u3000来源：示例区人民政府办公室\u3000浏览次数：128</div>
<div class="article">${body}</div>
<div class="footer">主办单位：示例区人民政府办公室\u3000网站标识码：1234567890\u3000ICP备案号：示ICP备12345678号</div>
</body></html>`;
    writeFileSync(out('portal.html'), portal);
    const run = await cli('verify', path, out('portal.html'));
    expect({ code: run.code, out: run.stdout }).toMatchObject({ code: 0, out: expect.stringContaining('一致') });
    expect(run.stdout).toContain('文件中没有记录版本指纹');
  });

  it('exit 2 for a file it cannot read', async () => {
    writeFileSync(out('empty.pdf'), 'not a pdf');
    expect((await cli('verify', path, out('empty.pdf'))).code).toBe(2);
  });
});

describe('signoff', () => {
  it('writes the 审核签批单 as Word and as a one-page PDF carrying the version\'s fingerprint', async () => {
    const path = await publishedDraft('signoff.nianbao');
    const run = await cli('signoff', path, '--docx', join(dir, 's.docx'), '--pdf', join(dir, 's.pdf'));
    expect(run.code).toBe(0);
    const fp = fingerprint(contentOf(read(path)));
    const info = execFileSync('pdfinfo', ['-custom', join(dir, 's.pdf')], { encoding: 'utf8' });
    expect(info).toContain(`NianbaoFingerprint:${fp}`);
    expect(execFileSync('pdfinfo', [join(dir, 's.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', [join(dir, 's.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(fp);
    expect(text).toContain('示例市示例区人民政府2024年政府信息公开工作年度报告');
    expect(text).toContain(`发布王小明${today}`);
    expect(text).toContain('https://www.example.gov.cn/nb.html');
  }, 60_000);
});
