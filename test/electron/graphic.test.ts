// The 图解 and 多年趋势 pictures written to disk: PNG through resvg-wasm at 1080 px and 2160 px in
// the system's Chinese font (the three acceptance 图解 are left in the run's folder to look at),
// SVG, the CMS fragment (html-validate, axe-core, a CMS editor's paste), the font search and its
// Chinese refusal, and the command line's `export --graphic` and `trend`.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCjkFonts, NO_CJK_FONT } from '../../electron/services/cjkFonts';
import { renderGraphic, svgToPng } from '../../electron/services/graphic';
import { graphicMarkup } from '../../shared/graphic';
import { indicators } from '../../shared/indicators';
import { launchChromium } from '../browser';
import { CMS_EDITOR_PAGE } from '../cmsEditor';
import { graphicCases, unseenExpectedReport } from '../graphicFixtures';
import { referenceReport } from '../referenceReports';
import { cli, tempDir, writeDraft } from './cliHarness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const dir = tempDir();
const inPage = (fragment: string) => `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>图解</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  return [view.getUint32(16), view.getUint32(20)];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('PNG', () => {
  it.each(graphicCases())('$name: 1080 px wide, and 2160 px for print, in proportion', async ({ name, report, prior }) => {
    const [one, two] = (await renderGraphic(report, prior, 'png')) as Uint8Array[];
    const height = Number(/height="(\d+)"/.exec(graphicMarkup(report, prior))![1]);
    expect(pngSize(one)).toEqual([1080, height]);
    expect(pngSize(two)).toEqual([2160, height * 2]);
    // Left for a person to look at (the run's folder): the acceptance's three 图解.
    mkdirSync(join(dir, 'graphic'), { recursive: true });
    writeFileSync(join(dir, 'graphic', `${name}.png`), one);
  });

  it('draws Chinese text with the font found (a page of text is far from blank)', async () => {
    const svg = (t: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="44" font-size="40" font-family="Noto Sans CJK SC, Microsoft YaHei">${t}</text></svg>`;
    const blank = await svgToPng(svg(''), 1);
    const written = await svgToPng(svg('实质公开率'), 1);
    expect(written.length).toBeGreaterThan(blank.length + 500);
  });
});

describe('fonts', () => {
  it('takes the best Chinese family in the folders, its regular and bold files', async () => {
    const fonts = tempDir();
    mkdirSync(join(fonts, 'sub'));
    for (const f of ['arial.ttf', 'simhei.ttf', 'sub/msyh.ttc', 'sub/msyhbd.ttc']) writeFileSync(join(fonts, f), 'x');
    expect(await findCjkFonts([fonts])).toEqual({ family: 'Microsoft YaHei', files: [join(fonts, 'sub/msyh.ttc'), join(fonts, 'sub/msyhbd.ttc')] });
    expect(await findCjkFonts([tempDir(), join(fonts, 'none')])).toBeNull();
  });

  it('without a Chinese font the PNG is refused in Chinese; SVG still exports, the fragment embeds the SVG', async () => {
    const draft = writeDraft(tempDir(), 'a.nianbao', referenceReport('tianshui-2020'));
    const out = tempDir();
    const saved = process.env.NIANBAO_FONT_DIRS;
    process.env.NIANBAO_FONT_DIRS = tempDir();
    try {
      const png = await cli('export', draft, '--graphic', join(out, 'a.png'));
      expect(png.code).toBe(2);
      expect(png.stderr).toContain(NO_CJK_FONT);
      expect(existsSync(join(out, 'a.png'))).toBe(false);
      expect((await cli('export', draft, '--graphic', join(out, 'a.svg'))).code).toBe(0);
      expect((await cli('export', draft, '--graphic', join(out, 'a.html'))).code).toBe(0);
      expect(readFileSync(join(out, 'a.html'), 'utf8')).toContain('src="data:image/svg+xml;base64,');
    } finally {
      if (saved === undefined) delete process.env.NIANBAO_FONT_DIRS;
      else process.env.NIANBAO_FONT_DIRS = saved;
    }
  });
});

describe('the CMS fragment', () => {
  const report = unseenExpectedReport('hongze-2024');
  const prior = referenceReport('hongze-2023');
  let fragment = '';
  beforeAll(async () => {
    fragment = String((await renderGraphic(report, prior, 'html'))[0]);
  });

  it('holds the picture as a PNG data URI and every indicator in words', () => {
    expect(fragment).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="[^"]+图解[^"]*"/);
    for (const i of indicators(report, prior)) expect(fragment).toContain(`${i.def.name} ${i.nowText}（上年 ${i.beforeText}`);
    expect(fragment).not.toMatch(/class=|id=|<style|<script/);
  });

  it('html-validate reports nothing but the inline styles it exists for', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'], rules: { 'no-inline-style': 'off' } });
    const result = await validator.validateString(inPage(fragment));
    expect(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('axe-core finds no WCAG 2.1 A/AA violations, on a phone too', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.setContent(inPage(fragment));
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    // The picture shrinks to the phone's width; the page never scrolls sideways.
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('img')!.getBoundingClientRect().width])).toEqual([360, expect.any(Number)]);
    expect((await page.evaluate(() => document.querySelector('img')!.getBoundingClientRect().width)) <= 360).toBe(true);
    await page.close();
  });

  it('pasted into a CMS editor that strips everything but tags and styles, every figure is still there', async () => {
    const page = await browser.newPage();
    await page.setContent(CMS_EDITOR_PAGE);
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      document.getElementById('editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, fragment);
    const text = await page.locator('#editor').innerText();
    for (const i of indicators(report, prior)) expect(text).toContain(`${i.def.name} ${i.nowText}`);
    expect(text).toContain('本年新收申请 95件（上年 21件，较上年增加74件）');
    await page.close();
  });
});

describe('the command line', () => {
  it('export --graphic writes the PNG and its 2× copy, the SVG and the fragment, compared with --prior', async () => {
    const drafts = tempDir();
    const draft = writeDraft(drafts, 'hongze-2024.nianbao', unseenExpectedReport('hongze-2024'));
    const prior = writeDraft(drafts, 'hongze-2023.nianbao', referenceReport('hongze-2023'));
    const out = tempDir();
    const png = await cli('export', draft, '--graphic', join(out, '图解.png'), '--prior', prior);
    expect(png.code).toBe(0);
    expect(png.stdout).toContain('与 2023 年度对比');
    expect(pngSize(readFileSync(join(out, '图解.png')))[0]).toBe(1080);
    expect(pngSize(readFileSync(join(out, '图解@2x.png')))[0]).toBe(2160);
    expect((await cli('export', draft, '--graphic', join(out, '图解.svg'), '--prior', prior)).code).toBe(0);
    expect(readFileSync(join(out, '图解.svg'), 'utf8')).toContain('较上年上升43.1个百分点');
  });

  it('refuses, in Chinese with exit 2: another extension, --prior alone, an unreadable prior', async () => {
    const draft = writeDraft(tempDir(), 'a.nianbao', referenceReport('tianshui-2020'));
    const out = tempDir();
    const wrong = await cli('export', draft, '--graphic', join(out, 'a.jpg'));
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('--graphic 的文件应以 .png、.svg 或 .html 结尾')]);
    expect((await cli('export', draft, '--html', join(out, 'a.html'), '--prior', draft)).stderr).toContain('--prior 只能与 --graphic 一起使用');
    const missing = await cli('export', draft, '--graphic', join(out, 'a.svg'), '--prior', join(out, 'none.nianbao'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('无法读取上年报告')]);
    expect(existsSync(join(out, 'a.svg'))).toBe(false);
  });

  it('trend draws four years of a unit from published reports, and refuses one year twice or six', async () => {
    const published = (p: string) => join('test/fixtures', p);
    const files = ['reference/published/pingtan-2019.txt', 'unseen/published/pingtan-2020.txt', 'unseen/published/pingtan-2021.txt', 'reference/published/pingtan-2022.txt'].map(published);
    const out = join(tempDir(), '趋势.svg');
    const run = await cli('trend', ...files, '-o', out);
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('2019、2020、2021、2022 年度')]);
    expect(readFileSync(out, 'utf8')).toContain('本年新收申请：2019年 23，2020年 —，2021年 70，2022年 74');
    const twice = await cli('trend', files[0], files[0], '-o', join(tempDir(), 't.svg'));
    expect([twice.code, twice.stderr]).toEqual([2, expect.stringContaining('2019 年度的报告有不止一份')]);
    expect((await cli('trend', ...files, ...files.slice(0, 2), '-o', join(tempDir(), 't.svg'))).stderr).toContain('最多比较 5 个年度');
  }, 60_000);
});
