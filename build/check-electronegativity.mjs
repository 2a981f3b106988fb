// CI security check: runs @doyensec/electronegativity over electron/ and renderer/ together
// (its global checks need to see both) and fails on any finding that the reviewed allow-list
// (build/electronegativity-allowlist.json) does not justify — or on an allow-list entry that
// no longer matches anything, so the list stays true. Electronegativity itself always exits 0.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const scan = join(root, 'app');
for (const dir of ['electron', 'renderer']) cpSync(dir, join(scan, dir), { recursive: true });
const csv = join(root, 'findings.csv');
const electron = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron;
execFileSync(join('node_modules', '.bin', 'electronegativity'), ['-i', scan, '-o', csv, '-e', electron, '-r'], { stdio: 'ignore' });

/** One CSV line: fields separated by commas, quoted ones may hold commas. */
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

const findings = readFileSync(csv, 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [check, severity, confidence, file, location] = fields(l);
    return { check, severity, confidence, file, location };
  });
const allowed = JSON.parse(readFileSync('build/electronegativity-allowlist.json', 'utf8'));
const matches = (entry, f) => entry.check === f.check && entry.file === f.file;

const unjustified = findings.filter((f) => !allowed.some((a) => matches(a, f)));
const stale = allowed.filter((a) => !findings.some((f) => matches(a, f)));

console.log(`electronegativity ${electron}: ${findings.length} finding(s), ${findings.length - unjustified.length} justified in the allow-list`);
for (const f of unjustified) console.log(`  NOT JUSTIFIED: ${f.check} ${f.severity} ${f.file}:${f.location}`);
for (const a of stale) console.log(`  STALE ALLOW-LIST ENTRY (matches nothing now): ${a.check} ${a.file}`);
if (unjustified.length > 0 || stale.length > 0) process.exit(1);
