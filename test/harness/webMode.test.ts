// `npm run web` serves real files (issue 21, item 6): static files only from its build folder,
// uploads streamed within their limit into folders that are never links, a run started again
// with the same --dir never mixing the earlier run's uploads in, the same name uploaded again,
// names derived from a draft's title kept in the folder, and every message in Chinese.

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateFiles } from '../../electron/services/aggregate';
import { serializeDraft } from '../../shared/draft';
import { EXPORT_KINDS, type ExportFormat } from '../../shared/ipc';
import { fixturePath, loadFixture, withCells } from '../helpers';
import { HOSTILE_NAMES, isPlainNameIn } from '../hostileNames';
import { startHarness, type Harness } from './server';
import { createWebMode, type WebMode } from './webMode';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `nianbao-${name}-`));
const running: Harness[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.close()));
});

/** A build folder beside a sibling whose name starts the same, and a web mode run in `dir`. */
async function serve(dir = temp('web')): Promise<{ harness: Harness; web: WebMode; dir: string; site: string }> {
  const site = temp('site');
  const renderer = join(site, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head></head><body>年报编辑器</body></html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(renderer, '.env'), 'SECRET');
  mkdirSync(join(site, 'renderer-old'));
  writeFileSync(join(site, 'renderer-old', 'secret.txt'), 'SECRET');
  symlinkSync(join(site, 'renderer-old', 'secret.txt'), join(renderer, 'assets', 'leak.js'));
  const web = await createWebMode(dir);
  const harness = await startHarness({ rendererDir: renderer, samplePath: fixturePath('sample-2024'), workDir: dir, web });
  running.push(harness);
  return { harness, web, dir, site };
}

/** A raw request: the path exactly as given (no client-side normalising), the body streamed. */
function raw(harness: Harness, method: string, path: string, body?: Readable | string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const url = new URL(harness.url);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    if (body instanceof Readable) body.pipe(req);
    else req.end(body);
  });
}

const PICK = () => crypto.randomUUID();
const upload = (harness: Harness, pick: string, path: string, body: Readable | string) => raw(harness, 'POST', `/__harness/web/upload?pick=${pick}&path=${encodeURIComponent(path)}`, body);
const choose = (harness: Harness, pick: string, kind: string, path: string) => raw(harness, 'POST', '/__harness/web/choose', JSON.stringify({ pick, kind, path }), { 'content-type': 'application/json' });

describe('static files: only from the build folder', () => {
  it('serves the page and its assets', async () => {
    const { harness } = await serve();
    expect(await raw(harness, 'GET', '/')).toMatchObject({ status: 200 });
    expect(await raw(harness, 'GET', '/assets/app.js')).toEqual({ status: 200, text: 'console.log(1)' });
  });

  it.each([
    '/..%2frenderer-old%2fsecret.txt',
    '/..%2Frenderer-old/secret.txt',
    '/%2e%2e%2frenderer-old%2fsecret.txt',
    '/..%5crenderer-old%5csecret.txt',
    '/../renderer-old/secret.txt',
    '/assets/leak.js',
    '/.env',
    '/assets/%00app.js',
    '/%E4%ZZ',
  ])('refuses %s', async (path) => {
    const { harness } = await serve();
    const answer = await raw(harness, 'GET', path);
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('SECRET');
    expect(answer.text).toBe('没有这个文件');
  });
});

describe('uploads', () => {
  it('never follow a link named 上传 inside the run’s folder, and say so in Chinese', async () => {
    const dir = temp('web');
    const outside = temp('outside');
    symlinkSync(outside, join(dir, '上传'));
    const { harness } = await serve(dir);
    const answer = await upload(harness, PICK(), '甲.nianbao', 'x');
    expect(answer).toEqual({ status: 400, text: '“上传”是一个链接，不会跟随。请删去它，或换一个文件夹（--dir）' });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('never follow a link inside a pick’s folder either', async () => {
    const { harness, dir } = await serve();
    const outside = temp('outside');
    const pick = PICK();
    expect((await upload(harness, pick, '各单位/甲.nianbao', 'x')).status).toBe(200);
    const [folder] = readdirSync(join(dir, '上传'));
    symlinkSync(outside, join(dir, '上传', folder, '各单位', '乡镇'));
    expect(await upload(harness, pick, '各单位/乡镇/乙.nianbao', 'x')).toEqual({ status: 400, text: '“各单位/乡镇”是一个链接，不会跟随。请删去它，或换一个文件夹（--dir）' });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('take the same name again, replacing the first upload (no English EEXIST)', async () => {
    const { harness, dir } = await serve();
    const pick = PICK();
    expect(await upload(harness, pick, '甲.nianbao', 'first')).toEqual({ status: 200, text: '已上传' });
    expect(await upload(harness, pick, '甲.nianbao', 'second')).toEqual({ status: 200, text: '已上传' });
    const [folder] = readdirSync(join(dir, '上传'));
    expect(readdirSync(join(dir, '上传', folder))).toEqual(['甲.nianbao']);
    expect(readFileSync(join(dir, '上传', folder, '甲.nianbao'), 'utf8')).toBe('second');
  });

  it('refuse a body past the limit while it streams, leaving nothing behind', async () => {
    const { harness, dir } = await serve();
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    // 200 MB offered; the answer comes once 64 MB have been read, and the rest is never sent.
    const body = new Readable({
      read() {
        if (sent >= 200 * chunk.length) return this.push(null);
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const answer = await upload(harness, PICK(), '大.nianbao', body).catch(() => ({ status: 413, text: '（连接已关闭）' }));
    expect(answer.status).toBe(413);
    expect(sent).toBeLessThan(200 * chunk.length);
    const folders = readdirSync(join(dir, '上传'));
    expect(folders.flatMap((f) => readdirSync(join(dir, '上传', f)))).toEqual([]);
  });

  it('refuse a declared length past the limit at once, and names that could leave the folder', async () => {
    const { harness } = await serve();
    expect(await raw(harness, 'POST', `/__harness/web/upload?pick=${PICK()}&path=a.nianbao`, 'x', { 'content-length': String(65 * 1024 * 1024) }).catch(() => ({ status: 413, text: '' }))).toMatchObject({ status: 413 });
    for (const path of ['../逃出.nianbao', 'a/../../b.nianbao', '/etc/x', 'CON.nianbao', 'a\\b.nianbao']) {
      const answer = await upload(harness, PICK(), path, 'x');
      expect(answer.status, path).toBe(400);
      expect(answer.text, path).toMatch(/不能用作文件名或文件夹名$/);
    }
  });
});

describe('a run started again with the same --dir', () => {
  const unit = (org: string) => serializeDraft({ ...withCells(loadFixture('tianshui-2020'), { 'apply.R1.NP': 60 }), organization: org });

  it('汇总 takes only what was picked this time (120, not 240)', async () => {
    const dir = temp('web');
    const first = await serve(dir);
    const a = PICK();
    for (const name of ['甲', '乙']) await upload(first.harness, a, `各单位/${name}.nianbao`, unit(`${name}镇`));
    expect((await choose(first.harness, a, 'units', '各单位')).status).toBe(200);
    await first.harness.close();

    const again = await serve(dir);
    const b = PICK();
    for (const name of ['丙', '丁']) await upload(again.harness, b, `各单位/${name}.nianbao`, unit(`${name}镇`));
    expect(await choose(again.harness, b, 'units', '各单位')).toEqual({ status: 200, text: '已选择' });
    const folder = (await again.web.dialogs.chooseUnitsFolder())!;
    expect(readdirSync(folder).sort()).toEqual(['丁.nianbao', '丙.nianbao']);
    const { result } = await aggregateFiles([folder], '某县', 2020);
    expect(result.ok && result.report.cells['apply.R1.NP']).toBe(120);
  });
});

describe('files named after a draft’s title stay in the run’s folder', () => {
  it.each(HOSTILE_NAMES)('title and organisation %j: saved and exported under safe names', async (name) => {
    const { harness, dir } = await serve();
    const report = { ...loadFixture('sample-2024'), title: name, organization: name };
    const api = (channel: string, req: unknown) => raw(harness, 'POST', `/api/${channel}`, JSON.stringify({ request: req }), { 'content-type': 'application/json', 'x-nianbao-window': 'w1' });
    const saved = JSON.parse((await api('saveDocument', { report, prior: null, saveAs: true })).text);
    expect(saved.ok, saved.message).toBe(true);
    for (const format of Object.keys(EXPORT_KINDS).filter((f) => f !== 'pdf') as ExportFormat[]) {
      const exported = JSON.parse((await api('exportReport', { format, report })).text);
      expect(exported.ok, exported.message).toBe(true);
    }
    // The draft lock beside a saved draft (services/lock: "~$<draft>.lock") is the draft's, not a file named by the title.
    const files = readdirSync(dir).filter((f) => !f.startsWith('.') && !f.startsWith('~$'));
    expect(files).toHaveLength(4);
    for (const file of files) expect(isPlainNameIn(dir, join(dir, file)), file).toBe(true);
  });
});
