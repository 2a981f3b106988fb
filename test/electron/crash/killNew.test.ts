// Temp files on every exit path (issue 21, item 7): `new --from` killed with SIGKILL at random
// moments — half of them while its output is being written, between the write and the rename —
// leaves temp files only until the next run writes to that folder, and never a partial draft.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDraft, serializeDraft } from '../../../shared/draft';
import { TEMP_SUFFIX } from '../../../electron/services/atomicWrite';
import { largeDraft } from '../../bench/largeDraft';
import { loadFixture } from '../../helpers';

const KILLS = 20;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-kill-'));
const cli = join(dir, 'cli.cjs');
const prior = join(dir, 'prior.nianbao');
const out = join(dir, 'out');

beforeAll(async () => {
  // One bundle, so that each run starts in milliseconds.
  await build({ entryPoints: ['electron/cli.ts'], outfile: cli, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  // A large draft, so that writing takes a while: as much narrative as the caps allow.
  writeFileSync(prior, serializeDraft({ ...loadFixture('sample-2024'), text: largeDraft().report.text }));
  mkdirSync(out);
});

const temps = () => readdirSync(out).filter((name) => name.endsWith(TEMP_SUFFIX));

/**
 * One run of `new --from`, killed after `delay` ms — or, `inWrite`, as soon as its temp file
 * shows (the folder polled every millisecond). Resolves with how it ended.
 */
function run(output: string, kill?: { delay: number; inWrite: boolean }): Promise<string> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [cli, 'new', '--from', prior, '-o', output], { stdio: 'ignore' });
    const stop = () => proc.kill('SIGKILL');
    const timers: NodeJS.Timeout[] = [];
    if (kill) {
      timers.push(setTimeout(stop, kill.delay));
      if (kill.inWrite) timers.push(setInterval(() => temps().length > 0 && stop(), 1));
    }
    proc.on('exit', (code, signal) => {
      timers.forEach(clearTimeout);
      resolve(signal ?? `exit ${code}`);
    });
  });
}

describe('new --from killed at random moments', () => {
  it(`leaves no temp file after the next run, and no partial draft, over ${KILLS} kills`, async () => {
    const started = performance.now();
    expect(await run(join(out, 'whole.nianbao'))).toBe('exit 0');
    const whole = performance.now() - started;

    let leftBehind = 0;
    for (let i = 0; i < KILLS; i++) {
      const inWrite = i % 2 === 1;
      await run(join(out, `${i}.nianbao`), { delay: inWrite ? whole * 3 : Math.random() * whole, inWrite });
      leftBehind = Math.max(leftBehind, temps().length);
    }
    // The kills did land between a write and its rename.
    expect(leftBehind).toBeGreaterThan(0);

    expect(await run(join(out, 'next.nianbao'))).toBe('exit 0');
    expect(temps()).toEqual([]);
    // Every draft there is whole: a kill leaves the old state or the new file, nothing between.
    for (const name of readdirSync(out)) expect(parseDraft(readFileSync(join(out, name), 'utf8')).ok, name).toBe(true);
  }, 300_000);
});
