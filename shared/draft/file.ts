// Reading and writing the *.nianbao draft file (design §3). An opened file is untrusted:
// scan (grammar, depth, polluting keys), parse, migrate, validate, then check every cell key
// against its edition. A file that fails is refused with a Chinese message naming the field
// or the line and column, at most MAX_MESSAGE characters; the caller never rewrites it.

import type { z } from 'zod';
import { EDITIONS, cellIndex } from '../formats';
import { REPORT_DEFAULTS, limitText, withinLimit, type Report } from '../report';
import { MAX_JSON_DEPTH, POLLUTING_KEYS, scanJson } from './jsonScan';
import { MAX_MESSAGE, clip, excerpt, fieldPath, issueMessage } from './messages';
import { migrate } from './migrate';
import { contentOf } from '../workflow/content';
import { localIsoString } from './time';

export { localIsoString };
import { CURRENT_FILE_VERSION, DRAFT_KIND, draftSchema, reportSchema } from './schema';

/** A full report with long narrative is well under 1 MB; anything near this is not a draft. */
export const MAX_DRAFT_BYTES = 8 * 1024 * 1024;

export interface Draft {
  kind: typeof DRAFT_KIND;
  fileVersion: number;
  savedAt: string;
  report: Report;
  /** Last year's report this one was started from (cross-year rules, year-over-year view). */
  prior: Report | null;
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; message: string };

const MAX_LISTED = 5;

export function parseDraft(text: string): DraftResult {
  if (text.length > MAX_DRAFT_BYTES) return refuse(`文件过大（超过 ${MAX_DRAFT_BYTES / 1024 / 1024} MB），不是年报草稿`);
  const body = text.replace(/^\uFEFF/, ''); // Notepad on Windows may add a BOM
  // JSON.parse alone would accept 10,000 levels (and the schema then overflow the stack), keep
  // "__proto__" as a key the schema silently drops, and name no place for some errors.
  const problem = scanJson(body);
  if (problem) {
    const place = `第 ${problem.line} 行第 ${problem.column} 列`;
    if (problem.kind === 'key') return refuse(`文件内容有误（${place}）：${problem.what}`);
    if (problem.kind === 'depth') return refuse(`文件结构异常（${place}）：${problem.what}，可能已损坏或不是年报草稿`);
    return refuse(`文件不是有效的 JSON 格式（${place}附近）：${problem.what}，可能已损坏或不是年报草稿`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    return refuse(`文件不是有效的 JSON 格式${jsonErrorPlace(body, e)}，可能已损坏或不是年报草稿`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return refuse('文件内容不是年报草稿（顶层应为对象）');
  const envelope = doc as Record<string, unknown>;
  if (envelope.kind !== DRAFT_KIND) {
    return refuse(`文件不是年报草稿：kind 应为 "${DRAFT_KIND}"，实际为 ${excerpt(envelope.kind)}`);
  }
  const migrated = migrate(envelope);
  if (!migrated.ok) return refuse(migrated.message);

  const parsed = draftSchema.safeParse(migrated.doc, { reportInput: true });
  if (!parsed.success) return refuse(listed('文件内容有误：', issueLines(parsed.error.issues)));
  const draft = parsed.data as Draft;
  const keyProblems = [...cellProblems(draft.report), ...workflowProblems(draft.report), ...(draft.prior ? [...cellProblems(draft.prior, 'prior'), ...workflowProblems(draft.prior, 'prior')] : [])];
  if (keyProblems.length > 0) return refuse(listed('文件内容有误：', keyProblems));
  return { ok: true, draft };
}

/** Checks a report that arrives from elsewhere than a file (e.g. over IPC) exactly as a file's. */
export function validateReport(value: unknown): { ok: true; report: Report } | { ok: false; message: string } {
  const polluted = pollutingKey(value, ['report']);
  if (polluted) return { ok: false, message: clip(`报告内容有误：${polluted}`) };
  const parsed = reportSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, message: listed('报告内容有误：', issueLines(parsed.error.issues, ['report'])) };
  const report = parsed.data as Report;
  const keyProblems = [...cellProblems(report), ...workflowProblems(report)];
  if (keyProblems.length > 0) return { ok: false, message: listed('报告内容有误：', keyProblems) };
  return { ok: true, report };
}

/** The header and as many problems as fit within MAX_MESSAGE (at most five), then how many more. */
function listed(header: string, problems: readonly string[]): string {
  const room = MAX_MESSAGE - '\n  · 另有 99999 处问题'.length;
  let out = header;
  let shown = 0;
  for (const line of problems.slice(0, MAX_LISTED)) {
    const next = `${out}\n  · ${shown === 0 ? clip(line, room - out.length - 5) : line}`;
    if (next.length > room) break;
    out = next;
    shown++;
  }
  const more = problems.length - shown;
  return more > 0 ? `${out}\n  · 另有 ${more} 处问题` : out;
}

function issueLines(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): string[] {
  // Only the first few are worded; the rest are counted.
  return issues.map((issue, i) => (i < MAX_LISTED ? issueMessage({ ...issue, path: [...prefix, ...issue.path] }) : ''));
}

function refuse(message: string): DraftResult {
  return { ok: false, message: clip(message) };
}

/**
 * A report that did not come from a file (e.g. over IPC) gets the scan's key check too: a
 * "__proto__" key would otherwise be dropped by the schema without a word.
 */
function pollutingKey(value: unknown, root: PropertyKey[]): string | null {
  const pending: [unknown, PropertyKey[]][] = [[value, root]];
  while (pending.length > 0) {
    const [v, path] = pending.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (path.length > MAX_JSON_DEPTH) return `${fieldPath(path.slice(0, 3))} 嵌套超过 ${MAX_JSON_DEPTH} 层`;
    for (const key of Object.keys(v)) {
      if (POLLUTING_KEYS.has(key)) return `${fieldPath(path)} 中不允许出现字段名 ${JSON.stringify(key)}`;
      pending.push([(v as Record<string, unknown>)[key], [...path, Array.isArray(v) ? Number(key) : key]]);
    }
  }
  return null;
}

function cellProblems(report: Report, where = 'report'): string[] {
  const index = cellIndex(EDITIONS[report.edition]);
  const out: string[] = [];
  const edition = `${report.edition} 年版格式`;
  // Every problem is counted; only the first few are worded.
  const say = (line: () => string) => out.push(out.length < MAX_LISTED ? line() : '');
  for (const [key, v] of Object.entries(report.cells)) {
    const cell = index.byKey.get(key);
    if (!cell) say(() => `${fieldPath([where, 'cells', key])} 不是${edition}中的单元格`);
    // The size limit is the editor's own (shared/report/limits); the shape (negative, decimals)
    // is a finding the clerk can correct in the editor (T3-01 …).
    else if (!withinLimit(v, cell.kind)) say(() => `${fieldPath([where, 'cells', key])} 的值 ${excerpt(v)} 过大：${limitText(cell.kind)}`);
  }
  report.notApplicable.forEach((key, i) => {
    if (!index.byKey.has(key)) say(() => `${fieldPath([where, 'notApplicable', i])} ${excerpt(key)} 不是${edition}中的单元格`);
  });
  const keyed: [string, Record<string, unknown>][] = [
    ['importMarks', report.importMarks],
    ['provenance', report.provenance],
    ...report.ledgers.map((l, i): [string, Record<string, unknown>] => [`ledgers[${i}].rows`, l.rows]),
  ];
  for (const [field, record] of keyed) {
    for (const key of Object.keys(record)) {
      if (!index.byKey.has(key)) say(() => `${where}.${field}[${JSON.stringify(key)}] 不是${edition}中的单元格`);
    }
  }
  for (const [fingerprint, version] of Object.entries(report.workflow.versions)) {
    const versionIndex = cellIndex(EDITIONS[version.edition]);
    for (const key of Object.keys(version.cells)) {
      if (!versionIndex.byKey.has(key)) say(() => `${where}.workflow.versions[${fingerprint.slice(0, 8)}…].cells[${JSON.stringify(key)}] 不是${version.edition} 年版格式中的单元格`);
    }
  }
  return out;
}

/**
 * What the schema cannot say of the report's life: each step's version is in the file, 发布
 * alone carries a date (and may carry an address), and no two remarks share an id.
 */
function workflowProblems(report: Report, where = 'report'): string[] {
  const out: string[] = [];
  const { history, versions, remarks } = report.workflow;
  history.forEach((entry, i) => {
    const at = `${where}.workflow.history[${i}]`;
    if (!Object.hasOwn(versions, entry.fingerprint)) out.push(`${at}.fingerprint 所指的版本 ${entry.fingerprint.slice(0, 8)}… 不在 workflow.versions 中`);
    if (entry.step === 'publish' && entry.date === null) out.push(`${at}.date 发布步骤应有发布日期`);
    if (entry.step !== 'publish' && entry.date !== null) out.push(`${at}.date 只有发布步骤记录发布日期，实际为 ${excerpt(entry.date)}`);
    if (entry.step !== 'publish' && entry.url !== null) out.push(`${at}.url 只有发布步骤记录网址`);
  });
  const seen = new Set<string>();
  remarks.forEach((remark, i) => {
    if (seen.has(remark.id)) out.push(`${where}.workflow.remarks[${i}].id ${excerpt(remark.id)} 与前面的审核意见重复`);
    seen.add(remark.id);
  });
  return out;
}

function jsonErrorPlace(text: string, e: unknown): string {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `（第 ${line} 行第 ${column} 列附近）`;
}

/** Cells in print order, so that two saves of the same report are byte-identical. */
function inPrintOrder(report: Report): Report {
  const index = cellIndex(EDITIONS[report.edition]);
  const cells: Record<string, number> = {};
  for (const cell of index.all) {
    const v = report.cells[cell.key];
    if (v !== undefined) cells[cell.key] = v;
  }
  return {
    ...report,
    cells,
    notApplicable: index.all.map((c) => c.key).filter((k) => report.notApplicable.includes(k)),
    importMarks: keyedInPrintOrder(report, report.importMarks),
    provenance: keyedInPrintOrder(report, report.provenance),
    ledgers: report.ledgers.map((l) => ({ ...l, rows: keyedInPrintOrder(report, l.rows) })),
    workflow: { ...report.workflow, versions: Object.fromEntries(Object.entries(report.workflow.versions).map(([fp, v]) => [fp, contentOf(v)])) },
  };
}

function keyedInPrintOrder<T>(report: Report, record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const cell of cellIndex(EDITIONS[report.edition]).all) {
    const v = record[cell.key];
    if (v !== undefined) out[cell.key] = v;
  }
  return out;
}

/**
 * Last year's report as a draft remembers it: its figures, text and settings for the cross-year
 * rules and views; not its own life (versions, remarks), sources or ledger rows, which belong to
 * last year's file and would only make this one heavier.
 */
export function asPrior(report: Report): Report {
  const { workflow, provenance, ledgers } = REPORT_DEFAULTS();
  return { ...report, workflow, provenance, ledgers };
}

export function serializeDraft(report: Report, savedAt: Date = new Date(), prior: Report | null = null): string {
  const draft: Draft = {
    kind: DRAFT_KIND,
    fileVersion: CURRENT_FILE_VERSION,
    savedAt: localIsoString(savedAt),
    report: inPrintOrder(report),
    prior: prior && inPrintOrder(asPrior(prior)),
  };
  return `${JSON.stringify(draft, null, 2)}\n`;
}
