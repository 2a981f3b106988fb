// Nothing outlives the test run: a run whose test fails and leaves a harness server, Chromium
// and a child outside its process group running, and temporary folders behind, ends with
// none of them left (test/harness/suite.ts).

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { markedProcesses } from './processes';

describe.runIf(process.platform === 'linux')('after the test run', () => {
  it('no process of a failing run is left running, and its temporary folders are gone', async () => {
    const record = join(mkdtempSync(join(tmpdir(), 'nianbao-leftovers-')), 'record.json');
    const run = await promisify(execFile)(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/harness/leaks/vitest.config.ts'], {
      env: { ...process.env, LEAK_RECORD: record },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(run.code).toBe(1); // the leaky test failed, as it should

    const left: { mark: string; tmp: string; pids: number[] } = JSON.parse(readFileSync(record, 'utf8'));
    // tsx and its node, Chromium's processes, the detached sleep, and the worker itself.
    expect(left.pids.length).toBeGreaterThanOrEqual(5);
    expect(run.stderr).toMatch(/ending \d+ leftover process/);
    expect(markedProcesses(left.mark)).toEqual([]);
    expect(existsSync(left.tmp)).toBe(false);
  }, 60_000);
});
