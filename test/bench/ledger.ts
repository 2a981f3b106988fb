// 从台账统计 of a city's ledger of 20,000 rows (上海市人民政府办公厅 2019's table 三 among other
// years' applications): counting the parsed sheet (target ≤ 1 s), reading the .xlsx and the
// .csv, and both end to end in the parsing worker as the app and the command line do.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { WORKER_ENTRY, common, moduleUrl } from '../../build/bundle-electron.mjs';
import { readSpreadsheet } from '../../electron/services/spreadsheet';
import { countLedger, parseMapping } from '../../shared/ledger';
import type { Workbook } from '../../shared/sheet';
import { applicationsFor, ledgerOf, otherYears, random, writeLedgerCsv, writeLedgerXlsx } from '../ledgerFixtures';
import type { Figure } from './run';

const ROWS = 20_000;

export async function ledgerBench(): Promise<Figure[]> {
  const cells = JSON.parse(readFileSync(new URL('../fixtures/unseen/expected/shanghai-bgt-2019.json', import.meta.url), 'utf8')).cells;
  const rnd = random(20_000);
  const year = applicationsFor(cells, 2019, rnd);
  const ledger = ledgerOf([...year, ...otherYears(ROWS - year.length - 4, 2019, 2019, rnd)], 2019);
  const read = parseMapping(JSON.stringify(ledger.mapping));
  const mapping = read.ok ? read.mapping : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ledger-bench-'));
  const figures: Figure[] = [];
  const median = async (runs: number, fn: () => unknown | Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  try {
    const xlsx = join(dir, 'ledger.xlsx');
    const csv = join(dir, 'ledger.csv');
    await writeLedgerXlsx(xlsx, ledger, '台账');
    writeLedgerCsv(csv, ledger, '台账');
    const book = await readSpreadsheet(xlsx);
    if (!book.ok) throw new Error(book.message);
    const count = (b: Workbook) => {
      const c = countLedger(b, { kind: 'applications', year: 2019, mapping });
      if (!c.ok || c.count.counted !== 877) throw new Error('the bench ledger did not count to the published table');
    };
    const rows = `${ledger.rows.length} rows`;
    figures.push({ name: 'ledger: count table 三, 20,000 rows', value: await median(5, () => count(book.workbook)), unit: 'ms', target: '≤ 1000 ms', detail: rows });
    figures.push({ name: 'ledger: read .xlsx + count, 20,000 rows', value: await median(3, async () => {
      const b = await readSpreadsheet(xlsx);
      if (b.ok) count(b.workbook);
    }), unit: 'ms', target: '≤ 1000 ms', detail: 'in-process' });
    figures.push({ name: 'ledger: read .csv (GBK) + count, 20,000 rows', value: await median(3, async () => {
      const b = await readSpreadsheet(csv);
      if (b.ok) count(b.workbook);
    }), unit: 'ms', target: '≤ 1000 ms', detail: 'in-process' });
    // As the app runs it: main and the parsing worker bundled by esbuild, a fresh worker per file.
    const bundled = await bundledProbe(dir);
    for (const [name, path] of [['.xlsx', xlsx], ['.csv', csv]] as const) {
      const { stdout } = await promisify(execFile)(process.execPath, [bundled, path], { cwd: dir });
      figures.push({ name: `ledger: ${name} in the parsing worker + count`, value: Number(stdout), unit: 'ms', detail: 'bundled worker started for the file: its start, the read, the rows passed to main, the count' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** A bundled caller (as main is) beside the bundled parsing worker; prints one read and count, in ms. */
async function bundledProbe(dir: string): Promise<string> {
  const probe = join(dir, 'probe.ts');
  writeFileSync(
    probe,
    `import { readSpreadsheetUntrusted } from ${JSON.stringify(new URL('../../electron/services/untrusted/index.ts', import.meta.url).pathname)};
    import { countLedger } from ${JSON.stringify(new URL('../../shared/ledger/index.ts', import.meta.url).pathname)};
    (async () => {
      const start = performance.now();
      const read = await readSpreadsheetUntrusted(process.argv[2]);
      if (!read.ok) throw new Error(read.message);
      const counted = countLedger(read.workbook, { kind: 'applications', year: 2019 });
      if (!counted.ok) throw new Error(counted.message);
      process.stdout.write(String(performance.now() - start));
    })();`,
  );
  await Promise.all([
    build({ ...common, ...moduleUrl, entryPoints: [probe], outfile: join(dir, 'main.cjs') }),
    build({ ...common, ...moduleUrl, entryPoints: [WORKER_ENTRY], outfile: join(dir, 'untrusted-worker.cjs') }),
  ]);
  return join(dir, 'main.cjs');
}
