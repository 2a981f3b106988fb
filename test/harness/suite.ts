// Vitest global setup: the test run leaves nothing behind. Every worker gets one temporary root
// (TMPDIR, so Chromium, LibreOffice and the tests' own mkdtemp land there too) and the run's
// mark (processes.ts); at the end, also after failures, the processes still carrying the mark
// are ended and the root is removed.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endProcesses, markedProcesses, SUITE_ID, suiteMark } from './processes';

const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

export default function setup(): () => Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-suite-'));
  const id = randomUUID();
  const mark = suiteMark(id);
  const before = Object.fromEntries([SUITE_ID, mark, ...TEMP_VARIABLES].map((v) => [v, process.env[v]]));
  // Workers start after global setup and inherit this environment, and so do their children.
  process.env[SUITE_ID] = id;
  process.env[mark] = '1';
  for (const v of TEMP_VARIABLES) process.env[v] = root;

  return async function teardown() {
    for (const [v, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[v];
      else process.env[v] = value;
    }
    // Children of this process (workers, Vite's esbuild service) are vitest's own to end.
    const left = markedProcesses(mark).filter((p) => p.ppid !== process.pid);
    if (left.length > 0) {
      console.warn(`测试结束时仍有 ${left.length} 个进程在运行，已结束 / ending ${left.length} leftover process(es):\n${left.map((p) => `  ${p.pid} ${p.command.slice(0, 120)}`).join('\n')}`);
      await endProcesses(mark, left.map((p) => p.pid));
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  };
}
