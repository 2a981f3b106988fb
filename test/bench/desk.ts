// 单位一览 of 1,000 units' drafts on disk (target ≤ 3 s): as the app builds it — main and the parsing
// worker bundled by esbuild, the tree walked, every draft checked and summarised in the workers, the
// rows built — cold (every draft read) and again after one draft changed; and the pure parts alone:
// the rows from the summaries, and 雷同 across the thousand through sentence-hash signatures.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { WORKER_ENTRY, common, moduleUrl } from '../../build/bundle-electron.mjs';
import { asFingerprint, buildDesk, summarizeDraft, type FoundDraft } from '../../shared/desk';
import { serializeDraft } from '../../shared/draft';
import { mostSimilar } from '../../shared/text/similarity';
import { COUNTY, unitReport, unitText } from '../deskFixtures';
import type { Figure } from './run';

const UNITS = 1000;
const PLACES = ['城关', '东关', '西川', '南河', '北山', '新安', '石桥', '柳林', '河口', '红旗', '白水', '青山', '杨庄', '李家', '马营', '东城', '西城', '高新', '临港', '滨湖', '岭南', '云溪', '松林', '桃源', '金沙'];
const OFFICES = ['发展和改革局', '教育局', '科技局', '公安分局', '民政办', '司法所', '财政所', '人社中心', '自然资源所', '生态环境站', '住建中心', '交通站', '水务站', '农业服务中心', '商务中心', '文化站', '卫生院', '退役军人服务站', '应急办', '审计办', '市场监管所', '统计站', '医保中心', '林业站', '信访办', '城管中队', '数据中心', '档案室', '党政办', '综治中心', '财经办', '社会事务办', '规划办', '执法队', '服务中心', '供销社', '粮站', '宗教办', '审批办', '金融办'];

export async function deskBench(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-desk-bench-'));
  const folder = join(root, '各单位');
  try {
    const names = Array.from({ length: UNITS }, (_, i) => `${COUNTY}${PLACES[i % PLACES.length]}${OFFICES[Math.floor(i / PLACES.length) % OFFICES.length]}`);
    const drafts: FoundDraft[] = [];
    let checking = 0;
    names.forEach((name, i) => {
      const sub = join(folder, PLACES[i % PLACES.length]);
      mkdirSync(sub, { recursive: true });
      const report = { ...unitReport(name, 2024, unitText(name, i), 1 + (i % 5)), publishDate: '2025-01-20' };
      writeFileSync(join(sub, `${name}.nianbao`), serializeDraft(report));
      const start = performance.now();
      drafts.push({ file: `${name}.nianbao`, summary: summarizeDraft(report, null, '2025-01-20T09:00:00+08:00') });
      checking += performance.now() - start;
    });
    const figures: Figure[] = [{ name: `desk: ${UNITS} drafts checked and summarised`, value: checking, unit: 'ms', detail: 'in-process, one thread: reconcile (the narrative checks most), stage, signature' }];
    const timed = (fn: () => unknown) => {
      const start = performance.now();
      fn();
      return performance.now() - start;
    };
    const prints = drafts.map((d) => asFingerprint(d.summary.signature));
    figures.push({ name: `desk: 雷同 across ${UNITS} units (signatures)`, value: timed(() => mostSimilar(prints)), unit: 'ms', detail: `${prints.reduce((n, p) => n + p.sentences.length, 0)} sentences` });
    figures.push({ name: `desk: rows from ${UNITS} summaries`, value: timed(() => buildDesk({ folder: 'x', year: 2024, today: '2025-02-20', roster: null, drafts, unreadable: [] })), unit: 'ms' });
    const probe = await bundledProbe(root);
    const { stdout } = await promisify(execFile)(process.execPath, [probe, folder], { cwd: root, maxBuffer: 1024 * 1024 });
    const [cold, again, rows, cpu] = stdout.trim().split(' ').map(Number);
    if (rows !== UNITS) throw new Error(`the desk had ${rows} rows, not ${UNITS}`);
    const workers = `${Math.min(4, availableParallelism())} parsing workers on ${availableParallelism()} cores`;
    figures.push({ name: `desk: ${UNITS} drafts on disk, built`, value: cold, unit: 'ms', target: '≤ 3000 ms', detail: `bundled, cold: walk, ${workers} (their start included), rows; ${Math.round(cpu)} ms of CPU in all threads` });
    figures.push({ name: `desk: again, one draft changed`, value: again, unit: 'ms', detail: 'the others unchanged: not read again' });
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A bundled caller (as main is) beside the bundled parsing worker; prints cold, again (ms) and the rows. */
async function bundledProbe(dir: string): Promise<string> {
  const probe = join(dir, 'probe.ts');
  writeFileSync(
    probe,
    `import { utimesSync } from 'node:fs';
    import { join } from 'node:path';
    import { openDeskAt, newCaches } from ${JSON.stringify(new URL('../../electron/services/desk/desk.ts', import.meta.url).pathname)};
    (async () => {
      const caches = newCaches();
      const cpu = process.cpuUsage();
      let start = performance.now();
      const first = await openDeskAt(process.argv[2], { year: 2024, today: '2025-02-20' }, caches);
      const cold = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (!first.ok) throw new Error(first.message);
      const path = [...first.desk.paths.values()][0];
      utimesSync(path, new Date(), new Date());
      start = performance.now();
      const second = await openDeskAt(process.argv[2], { year: 2024, today: '2025-02-20' }, caches);
      const again = performance.now() - start;
      if (!second.ok) throw new Error(second.message);
      process.stdout.write(cold + ' ' + again + ' ' + first.desk.view.rows.length + ' ' + (used.user + used.system) / 1000);
    })();`,
  );
  await Promise.all([
    build({ ...common, ...moduleUrl, entryPoints: [probe], outfile: join(dir, 'main.cjs') }),
    build({ ...common, ...moduleUrl, entryPoints: [WORKER_ENTRY], outfile: join(dir, 'untrusted-worker.cjs') }),
  ]);
  return join(dir, 'main.cjs');
}
