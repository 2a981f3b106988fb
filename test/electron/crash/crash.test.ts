// Crash safety of saving (design §4): a process saving a large draft in a loop is killed with
// SIGKILL at random moments; every time, the file is a valid draft — the old or the new version.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDraft, serializeDraft } from '../../../shared/draft';
import { MAX_IMPORT_NOTES, type Report } from '../../../shared/report';
import { largeDraft } from '../../bench/largeDraft';
import { loadFixture } from '../../helpers';

const KILLS = 220;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-crash-'));
const child = join(dir, 'saver.cjs');

/** A draft of about 1.3 MB: the most narrative the caps allow, and a long import record. */
function large(organization: string): Report {
  const base = loadFixture('sample-2024');
  const notes = Array.from({ length: MAX_IMPORT_NOTES }, (_, i) => `${i + 1}. ${organization}认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开。`.repeat(8));
  return { ...base, organization, text: largeDraft().report.text, importRecord: { source: 'a.html', importedAt: '2025-01-20T09:30:00+08:00', notes } };
}

beforeAll(async () => {
  // One bundle, so that each of the many child processes starts in milliseconds.
  await build({ entryPoints: [join(import.meta.dirname, 'saver.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
});

function runAndKill(target: string, versions: string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, ...versions], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    proc.stderr.on('data', (d) => (errors += d));
    proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), delayMs));
    proc.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended ${code}: ${errors}`))));
  });
}

describe('saving survives SIGKILL at any moment', () => {
  it(`leaves a valid draft, old or new, after each of ${KILLS} kills`, async () => {
    const a = large('甲市人民政府');
    const b = large('乙市人民政府');
    const versions = [join(dir, 'a.nianbao'), join(dir, 'b.nianbao')];
    writeFileSync(versions[0], serializeDraft(a));
    writeFileSync(versions[1], serializeDraft(b));
    expect(readFileSync(versions[0]).length).toBeGreaterThan(1_000_000);
    const target = join(dir, 'target.nianbao');
    writeFileSync(target, serializeDraft(a));

    const seen = new Set<string>();
    for (let i = 0; i < KILLS; i++) {
      // Kill anywhere from before the first write to the middle of a later one.
      await runAndKill(target, versions, Math.random() * 60);
      const parsed = parseDraft(readFileSync(target, 'utf8'));
      expect(parsed.ok, `after kill ${i + 1}`).toBe(true);
      if (parsed.ok) {
        expect(['甲市人民政府', '乙市人民政府']).toContain(parsed.draft.report.organization);
        expect(parsed.draft.report).toEqual(parsed.draft.report.organization === a.organization ? a : b);
        seen.add(parsed.draft.report.organization);
      }
    }
    // The kills did land between saves of both versions.
    expect(seen.size).toBe(2);
  }, 300_000);
});
