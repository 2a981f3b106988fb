// CI security check: runs @doyensec/electronegativity over electron/ and renderer/ together
// (its global checks need to see both) and fails on any finding that the reviewed allow-list
// (build/electronegativity-allowlist.json) does not justify — or on an allow-list entry that
// no longer matches anything, so the list stays true. Electronegativity itself always exits 0.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electron = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron;
const root = mkdtempSync(join(tmpdir(), 'electronegativity-'));
let findings;
try {
  const scan = join(root, 'app');
  for (const dir of ['electron', 'renderer']) cpSync(dir, join(scan, dir), { recursive: true });
  // SARIF, not CSV: electronegativity writes a CSV's header and rows with two racing writes, and
  // under load the header lands over the first row.
  const sarif = join(root, 'findings.sarif');
  execFileSync(join('node_modules', '.bin', 'electronegativity'), ['-i', scan, '-o', sarif, '-e', electron, '-r'], { stdio: 'ignore' });
  findings = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.map((r) => {
    const { artifactLocation, region } = r.locations[0].physicalLocation;
    return { check: r.ruleId, level: r.level, file: artifactLocation.uri, location: `${region.startLine}:${region.startColumn}` };
  });
} finally {
  rmSync(root, { recursive: true, force: true });
}
const allowed = JSON.parse(readFileSync('build/electronegativity-allowlist.json', 'utf8'));
const matches = (entry, f) => entry.check === f.check && entry.file === f.file;

const unjustified = findings.filter((f) => !allowed.some((a) => matches(a, f)));
const stale = allowed.filter((a) => !findings.some((f) => matches(a, f)));

console.log(`electronegativity ${electron}: ${findings.length} finding(s), ${findings.length - unjustified.length} justified in the allow-list`);
for (const f of unjustified) console.log(`  NOT JUSTIFIED: ${f.check} (${f.level}) ${f.file}:${f.location}`);
for (const a of stale) console.log(`  STALE ALLOW-LIST ENTRY (matches nothing now): ${a.check} ${a.file}`);
if (unjustified.length > 0 || stale.length > 0) process.exit(1);
