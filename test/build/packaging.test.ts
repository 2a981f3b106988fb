// Offline packaging smoke test: electron-builder makes release/linux-unpacked with a stand-in
// for the Electron binary (electronDist), and app.asar holds the built app only.

import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../shared/draft';

const exec = promisify(execFile);

/** Marks the fuse wire in an Electron binary (@electron/fuses); a version byte and a length follow. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's defaults, in wire order: RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, AsarIntegrity, OnlyLoadFromAsar, V8 snapshot, file:// privileges. */
const DEFAULT_FUSES = '10110001';

/** What electron-builder copies from an Electron distribution: here, placeholders, the binary with a fuse wire. */
function standInElectron(): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-stand-in-'));
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, DEFAULT_FUSES.length]), Buffer.from(DEFAULT_FUSES)]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho stand-in\nexit 0\n# '), wire, Buffer.from('\n')]));
  chmodSync(join(dir, 'electron'), 0o755);
  for (const f of ['LICENSE', 'LICENSES.chromium.html', 'resources.pak', 'icudtl.dat', 'v8_context_snapshot.bin']) writeFileSync(join(dir, f), '');
  writeFileSync(join(dir, 'version'), '45.4.1');
  mkdirSync(join(dir, 'resources'));
  return dir;
}

describe('packaging', () => {
  it('produces release/linux-unpacked whose app.asar holds the built app only', async () => {
    await exec(process.execPath, ['build/bundle-electron.mjs']);
    await exec(join('node_modules', '.bin', 'electron-builder'), [
      '--config', 'build/electron-builder.config.cjs', '--linux', 'dir', '--x64', `-c.electronDist=${standInElectron()}`,
    ], { env: { ...process.env, CI: 'true' }, timeout: 120_000 });

    const unpacked = 'release/linux-unpacked';
    expect(readFileSync(join(unpacked, 'nianbao')).toString()).toContain('stand-in'); // renamed binary
    const asar = join(unpacked, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    const contents = files.filter((f) => /\.[a-z0-9]+$/i.test(f));
    expect(contents.filter((f) => !/^\/dist\/(electron\/((main|preload|untrusted-worker|pdf-worker)\.cjs|resvg\.wasm)|renderer\/(index\.html|assets\/index-[\w-]+\.(js|css)))$/.test(f) && f !== '/package.json')).toEqual([]);
    expect(contents).toContain('/dist/electron/untrusted-worker.cjs');
    expect(contents).toContain('/dist/electron/pdf-worker.cjs');
    // The 图解's PNG renderer: one WebAssembly file for every system and processor.
    expect(extractFile(asar, 'dist/electron/resvg.wasm').subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
    expect(files.some((f) => /node_modules|\/test\/|\/shared\/|\.ts$|\.map$/.test(f))).toBe(false);

    // The main bundle and the workers (parsing, PDF) need nothing outside Electron and Node itself.
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
    for (const bundle of ['dist/electron/main.cjs', 'dist/electron/untrusted-worker.cjs', 'dist/electron/pdf-worker.cjs']) {
      const code = extractFile(asar, bundle).toString();
      // (pdf.js carries the text of a require call inside a string: not a module name.)
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]).filter((r) => /^[@\w./:-]+$/.test(r));
      expect(required.filter((r) => !builtins.has(r)), bundle).toEqual([]);
    }

    // The fuses were flipped in the binary (build/electron-builder.config.cjs, electronFuses).
    const binary = readFileSync(join(unpacked, 'nianbao'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    expect(binary.subarray(at + 2, at + 2 + DEFAULT_FUSES.length).toString()).toBe('01001100');

    // The bundled sample opens as a valid, complete draft.
    const sample = parseDraft(readFileSync(join(unpacked, 'resources', 'sample', '示例报告.nianbao'), 'utf8'));
    expect(sample.ok).toBe(true);
  }, 180_000);
});
