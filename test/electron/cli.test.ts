// The command line of design §5, against the acceptance lines of the foundation issue.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { parseDraft, serializeDraft } from '../../shared/draft';
import { anchorOf, reconcile } from '../../shared/reconcile';
import { fixturePath, loadFixture, loadPublished, referencePath, withCells } from '../helpers';
import { cli, tempDir, writeDraft } from './cliHarness';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const PUBLISHED = ['tianshui-2020', 'shangjie-2020', 'hongqiao-2020'] as const;
/** A published report's draft with its narrative, written to a temporary file. */
const publishedDraft = (name: (typeof PUBLISHED)[number], changes: Record<string, number> = {}) =>
  writeDraft(tempDir(), `${name}.nianbao`, withCells(loadPublished(name), changes));

describe('check: the published fixtures', () => {
  it.each(PUBLISHED)('%s passes with no error findings (exit 0)', async (name) => {
    const run = await cli('check', publishedDraft(name), '--json');
    expect(run.code).toBe(0);
    const { findings } = JSON.parse(run.stdout);
    expect(findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  // One entered cell changed in each, so that a rule breaks: exit 1, the rule, its cells and figures.
  const broken: [(typeof PUBLISHED)[number], Record<string, number>, string, string[], string[]][] = [
    ['tianshui-2020', { 'apply.R4.NP': 3 }, 'T3-04', ['apply.R1.NP', 'apply.R2.NP', 'apply.R3_7.NP', 'apply.R4.NP'], ['80 + ', '= 80', '80 + ', '3 = 83', '少 3']],
    ['shangjie-2020', { 'apply.R3_1.LAW': 7 }, 'T3-04', ['apply.R1.LAW', 'apply.R2.LAW', 'apply.R3_7.LAW', 'apply.R4.LAW'], ['「法律服务机构」列', '6 + ', '= 6', '7 + ', '= 7', '少 1']],
    ['hongqiao-2020', { 'review.LR.UPHELD': -5 }, 'T4-01', ['review.LR.UPHELD'], ['复议后起诉', '-5']],
  ];

  it.each(broken)('%s with %j breaks %s (exit 1)', async (name, change, rule, cells, figures) => {
    const run = await cli('check', publishedDraft(name, change), '--json');
    expect(run.code).toBe(1);
    const errors = JSON.parse(run.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].rule).toBe(rule);
    expect(errors[0].cells).toEqual(cells);
    for (const figure of figures) expect(errors[0].message).toContain(figure);
  });

  it('prints every cell, derived ones included, with --json', async () => {
    const run = await cli('check', fixturePath('tianshui-2020'), '--json');
    const { cells } = JSON.parse(run.stdout);
    expect(Object.keys(cells)).toEqual(cellIndex(EDITIONS['2019']).all.map((c) => c.key));
    expect(cells['apply.R3_7.TOT']).toBe(93);
    expect(cells['review.RV.TOTAL']).toBe(19);
    expect(cells['active.PROC.AMOUNT']).toBe(157325);
  });

  it('shows a warning the clerk acknowledged with its reason, in the text and in --json', async () => {
    const report = loadPublished('hongqiao-2020');
    const [remedies] = reconcile(report).filter((f) => f.rule === 'TXT-04');
    const acknowledged = { ...report, acknowledgements: [{ rule: 'TXT-04', anchor: anchorOf(remedies, report), reason: '上年报告未列问题' }] };
    const path = writeDraft(tempDir(), 'ack.nianbao', acknowledged);
    const run = await cli('check', path);
    expect(run.stdout).toContain('[警告] TXT-04 「五、存在的主要问题及改进情况」没有说明上年度报告所提问题的整改情况，评议时通常会检查这一项。（已说明：上年报告未列问题）');
    expect(run.stdout).toMatch(/警告 \d+ 项，提示 \d+ 项（其中 1 项已说明）/);
    const json = await cli('check', path, '--json');
    expect(JSON.parse(json.stdout).findings.find((f: { rule: string }) => f.rule === 'TXT-04').acknowledged).toBe('上年报告未列问题');
  });

  it('speaks Chinese to people without --json', async () => {
    const run = await cli('check', publishedDraft('tianshui-2020', { 'apply.R4.NP': 3 }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('天水市人民政府2020年政府信息公开工作年度报告（2019 年版格式，国办公开办函〔2019〕60号）');
    expect(run.stdout).toContain('[错误] T3-04 「自然人」列不平衡');
    // The warnings: "所有…申请均得到…答复" now that 3 are carried over (T3-08), 主动公开 for 予以公开
    // (T3-09), no 考核、评议、追究 (S-07), no word on last year's problems (TXT-04), and half-width
    // punctuation in the 前言 and parts 一, 五 and 六 of the page as scraped (TXT-07).
    expect(run.stdout).toContain('错误 1 项，警告 8 项，提示 0 项');
  });
});

describe('check: unreadable input exits 2 and leaves the file byte-identical', () => {
  const cases: [string, (path: string) => void, RegExp][] = [
    ['invalid JSON', (p) => writeFileSync(p, '{"kind": "nianbao-draft", "fileVersion": 1,,}'), /不是有效的 JSON 格式/],
    [
      'a wrong type deep in cells',
      (p) => writeFileSync(p, serializeDraft(loadFixture('hongqiao-2020')).replace('"review.LR.UPHELD": 5', '"review.LR.UPHELD": [5]')),
      /report\.cells\["review\.LR\.UPHELD"\] 应为数字，实际为列表/,
    ],
    ['an unknown fileVersion', (p) => writeFileSync(p, serializeDraft(loadFixture('hongqiao-2020')).replace(/"fileVersion": \d+/, '"fileVersion": 7')), /文件版本 7/],
    [
      'a 40 MB file',
      (p) => {
        writeFileSync(p, serializeDraft(loadFixture('hongqiao-2020')));
        truncateSync(p, 40 * 1024 * 1024);
      },
      /文件过大（40\.0 MB）/,
    ],
    ['bytes that are not UTF-8', (p) => writeFileSync(p, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), /不是 UTF-8 编码/],
    ['a missing file', () => undefined, /文件不存在/],
  ];

  it.each(cases)('%s', async (_label, make, message) => {
    const path = join(tempDir(), 'draft.nianbao');
    make(path);
    const before = _label === 'a missing file' ? null : sha(path);
    const run = await cli('check', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`无法读取 ${path}：`);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    if (before) expect(sha(path)).toBe(before);
  });
});

describe('check --prior', () => {
  it('runs the cross-year rules against last year', async () => {
    const dir = tempDir();
    const prior = writeDraft(dir, '2019.nianbao', withCells({ ...loadFixture('tianshui-2020'), year: 2019 }, { 'apply.R4.NP': 2 }));
    const run = await cli('check', fixturePath('tianshui-2020'), '--prior', prior, '--json');
    expect(run.code).toBe(1);
    const [f] = JSON.parse(run.stdout).findings.filter((x: { rule: string }) => x.rule === 'T3-05');
    expect(f.cells).toEqual(['apply.R2.NP']);
  });

  it('refuses a prior that is not the year before (exit 2)', async () => {
    const run = await cli('check', fixturePath('tianshui-2020'), '--prior', fixturePath('shangjie-2020'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('的年度为 2020 年，应为 2019 年');
  });

  it('refuses an unreadable prior (exit 2)', async () => {
    const run = await cli('check', fixturePath('tianshui-2020'), '--prior', join(tempDir(), 'none.nianbao'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法读取上年报告');
  });
});

describe('new', () => {
  it('writes a blank draft in the edition the year requires', async () => {
    const path = join(tempDir(), '2021.nianbao');
    const run = await cli('new', '--year', '2021', '--org', '金昌市金川区人民政府', '-o', path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('金昌市金川区人民政府2021年政府信息公开工作年度报告（2021 年版格式');
    const draft = parseDraft(readFileSync(path, 'utf8'));
    expect(draft.ok && [draft.draft.report.edition, draft.draft.report.year, draft.draft.report.cells]).toEqual(['2021', 2021, {}]);
    // An empty report is not one to publish: its parts and tables are missing (S-01, S-02), nothing else.
    const check = await cli('check', path, '--json');
    expect(check.code).toBe(1);
    const errors = JSON.parse(check.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(new Set(errors.map((f: { rule: string }) => f.rule))).toEqual(new Set(['S-01', 'S-02']));
  });

  it('never overwrites an existing file', async () => {
    const path = writeDraft(tempDir(), 'mine.nianbao', loadFixture('tianshui-2020'));
    const before = sha(path);
    const run = await cli('new', '--year', '2021', '--org', '某局', '-o', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('已存在');
    expect(sha(path)).toBe(before);
  });

  it.each([
    [['--year', '2018', '--org', '某局', '-o', 'x.nianbao'], '--year：报告年度应为 2019 至 2100 年之间的年份，实际为“2018”'],
    [['--year', '20225', '--org', '某局', '-o', 'x.nianbao'], '--year：报告年度应为 2019 至 2100 年之间的年份，实际为“20225”'],
    [['--year', 'abc', '--org', '某局', '-o', 'x.nianbao'], '--year：报告年度应为'],
    [['--year', '2021', '--org', ' ', '-o', 'x.nianbao'], '--org 不能为空'],
    [['--year', '2021', '--org', '某局'], '需要 --year、--org 和 -o'],
    [['--year', '2021', '--org', '某局', '-o', 'x.nianbao', '--bogus'], '未知选项 --bogus'],
  ])('refuses %j with a usage message (exit 2)', async (args, message) => {
    const run = await cli('new', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('用法：');
  });
});

describe('new --from', () => {
  it('starts 2021 from tianshui-2020: carries 结转下年度 into 上年结转, converts the form, lists what has no place', async () => {
    const path = join(tempDir(), '2021.nianbao');
    const run = await cli('new', '--from', fixturePath('tianshui-2020'), '-o', path, '--json');
    expect(run.code).toBe(0);
    const { notes } = JSON.parse(run.stdout);
    expect(notes.map((n: { rule: string }) => n.rule)).toEqual(['CONV-01', 'CONV-02', 'CONV-03']);
    expect(notes[0].message).toContain('规范性文件对外公开总数量 50');
    expect(notes[2].message).toContain('政府集中采购采购总金额 157325');
    const draft = parseDraft(readFileSync(path, 'utf8'));
    if (!draft.ok) throw new Error(draft.message);
    expect([draft.draft.report.year, draft.draft.report.edition, draft.draft.prior?.year]).toEqual([2021, '2021', 2020]);
    const check = await cli('check', path, '--json');
    expect(JSON.parse(check.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('T2B-04'); // the remembered prior is used
  });

  it('refuses an unreadable prior and a year not after it (exit 2)', async () => {
    expect((await cli('new', '--from', join(tempDir(), 'none.nianbao'), '-o', join(tempDir(), 'x.nianbao'))).stderr).toContain('无法读取上年报告');
    const run = await cli('new', '--from', fixturePath('tianshui-2020'), '--year', '2020', '-o', join(tempDir(), 'x.nianbao'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不晚于上年报告的年度');
  });
});

describe('usage', () => {
  it('explains an unknown command and exits 2', async () => {
    const run = await cli('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未知命令“frobnicate”');
  });

  it('prints help', async () => {
    const run = await cli('help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('npm run cli -- check');
  });
});

describe('the real entry point', () => {
  it('runs as `npm run cli` does, with its exit code', async () => {
    const exec = promisify(execFile);
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const ok = await exec(tsx, ['electron/cli.ts', 'check', publishedDraft('hongqiao-2020')]);
    expect(ok.stdout).toContain('错误 0 项');
    const failure = await exec(tsx, ['electron/cli.ts', 'check', 'no-such-file.nianbao']).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failure && failure.code).toBe(2);
    expect(failure.stderr).toContain('文件不存在');
  });
});

describe('export', () => {
  it('writes the Word and HTML exports (exit 0)', async () => {
    const dir = tempDir();
    const docx = join(dir, '年报.docx');
    const html = join(dir, '年报.html');
    const run = await cli('export', fixturePath('hongqiao-2020'), '--docx', docx, '--html', html);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已导出 ${docx}`);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(html, 'utf8')).toContain('<title>天津市红桥区人民政府2020年政府信息公开工作年度报告</title>');
  });

  it('writes a CMS fragment with --fragment', async () => {
    const html = join(tempDir(), 'f.html');
    expect((await cli('export', fixturePath('sample-2024'), '--html', html, '--fragment')).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<div lang="zh-CN" style="/);
  });

  it('warns, but still exports, a report with errors', async () => {
    const dir = tempDir();
    const draft = writeDraft(dir, 'x.nianbao', withCells(loadPublished('tianshui-2020'), { 'apply.R4.NP': 3 }));
    const run = await cli('export', draft, '--html', join(dir, 'x.html'));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('报告还有 1 项错误');
  });

  it.each([
    [['--docx', 'x.nianbao'], '不能使用草稿的扩展名'],
    [[], '需要 --docx、--pdf、--html 或 --graphic'],
    [['--docx', 'x.docx', '--fragment'], '--fragment 只能与 --html 一起使用'],
  ])('refuses %j (exit 2)', async (args, message) => {
    const run = await cli('export', fixturePath('tianshui-2020'), ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('refuses to write over the draft itself', async () => {
    const draft = writeDraft(tempDir(), 'r.nianbao', loadFixture('tianshui-2020'));
    const before = sha(draft);
    const run = await cli('export', draft, '--html', draft);
    expect(run.code).toBe(2);
    expect(sha(draft)).toBe(before);
  });

  it('exits 2 on an unreadable draft', async () => {
    const run = await cli('export', join(tempDir(), 'none.nianbao'), '--html', join(tempDir(), 'x.html'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('文件不存在');
  });
});

describe('aggregate', () => {
  it('sums the units in a folder (recursively) into a new draft, with the unit list', async () => {
    const dir = tempDir();
    const units = join(dir, '下级单位');
    writeDraft(tempDirIn(units, '乡镇'), '天水.nianbao', loadFixture('tianshui-2020'));
    writeDraft(units, '上街.nianbao', loadFixture('shangjie-2020'));
    const out = join(dir, '汇总.nianbao');
    const run = await cli('aggregate', units, fixturePath('hongqiao-2020'), '--org', '合计', '--year', '2020', '-o', out, '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.units.map((u: { organization: string }) => u.organization)).toEqual(['郑州市上街区人民政府', '天水市人民政府', '天津市红桥区人民政府']);
    expect(summary.unreadable).toEqual([]);
    const draft = parseDraft(readFileSync(out, 'utf8'));
    expect(draft.ok && draft.draft.report.cells['apply.R1.NP']).toBe(426);
    expect(run.stderr).toContain('已汇总 3 个单位的报告');
  });

  it('stops, writing nothing, when a file cannot be read — unless told to go on without it', async () => {
    const dir = tempDir();
    writeDraft(dir, 'a.nianbao', loadFixture('tianshui-2020'));
    writeFileSync(join(dir, 'b.nianbao'), '{ broken');
    const out = join(tempDir(), '汇总.nianbao');
    const stopped = await cli('aggregate', dir, '--org', '合计', '--year', '2020', '-o', out);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain(`无法读取 ${join(dir, 'b.nianbao')}：文件不是有效的 JSON 格式`);
    expect(stopped.stderr).toContain('未生成汇总报告');
    expect(() => readFileSync(out)).toThrow();
    const went = await cli('aggregate', dir, '--org', '合计', '--year', '2020', '-o', out, '--skip-unreadable');
    expect(went.code).toBe(0);
    expect(went.stdout).toContain('未含 1 个无法读取的文件');
    expect(went.stderr).toContain('b.nianbao');
  });

  it('refuses a mixed set naming the files, and never overwrites (exit 2)', async () => {
    const out = join(tempDir(), '汇总.nianbao');
    const mixed = await cli('aggregate', fixturePath('tianshui-2020'), fixturePath('sample-2024'), '--org', '合计', '--year', '2020', '-o', out);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain(fixturePath('sample-2024'));
    const existing = writeDraft(tempDir(), 'x.nianbao', loadFixture('tianshui-2020'));
    const before = sha(existing);
    const over = await cli('aggregate', fixturePath('tianshui-2020'), '--org', '合计', '--year', '2020', '-o', existing);
    expect(over.code).toBe(2);
    expect(sha(existing)).toBe(before);
    expect((await cli('aggregate', '--org', '合计', '--year', '2020', '-o', out)).code).toBe(2);
  });
});

function tempDirIn(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('import', () => {
  const publishedPath = (name: string) => referencePath('published', `${name}.txt`);

  it('writes a plain draft and prints the summary and findings (exit 0)', async () => {
    const out = join(tempDir(), '上街.nianbao');
    const run = await cli('import', publishedPath('shangjie-2020'), '-o', out, '--json');
    expect(run.code).toBe(0);
    const { summary, findings } = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ format: 'text', cellsRecovered: 165, cellsMissing: 1 });
    expect(findings.map((f: { rule: string }) => f.rule)).toContain('IMP-02');
    const draft = parseDraft(readFileSync(out, 'utf8'));
    expect(draft.ok && Object.keys(draft.draft).sort()).toEqual(['fileVersion', 'kind', 'prior', 'report', 'savedAt']);
    expect(run.stderr).toContain('识别单元格 165 个，未能识别 1 个');
  });

  it('reads a PDF, takes --year and --org over what the page says, and prints the summary with the findings', async () => {
    const out = join(tempDir(), '洪泽.nianbao');
    const run = await cli('import', referencePath('published', 'hongze-2023.pdf'), '-o', out, '--org', '淮安市洪泽区人民政府', '--year', '2023', '--json');
    expect(run.code).toBe(0);
    const { summary, findings } = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ format: 'pdf', organization: '淮安市洪泽区人民政府', organizationSource: '导入时指定', year: 2023, yearSource: '导入时指定', dropped: ['- 1 -', '- 2 -', '- 3 -', '- 4 -', '- 5 -'] });
    expect(findings.filter((f: { rule: string }) => f.rule === 'T4-02')).toHaveLength(2);
    const draft = parseDraft(readFileSync(out, 'utf8'));
    expect(draft.ok && draft.draft.report.importRecord?.source).toBe('hongze-2023.pdf');
    const human = await cli('import', referencePath('published', 'hongze-2023.pdf'), '-o', join(tempDir(), 'h.nianbao'));
    expect(human.stdout).toContain('机关名称取自标题；报告年度取自标题');
    expect(human.stdout).toContain('[删去] - 1 -');
  });

  it('refuses a --year without a national format, and an empty --org (exit 2)', async () => {
    const out = join(tempDir(), 'x.nianbao');
    expect((await cli('import', publishedPath('tianshui-2020'), '-o', out, '--year', '2018')).stderr).toContain('--year：报告年度应为 2019 至 2100 年之间的年份');
    expect((await cli('import', publishedPath('tianshui-2020'), '-o', out, '--org', ' ')).code).toBe(2);
  });

  it('exits 2 with a reason when nothing usable is found, and never overwrites', async () => {
    const junk = join(tempDir(), 'junk.txt');
    writeFileSync(junk, '这不是年报');
    const run = await cli('import', junk, '-o', join(tempDir(), 'x.nianbao'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有找到报告年度');
    const existing = writeDraft(tempDir(), 'x.nianbao', loadFixture('tianshui-2020'));
    const before = sha(existing);
    expect((await cli('import', publishedPath('tianshui-2020'), '-o', existing)).code).toBe(2);
    expect(sha(existing)).toBe(before);
  });
});
