// The parsing worker as the packaged app runs it: main and the worker bundled by esbuild with the
// settings of build/bundle-electron.mjs, side by side in a folder with no node_modules and no
// sources, the bundled caller finding untrusted-worker.cjs beside itself (and it pdf-worker.cjs).

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PDF_WORKER_ENTRY, WORKER_ENTRY, common, moduleUrl } from '../../build/bundle-electron.mjs';
import { loopedDirectory } from '../electron/compoundFile';
import { fixturePath, referencePath } from '../helpers';

describe('the bundled parsing worker', () => {
  it('imports a report and reads drafts from a bundle with nothing else around it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundled-worker-'));
    const probe = join(dir, 'probe.ts');
    writeFileSync(
      probe,
      `import { importUntrusted, openDraftsUntrusted, readSpreadsheetUntrusted } from ${JSON.stringify(resolve('electron/services/untrusted'))};
      (async () => {
        const name = (i: Awaited<ReturnType<typeof importUntrusted>>) => (i.ok ? i.report.organization : i.message);
        const imported = await importUntrusted(process.argv[2]);
        // A PDF: pdf.js runs in a worker of its own (pdf-worker.cjs), nested in the parsing worker.
        const pdf = await importUntrusted(process.argv[5]);
        const drafts = await openDraftsUntrusted([process.argv[3], process.argv[4]]);
        // A .doc whose sectors loop: refused by the reader's guard, which must patch the bundled word-extractor.
        const looped = await importUntrusted(process.argv[6]);
        // A ledger: SheetJS is loaded by the worker only when a spreadsheet comes (require, bundled lazily).
        const sheet = await readSpreadsheetUntrusted(process.argv[7]);
        process.stdout.write(JSON.stringify({ imported: name(imported), pdf: name(pdf), looped: name(looped), sheet: sheet.ok ? sheet.workbook.sheets[0].rows : sheet.message, drafts: drafts.map((d) => (d.ok ? d.draft.report.organization : d.message)) }));
      })();`,
    );
    await Promise.all([
      build({ ...common, ...moduleUrl, entryPoints: [probe], outfile: join(dir, 'main.cjs') }),
      build({ ...common, ...moduleUrl, entryPoints: [WORKER_ENTRY], outfile: join(dir, 'untrusted-worker.cjs') }),
      build({ ...common, entryPoints: [PDF_WORKER_ENTRY], outfile: join(dir, 'pdf-worker.cjs') }),
    ]);
    const missing = join(dir, '没有.nianbao');
    const ledger = join(dir, '台账.csv');
    writeFileSync(ledger, '收到日期,申请人类型\n2025-01-06,公民\n');
    const looped = join(dir, '损坏.doc');
    writeFileSync(looped, loopedDirectory(new Uint8Array(readFileSync(fileURLToPath(new URL('../fixtures/import/sample-2024.doc', import.meta.url))))));
    const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'main.cjs'), referencePath('published', 'hongqiao-2020.txt'), fixturePath('tianshui-2020'), missing, referencePath('published', 'hongze-2023.pdf'), looped, ledger], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ imported: '天津市红桥区人民政府', pdf: '洪泽区人民政府', looped: '文件不是有效的 Word 97-2003 文档（.doc），可能已损坏', sheet: [['收到日期', '申请人类型'], ['2025-01-06', '公民']], drafts: ['天水市人民政府', '文件不存在'] });
  }, 60_000);
});
