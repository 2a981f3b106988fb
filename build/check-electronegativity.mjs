// CI security check (`npm run security`): runs @doyensec/electronegativity over electron/ and
// renderer/ together (its global checks need to see both) and fails on any finding that the
// reviewed allow-list (build/electronegativity-allowlist.json) does not justify — or on an entry
// that no longer matches anything, so the list stays true. Electronegativity itself always exits 0.
//
// An entry is pinned to one exact finding: check, file, line, and the SHA-256 of that line's
// text (trimmed). A new insecure setting anywhere, or an edit to a justified line, fails until
// someone reviews it and updates the entry (the script prints the entry to paste).
//
// `--root <dir>` checks a copy of the tree (the test plants an insecure window in one).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootAt = process.argv.indexOf('--root');
const root = rootAt > 0 ? process.argv[rootAt + 1] : process.cwd();
const tool = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'electronegativity');
const electron = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
let raw;
try {
  const scan = join(work, 'app');
  for (const dir of ['electron', 'renderer']) cpSync(join(root, dir), join(scan, dir), { recursive: true });
  // SARIF, not CSV: electronegativity writes a CSV's header and rows with two racing writes, and
  // under load the header lands over the first row.
  const sarif = join(work, 'findings.sarif');
  execFileSync(tool, ['-i', scan, '-o', sarif, '-e', electron, '-r'], { stdio: 'ignore' });
  raw = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.map((r) => {
    const { artifactLocation, region } = r.locations[0].physicalLocation;
    return { check: r.ruleId, level: r.level, file: artifactLocation.uri, line: region.startLine };
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const sources = new Map();
/** The text of a line of a scanned file, as the allow-list hashes it. */
function lineText(file, line) {
  if (!sources.has(file)) sources.set(file, readFileSync(join(root, file), 'utf8').split('\n'));
  return (sources.get(file)[line - 1] ?? '').trim();
}
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const findings = raw.map((f) => {
  const text = lineText(f.file, f.line);
  return { ...f, text, sha256: sha256(text) };
});
const allowed = JSON.parse(readFileSync(join(root, 'build/electronegativity-allowlist.json'), 'utf8'));
const matches = (entry, f) => entry.check === f.check && entry.file === f.file && entry.line === f.line && entry.sha256 === f.sha256;

const unjustified = findings.filter((f) => !allowed.some((a) => matches(a, f)));
const stale = allowed.filter((a) => !findings.some((f) => matches(a, f)));

console.log(`electronegativity ${electron}: ${findings.length} finding(s), ${findings.length - unjustified.length} justified in the allow-list`);
for (const f of unjustified) {
  const moved = stale.find((a) => a.check === f.check && a.file === f.file && a.sha256 === f.sha256);
  console.log(`  NOT JUSTIFIED: ${f.check} ${f.file}:${f.line} (${f.level}): ${f.text}${moved ? ` (the same line was justified at line ${moved.line})` : ''}`);
  console.log(`    if reviewed and safe, allow it with: ${JSON.stringify({ check: f.check, file: f.file, line: f.line, sha256: f.sha256, reason: '…' })}`);
}
for (const a of stale) console.log(`  STALE ALLOW-LIST ENTRY (matches nothing now): ${a.check} ${a.file}:${a.line}`);
if (unjustified.length > 0 || stale.length > 0) process.exit(1);
