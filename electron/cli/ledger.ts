// `ledger <台账> --year <Y> [--cases <复议诉讼台账>] [--mapping <map.json>] [--into <draft>] -o <draft>
// [--json]`: tables 三 (and 四) counted from the office's own ledgers into a new draft. Exit 0 when
// every row was placed, 1 when rows were left out (listed), 2 when a file cannot be read.
// `ledger --template <out.xlsx> [--year <Y>]` writes the ledger template. Never overwrites a file.

import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EDITIONS, cellIndex, editionForYear } from '../../shared/formats';
import { applyCounts, countLedger, ledgerFindings, parseMapping, type CountedLedger, type LedgerKind, type LedgerMapping } from '../../shared/ledger';
import { cellValues, reconcile } from '../../shared/reconcile';
import { blankReport, type Report } from '../../shared/report';
import { writeReason } from '../services/atomicWrite';
import { openDraft } from '../services/documents';
import { writeChecked } from '../services/exports';
import { ledgerTemplate, templateFileName } from '../services/ledger/template';
import { readSpreadsheetUntrusted } from '../services/untrusted';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError, yearOption, type Io } from './io';
import { isFolder, outputFile, outputTaken, writeNewDraft } from './output';

export interface LedgerOptions {
  year?: string;
  cases?: string;
  mapping?: string;
  into?: string;
  sheet?: string;
  output?: string;
  template?: string;
  json: boolean;
}

/** A mapping file is a few KB; anything near this is not one. */
const MAX_MAPPING_BYTES = 1024 * 1024;

export async function ledgerCommand(io: Io, file: string | undefined, options: LedgerOptions): Promise<number> {
  const year = options.year === undefined ? undefined : yearOption(options.year);
  if (options.template) return template(io, options.template, year ?? new Date().getFullYear());
  if (!file || !options.output || year === undefined) throw new UsageError('ledger 需要一个台账文件、--year 报告年度和 -o 草稿文件');
  if (await outputTaken(io, options.output)) return EXIT_UNREADABLE;

  let mapping: LedgerMapping | undefined;
  if (options.mapping) {
    const read = await readMapping(options.mapping);
    if (!read.ok) {
      io.err(`无法读取映射文件 ${options.mapping}：${read.message}`);
      return EXIT_UNREADABLE;
    }
    mapping = read.mapping;
  }
  let base = blankReport('', year);
  if (options.into) {
    const opened = await openDraft(options.into);
    if (!opened.ok) {
      io.err(`无法读取 ${options.into}：${opened.message}`);
      return EXIT_UNREADABLE;
    }
    base = opened.draft.report;
    if (base.year !== year) {
      io.err(`${options.into} 是 ${base.year} 年度的报告，与 --year ${year} 不一致`);
      return EXIT_UNREADABLE;
    }
  }

  const ledgers: { path: string; kind: LedgerKind; sheet?: string }[] = [{ path: file, kind: 'applications', sheet: options.sheet }];
  if (options.cases) ledgers.push({ path: options.cases, kind: 'cases' });
  const counted: (CountedLedger & { path: string })[] = [];
  for (const l of ledgers) {
    // Someone else's file: read in the parsing worker, within its limits.
    const read = await readSpreadsheetUntrusted(l.path);
    if (!read.ok) {
      io.err(`无法读取台账 ${l.path}：${read.message}`);
      return EXIT_UNREADABLE;
    }
    const result = countLedger(read.workbook, { kind: l.kind, year, sheet: l.sheet, mapping });
    if (!result.ok) {
      io.err(`无法统计 ${l.path}：${result.message}`);
      return EXIT_UNREADABLE;
    }
    counted.push({ count: result.count, source: basename(l.path), sheet: result.sheet, path: l.path });
  }

  const report = applyCounts(base, counted, new Date().toISOString());
  // A folder: the draft is named after the report, as `new` and `import` name theirs.
  const output = await outputFile(options.output, report, '.nianbao');
  if (output !== options.output && (await outputTaken(io, output))) return EXIT_UNREADABLE;
  if (!(await writeNewDraft(io, output, report))) return EXIT_UNREADABLE;
  const unplaced = counted.flatMap((c) => c.count.unplaced.map((u) => ({ ...u, ...(c.count.kind === 'cases' ? { ledger: 'cases' } : {}) })));
  const findings = [...counted.flatMap((c) => ledgerFindings(c.count, `“${c.source}”`)), ...tableFindings(report)];
  if (options.json) {
    const values = cellValues(report);
    const tables = new Set<string>(counted.map((c) => (c.count.kind === 'applications' ? 'apply' : 'review')));
    const cells = Object.fromEntries(cellIndex(EDITIONS[report.edition]).all.filter((c) => tables.has(c.table)).map((c) => [c.key, values[c.key]]));
    const applications = counted.find((c) => c.count.kind === 'applications')!.count;
    const cases = counted.find((c) => c.count.kind === 'cases')?.count;
    io.out(JSON.stringify({ cells, unplaced, counted: applications.counted, findings, otherYears: applications.otherYears, ...(cases ? { casesCounted: cases.counted } : {}), path: output }));
  } else {
    for (const c of counted) summary(io, c);
    for (const f of findings) io.out(`[${f.severity === 'error' ? '错误' : f.severity === 'warning' ? '警告' : '提示'}] ${f.rule} ${f.message}`);
    io.out(`已写入 ${output}（${report.year} 年度，${report.edition} 年版格式）`);
  }
  return unplaced.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function summary(io: Io, c: CountedLedger & { path: string }): void {
  const { count } = c;
  const table = count.kind === 'applications' ? '表三' : '表四';
  io.out(`${c.path}（工作表“${c.sheet}”）→ ${table}：读取 ${count.read} 行，计入 ${count.year} 年度 ${count.counted} 行，其他年度 ${count.otherYears} 行，未能计入 ${count.unplaced.length} 行`);
  for (const u of count.unplaced) io.out(`  第 ${u.row} 行：${u.reason}`);
}

/** The arithmetic of the counted tables (by construction it holds; said if it ever did not). */
function tableFindings(report: Report) {
  return reconcile(report).filter((f) => /^T[34]-0[1-4]$/.test(f.rule) && f.severity === 'error');
}

async function readMapping(path: string): Promise<ReturnType<typeof parseMapping>> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_MAPPING_BYTES) return { ok: false, message: '不是映射文件（过大或不是文件）' };
    return parseMapping(await readFile(path, 'utf8'));
  } catch (e) {
    return { ok: false, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '无法读取文件' };
  }
}

async function template(io: Io, target: string, year: number): Promise<number> {
  if (!editionForYear(year)) throw new UsageError(`--year：${year} 年没有对应的年报格式`);
  const path = (await isFolder(target)) ? join(target, templateFileName(year)) : target;
  try {
    // Checked before it is written, as every export: a workbook that would not open is never 已写入.
    await writeChecked(path, 'xlsx', await ledgerTemplate(year), { mode: 'create' });
  } catch (e) {
    io.err(`无法写入 ${path}：${writeReason(e)}。未生成任何文件`);
    return EXIT_UNREADABLE;
  }
  io.out(`已写入台账模板 ${path}（${year} 年度，${editionForYear(year)!.id} 年版格式的类别）`);
  return EXIT_OK;
}
