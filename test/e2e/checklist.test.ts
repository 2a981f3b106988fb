// 发布前检查 in the editor (issue 24): the office's 用语表 loaded at start and checked as the clerk
// types; the checklist page drawn as it prints, with ✓ / ✗ / 请核对 per item; last year's report
// imported from a published one; every repeated sentence reachable; the 检查报告 exported as PDF.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { saveDraft } from '../../electron/services/documents';
import { loadFixture, referencePath } from '../helpers';
import { startApp, type App } from './app';
import { axeViolations } from './axe';

let app: App;
let draft: string;

beforeAll(async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  const userData = join(workDir, '.user-data');
  mkdirSync(userData, { recursive: true });
  writeFileSync(join(userData, '用语表.txt'), '# 本单位\n张三峰 → 张三丰  # 区长姓名\n');
  const sample = loadFixture('sample-2024');
  // The 2023 report of the same office, its part 一 kept this year with the years changed.
  const prior = { ...sample, year: 2023, text: { ...sample.text, overview: sample.text.overview.replaceAll('2024', '2023') } };
  const report = { ...sample, text: { ...sample.text, problems: `${sample.text.problems}\n区长张三峰主持专题会议，部署深入开展扫黑险恶专项斗争中的信息公开工作。` } };
  draft = join(workDir, '示例区2024.nianbao');
  await saveDraft(draft, report, prior);
  app = await startApp({ workDir, userDataDir: userData, initialPath: draft });
});
afterAll(async () => {
  await app?.close();
});

it('checks with the office’s 用语表 and the shipped lexicon, and shows the 检查报告 as it prints', async () => {
  const page = await app.page();
  await page.waitForSelector('.workspace');
  const findings = page.locator('.findings');
  await expect.poll(() => findings.locator('[data-rule="TXT-05"]').count()).toBe(2);
  expect(await findings.locator('[data-rule="TXT-05"]').allTextContents()).toEqual([
    expect.stringContaining('“张三峰”应为“张三丰”'),
    expect.stringContaining('“扫黑险恶”应为“扫黑除恶”'),
  ]);

  await findings.getByRole('button', { name: '发布前检查' }).click();
  const dialog = page.getByRole('dialog', { name: '发布前检查' });
  await dialog.waitFor();
  const text = await dialog.locator('.preview-page').textContent();
  expect(text).toContain('政府信息公开工作年度报告发布前检查报告');
  expect(text).toContain('本单位用语表：1 条');
  expect(text).toContain('上年报告：已比对 2023 年度报告');
  expect(text).toMatch(/无严重表述错误✗· 「五、存在的主要问题及改进情况」/);
  expect(text).toMatch(/与上年报告的重复率✗· 「一、总体情况」有 100% 的文字/);
  expect(await dialog.getByTestId('checklist-counts').textContent()).toMatch(/^✗ \d+ 项 · 请核对 \d+ 项 · ✓ \d+ 项$/);
  expect(await axeViolations(page)).toEqual([]);

  // The 检查报告 as PDF: one A4 page, as the view shows it.
  await dialog.getByRole('button', { name: '导出 PDF…' }).click();
  await page.getByText('已导出检查报告').waitFor();
  const pdf = readdirSync(app.workDir).find((f) => f.endsWith('（发布前检查）.pdf'))!;
  const { stdout } = await promisify(execFile)('pdfinfo', [join(app.workDir, pdf)]);
  expect(stdout).toMatch(/Pages:\s+1\n/);
  expect(stdout).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const words = (await promisify(execFile)('pdftotext', ['-layout', join(app.workDir, pdf), '-'])).stdout;
  expect(words).toContain('发布前检查报告');
  expect(words).toContain('无严重表述错误');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.close();
});

it('selects each repeated sentence from its TXT-02 finding', async () => {
  const page = await app.page();
  await page.waitForSelector('.workspace');
  const part = page.locator('.finding[data-rule="TXT-02"]').filter({ hasText: '「一、总体情况」有 100%' });
  // The first sentence, the heading "（一）主动公开" (too short to count), then this one.
  await part.getByRole('button', { name: '第 2 句' }).click();
  const selected = await page.locator('[data-text="overview"]').evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd));
  expect(selected).toBe('全年主动公开政府信息4213条，其中政策解读86篇。');
  await page.close();
});

it('takes last year’s report from a published report, and says when its year is wrong', async () => {
  const page = await app.page();
  await page.waitForSelector('.workspace');
  await page.locator('.findings').getByRole('button', { name: '发布前检查' }).click();
  const dialog = page.getByRole('dialog', { name: '发布前检查' });
  app.harness.dialogs.queue(resolve(referencePath('published', 'pingtan-2022.txt')));
  await dialog.getByRole('button', { name: '导入上年发布的年报…' }).click();
  await page.getByText('是 2022 年度的报告，上年报告应为 2023 年度').waitFor();
  expect(await dialog.textContent()).toContain('上年报告：示例市示例区人民政府 2023 年度');
  // A 2023 report as its portal published it: read in the worker, and checked against from then on.
  app.harness.dialogs.queue(resolve(referencePath('published', 'shuyang-fagaiju-2023.html')));
  await dialog.getByRole('button', { name: '导入上年发布的年报…' }).click();
  await dialog.getByText('上年报告：沭阳县发展和改革局 2023 年度').waitFor();
  expect(await dialog.locator('.preview-page').textContent()).toContain('上年报告：已比对 2023 年度报告');
  // Another office's report: nothing of this one's part 一 repeats it.
  expect(await dialog.locator('.preview-page').textContent()).toMatch(/与上年报告的重复率✓未发现问题/);
  await page.close();
});
