// Starts what the suite starts — a `tsx test/harness/web.ts` server (tsx runs it in a second
// node process), Chromium, a child that leaves the process group — and temporary folders,
// then fails without ending or removing any of it. Run only by leftovers.test.ts.

import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { launchChromium } from '../../browser';
import { markedProcesses, SUITE_ID, suiteMark } from '../processes';

it('leaves everything running', async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'nianbao-leaky-'));
  const server = spawn(join('node_modules', '.bin', 'tsx'), ['test/harness/web.ts', '--port', '0', '--dir', workDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok) => server.stdout!.on('data', (d: Buffer) => String(d).includes('http://') && ok()));
  await launchChromium();
  spawn('sleep', ['600'], { detached: true, stdio: 'ignore' }).unref();

  const mark = suiteMark(process.env[SUITE_ID]!);
  const pids = markedProcesses(mark).map((p) => p.pid);
  writeFileSync(process.env.LEAK_RECORD!, JSON.stringify({ mark, tmp: tmpdir(), pids }));
  expect('this test').toBe('left unfinished');
});
