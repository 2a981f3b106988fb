// Runs the CLI in-process with captured output, and helpers for temporary draft files.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main';
import { serializeDraft } from '../../shared/draft';
import type { Report } from '../../shared/report';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'nianbao-test-'));
}

export function writeDraft(dir: string, name: string, report: Report): string {
  const path = join(dir, name);
  writeFileSync(path, serializeDraft(report));
  return path;
}
