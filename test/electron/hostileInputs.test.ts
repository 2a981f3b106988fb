// Acceptance fuzz of issue 12: zip bombs (≥ 60 MB expanded, as .docx), 4 MB runs of "<!--",
// 10 MB of blank lines and 10,000-level JSON nesting, each as a report to import and as a unit's
// draft for 汇总 — refused or read within 5 s and 500 MB of extra memory (measured here, from
// this thread, while the worker runs), never a crash; every message Chinese and ≤ 300 characters.
// The limits are the production ones: no test-only settings.

import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importUntrusted, openDraftsUntrusted } from '../../electron/services/untrusted';
import { fixturePath } from '../helpers';
import { cli, tempDir } from './cliHarness';
import { docxBomb, nested, writeText } from './hostileFiles';

const MB = 1024 * 1024;

/** Peak growth of this process's resident memory while `work` runs (the worker lives in it too). */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; extraMb: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, seconds: (performance.now() - started) / 1000, extraMb: (peak - baseline) / MB };
  } finally {
    clearInterval(sample);
  }
}

function expectClerkMessage(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message.length).toBeLessThanOrEqual(300);
  expect(message).not.toMatch(/[A-Za-z]{3,}[ ,:]+[A-Za-z]{3,}[ ,:]+[A-Za-z]{3,}/); // no library's English sentence
  expect(message).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
}

const dir = tempDir();
const inputs: Record<string, () => Promise<string> | string> = {
  'a zip bomb: 60 MB of paragraphs': () => docxBomb(dir, 'paragraphs.docx', 60, 'paragraphs'),
  'a zip bomb: one 300 MB text run': () => docxBomb(dir, 'one-run.docx', 300, 'one-run'),
  'a zip bomb: 1 GB of zero bytes': () => docxBomb(dir, 'zeros.docx', 1024, 'zeros'),
  'a 4 MB run of <!-- as a page': () => writeText(dir, 'comments.html', '<!--'.repeat(MB)),
  'a 4 MB run of <!-- as text': () => writeText(dir, 'comments.txt', '<!--'.repeat(MB)),
  '10 MB of blank lines as text': () => writeText(dir, 'blank.txt', '\n'.repeat(10 * MB)),
  '10 MB of blank lines as a page': () => writeText(dir, 'blank.html', '\n'.repeat(10 * MB)),
  '4 MB of blank lines (under the cap)': () => writeText(dir, 'blank4.txt', '\r\n'.repeat(2 * MB)),
  '10,000 levels of JSON nesting': () => writeText(dir, 'nested.txt', nested(10_000)),
};
const paths = new Map<string, string>();
/** The same bytes named as a unit's draft, for 汇总. */
const asDraft = (name: string) => join(dir, 'units', `${name.replace(/[^\w]+/g, '-')}.nianbao`);

beforeAll(async () => {
  for (const [name, make] of Object.entries(inputs)) paths.set(name, await make());
  mkdirSync(join(dir, 'units'));
  for (const [name, path] of paths) copyFileSync(path, asDraft(name));
}, 60_000);

describe('hostile files to import', () => {
  it.each(Object.keys(inputs))('%s: refused or read within 5 s and 500 MB, in Chinese', async (name) => {
    const { value, seconds, extraMb } = await measured(() => importUntrusted(paths.get(name)!));
    expect(seconds).toBeLessThan(5);
    expect(extraMb).toBeLessThan(500);
    if (!value.ok) expectClerkMessage(value.message);
  });

  it('through the command line: exit 2, a Chinese message, no draft written', async () => {
    const out = join(tempDir(), '草稿.nianbao');
    for (const name of ['a zip bomb: 60 MB of paragraphs', 'a 4 MB run of <!-- as a page']) {
      const run = await cli('import', paths.get(name)!, '-o', out);
      expect(run.code).toBe(2);
      expectClerkMessage(run.stderr.replace(paths.get(name)!, ''));
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('hostile files among units’ drafts', () => {
  it.each(Object.keys(inputs))('%s: refused within 5 s and 500 MB, in Chinese', async (name) => {
    const { value, seconds, extraMb } = await measured(() => openDraftsUntrusted([asDraft(name)]));
    expect(seconds).toBeLessThan(5);
    expect(extraMb).toBeLessThan(500);
    const [result] = value;
    expect(result.ok).toBe(false);
    if (!result.ok) expectClerkMessage(result.message);
  });

  it('汇总 on the command line names each one with its reason, writes nothing, and with --skip-unreadable sums the good one', async () => {
    const out = join(tempDir(), '汇总.nianbao');
    const units = join(dir, 'units');
    const stopped = await cli('aggregate', units, fixturePath('tianshui-2020'), '--org', '天水市', '--year', '2020', '-o', out);
    expect(stopped.code).toBe(2);
    for (const file of readdirSync(units)) expect(stopped.stderr).toContain(`无法读取 ${join(units, file)}：`);
    for (const line of stopped.stderr.split('\n')) expectClerkMessage(line.replace(/^无法读取 [^：]+：/, ''));
    expect(existsSync(out)).toBe(false);

    const skipped = await cli('aggregate', units, fixturePath('tianshui-2020'), '--org', '天水市', '--year', '2020', '-o', out, '--skip-unreadable');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain(`已汇总 1 个单位的报告，写入 ${out}`);
  }, 60_000);
});

describe('a draft nested 10,000 levels deep on the command line', () => {
  it.each([['check'], ['export', '--html', 'x.html']])('%s: exit 2 with the place, no stack trace', async (command, ...options) => {
    const draft = asDraft('10,000 levels of JSON nesting');
    const run = await cli(command, draft, ...options.map((o) => (o.endsWith('.html') ? join(tempDir(), o) : o)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 1 行第 65 列');
    expectClerkMessage(run.stderr.replace(draft, ''));
  });
});
