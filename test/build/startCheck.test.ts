// `npm start` without the Electron binary (build/check-electron.mjs): it stops with a short
// message in Chinese and English naming the ways to get it, or fetches it from a mirror, or
// uses ELECTRON_OVERRIDE_DIST_PATH. Run against a copy of the electron package without its
// binary, a download cache of its own, and a mirror on loopback.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version as string;
const ZIP = `electron-v${VERSION}-${process.platform}-${process.arch}.zip`;

let electron: string;
let cache: string;
beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-start-'));
  electron = join(dir, 'electron');
  mkdirSync(electron);
  for (const f of ['package.json', 'index.js', 'cli.js', 'install.js', 'checksums.json']) copyFileSync(join('node_modules/electron', f), join(electron, f));
  cache = join(dir, 'cache');
});

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

function check(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  // NODE_PATH: the copied install.js finds @electron/get in this project's node_modules.
  const environment: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: resolve('node_modules'), electron_config_cache: cache };
  for (const name of Object.keys(environment)) if (/^(ELECTRON_|npm_config_electron|npm_package_config_electron)/i.test(name)) delete environment[name];
  Object.assign(environment, env);
  return new Promise((ok) => {
    execFile(process.execPath, ['build/check-electron.mjs', electron], { env: environment }, (error, stdout, stderr) =>
      ok({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** A mirror on loopback serving files by path; an address nothing listens on when none. */
async function mirror(files: Record<string, Buffer | string> | null): Promise<string> {
  const server = createServer((req, res) => {
    const body = files?.[decodeURIComponent(req.url ?? '')];
    res.writeHead(body === undefined ? 404 : 200).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  if (files === null) await new Promise((ok) => server.close(ok));
  else servers.push(server);
  return url;
}

function expectWays(stderr: string): void {
  expect(stderr).toContain('获取方法');
  expect(stderr).toContain('Ways to get it');
  expect(stderr).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/');
  expect(stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  expect(stderr).toContain('npx install-electron');
  expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
}

describe('npm start without the Electron binary', () => {
  it('stops with the message when the download address cannot be reached', async () => {
    const run = await check({ ELECTRON_MIRROR: await mirror(null) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`年报编辑器无法启动：缺少 Electron ${VERSION} 程序`);
    expect(run.stderr).toContain(`Nianbao cannot start: the Electron ${VERSION} binary is missing`);
    expect(run.stderr).toMatch(/ECONNREFUSED/);
    expectWays(run.stderr);
    expect(existsSync(join(electron, 'dist'))).toBe(false);
  });

  it('stops with the message when the mirror has no such file', async () => {
    const run = await check({ ELECTRON_MIRROR: await mirror({}) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/404/);
    expectWays(run.stderr);
  });

  it('names the folder when ELECTRON_OVERRIDE_DIST_PATH holds no Electron', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nianbao-no-electron-'));
    const run = await check({ ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹中没有 Electron 程序（${join(empty, 'electron')}）`);
    expectWays(run.stderr);
  });

  it('goes on with an unpacked Electron named by ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const unpacked = mkdtempSync(join(tmpdir(), 'nianbao-electron-'));
    writeFileSync(join(unpacked, 'electron'), '#!/bin/sh\n');
    chmodSync(join(unpacked, 'electron'), 0o755);
    const run = await check({ ELECTRON_OVERRIDE_DIST_PATH: unpacked });
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it.runIf(process.platform === 'linux')('fetches it from ELECTRON_MIRROR once, then starts without the network', async () => {
    const zip = new JSZip();
    zip.file('electron', '#!/bin/sh\necho stand-in\n', { unixPermissions: 0o755 });
    zip.file('version', VERSION);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
    const sums = `${createHash('sha256').update(bytes).digest('hex')} *${ZIP}\n`;
    const url = await mirror({ [`/v${VERSION}/${ZIP}`]: bytes, [`/v${VERSION}/SHASUMS256.txt`]: sums });
    // The stand-in's checksum comes from the mirror (the package's own list has the real ones).
    const run = await check({ ELECTRON_MIRROR: url, electron_use_remote_checksums: '1' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(electron, 'dist', 'electron'), 'utf8')).toContain('stand-in');
    expect(readFileSync(join(electron, 'path.txt'), 'utf8')).toBe('electron');

    const offline = await check({ ELECTRON_MIRROR: await mirror(null) });
    expect(offline).toMatchObject({ code: 0, stdout: '' });
  });
});
