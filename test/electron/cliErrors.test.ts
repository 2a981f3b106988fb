// No stack trace ever reaches a clerk (issue 12): any unexpected error in a command is a Chinese
// message and exit 2 — in-process, and from the real `npm run cli` entry point.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { fixturePath } from '../helpers';
import { cli, tempDir } from './cliHarness';
import { nested, writeText } from './hostileFiles';

const failure = vi.hoisted(() => ({ error: null as unknown }));

vi.mock('../../shared/reconcile', async (original) => {
  const real = await original<typeof import('../../shared/reconcile')>();
  return {
    ...real,
    reconcile: (...args: Parameters<typeof real.reconcile>) => {
      if (failure.error) throw failure.error;
      return real.reconcile(...args);
    },
  };
});

describe('an unexpected error in a command', () => {
  it.each([
    [new RangeError('Maximum call stack size exceeded'), '出现意外错误，操作未能完成（文件结构过于复杂）。'],
    [new Error('Array buffer allocation failed'), '出现意外错误，操作未能完成（内存不足）。'],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), '出现意外错误，操作未能完成。'],
    ['a thrown string', '出现意外错误，操作未能完成。'],
  ])('%s: exit 2 with a Chinese message and no stack trace', async (error, start) => {
    failure.error = error;
    try {
      for (const args of [['check', fixturePath('tianshui-2020')], ['export', fixturePath('tianshui-2020'), '--html', join(tempDir(), 'a.html')]]) {
        const run = await cli(...args);
        expect(run.code).toBe(2);
        expect(run.stderr.startsWith(start)).toBe(true);
        expect(run.stderr).not.toMatch(/Maximum|allocation|undefined|\bat /);
      }
    } finally {
      failure.error = null;
    }
  });
});

describe('the real command line', () => {
  it('exits 2 with a Chinese message naming the place for a draft nested 10,000 levels deep', async () => {
    const draft = writeText(tempDir(), 'deep.nianbao', nested(10_000));
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'check', draft]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`无法读取 ${draft}：文件结构异常（第 1 行第 65 列）：嵌套超过 64 层，年报草稿不会有这样的结构，可能已损坏或不是年报草稿\n`);
  });
});
