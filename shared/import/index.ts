// Import of published reports (text scraped from portals, markdown from PDF converters, saved
// pages, Word files; PDF and .doc come in as tokens from electron/services) into drafts, with the
// summary of what was recognised, from where, and what was left out.
//
// Findings: IMP-01 a cell unreadable · IMP-02 a row not found or its figures not placeable ·
// IMP-04 blank cells read as 0 · IMP-05 edition other than the year's · IMP-06 rows or figures
// outside the form (local rows, a group printed as one row, stray figures) · IMP-07 a part
// heading not found · IMP-08 run-together digits with several cuts · IMP-09 metadata missing,
// inferred or contradictory · IMP-10 rows read in the form's order. Printed totals that are not
// the sums are the publisher's errors, reported by reconcile (T3-02, T3-03, T4-02).

import { MAX_DRAFT_BYTES, serializeDraft, validateReport } from '../draft';
import { EDITIONS, cellIndex } from '../formats';
import type { Finding } from '../reconcile/types';
import { reconcile } from '../reconcile';
import type { Report } from '../report';
import { RefusedError, docxTokens } from './docx';
import { htmlTokens } from './html';
import type { MetadataOptions } from './metadata';
import { FORMAT_NAMES, MAX_LISTED_DROPS, formatOf, mb, tooLarge, type ImportFormat } from './format';
import { simplifiedIfTraditional, stripPinyin } from './normalize';
import { recognize } from './recognize';
import { textTokens, type Token } from './tokens';

export type { Token } from './tokens';
export { FORMAT_NAMES, MAX_IMPORT_BYTES, MAX_LISTED_DROPS, formatOf, tooLarge, type ImportFormat } from './format';
export { placedTokens, type PlacedText } from './layout';
export { RefusedError } from './docx';

export interface ImportSummary {
  format: ImportFormat;
  /** The source file's name. */
  source: string;
  organization: string;
  /** Where the organisation came from; null when none was found. */
  organizationSource: string | null;
  year: number;
  yearSource: string;
  /** The year came from a weak source (publication date, the text): to be checked. */
  yearInferred: boolean;
  edition: Report['edition'];
  /** Entered cells of the form that got a figure (or "/"), and those that did not. */
  cellsRecovered: number;
  cellsMissing: number;
  /** Of the missing: unreadable in the source, and ambiguous (several readings fit). */
  cellsUnreadable: number;
  cellsAmbiguous: number;
  /** Printed blank, read as 0. */
  cellsBlankAsZero: number;
  /** Printed in 元 where the form asks for 万元, converted (each marked on its cell). */
  cellsConverted: number;
  /** The page was in 繁體 and was converted. */
  traditional: boolean;
  /** Every line of the source left out of the report (chrome, lines before the title, cells outside the tables). */
  dropped: string[];
  /** How many lines were dropped (the page is shown `dropped` up to MAX_LISTED_DROPS). */
  droppedCount: number;
  /** The import summary as kept in the draft (report.importRecord.notes). */
  notes: string[];
}

export type Imported = { ok: true; report: Report; findings: Finding[]; summary: ImportSummary } | { ok: false; message: string };

export interface ImportOptions extends MetadataOptions {
  /** When the import happened (ISO date-time), for the record; now by default. */
  importedAt?: string;
}

/** UTF-8, or GB18030 (older Chinese pages and Notepad files) when it is not UTF-8. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Text, markdown, HTML and Word files; PDF and .doc are read in electron/services into tokens. */
export async function importPublished(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<Imported> {
  const format = formatOf(name, bytes);
  const big = tooLarge(format, bytes.length);
  if (big) return { ok: false, message: big };
  if (format === 'pdf' || format === 'doc') return { ok: false, message: `${FORMAT_NAMES[format]}文件需要由桌面程序或命令行读取` };
  let tokens: Token[];
  try {
    tokens = format === 'docx' ? await docxTokens(bytes) : format === 'html' ? htmlTokens(decodeText(bytes)) : textTokens(decodeText(bytes));
  } catch (e) {
    return { ok: false, message: e instanceof RefusedError ? e.message : `无法读取这个${FORMAT_NAMES[format]}文件：文件结构异常或已损坏` };
  }
  return importTokens(tokens, format, baseName(name), options);
}

export function importText(text: string, options: ImportOptions = {}): Imported {
  return importTokens(textTokens(text), 'text', '粘贴的文本', options);
}

/** The common end of every format: normalise, recognise, check, and write the summary. */
export function importTokens(raw: Token[], format: ImportFormat, source: string, options: ImportOptions = {}): Imported {
  const cleaned = raw.map((t) => ({ ...t, text: stripPinyin(t.text) }));
  const simplified = simplifiedIfTraditional(cleaned.map((t) => t.text).join('\u0001'));
  const tokens = simplified.converted ? simplified.text.split('\u0001').map((text, i) => ({ ...cleaned[i], text })) : cleaned;
  const result = recognize(tokens, options);
  if ('error' in result) return { ok: false, message: result.error };
  const { report, metadata, dropped } = result;
  const findings = [...result.findings, ...reconcile(report)];

  const index = cellIndex(EDITIONS[report.edition]);
  const recovered = index.entered.filter((c) => report.cells[c.key] !== undefined || report.notApplicable.includes(c.key)).length;
  const marks = Object.values(report.importMarks);
  const count = (reason: string) => marks.filter((m) => m.reason === reason).length;
  const summary: ImportSummary = {
    format,
    source,
    organization: report.organization,
    organizationSource: metadata.organization?.source ?? null,
    year: report.year,
    yearSource: metadata.year!.source,
    yearInferred: metadata.year!.inferred === true,
    edition: report.edition,
    cellsRecovered: recovered,
    cellsMissing: index.entered.length - recovered,
    cellsUnreadable: count('unreadable'),
    cellsAmbiguous: count('ambiguous'),
    cellsBlankAsZero: count('blankAsZero'),
    cellsConverted: count('converted'),
    traditional: simplified.converted,
    dropped,
    droppedCount: dropped.length,
    notes: [],
  };
  summary.notes = recordNotes(summary, metadata.publishDate, result.notes, findings);
  report.importRecord = { source, importedAt: options.importedAt ?? new Date().toISOString(), notes: summary.notes };

  // A draft bigger than a draft may be would never open again: refuse it now.
  const size = new TextEncoder().encode(serializeDraft(report)).length;
  if (size > MAX_DRAFT_BYTES) {
    return { ok: false, message: `导入后的草稿有 ${mb(size)}，超过草稿文件的上限 ${mb(MAX_DRAFT_BYTES)}（正文过长），不像是一份年报` };
  }
  // Nor one over a draft's caps (shared/report/caps): the refusal names the part.
  const valid = validateReport(report);
  if (!valid.ok) return { ok: false, message: `导入后的草稿超出了草稿能容纳的范围，不像是一份年报：${valid.message.replace(/^报告内容有误：\n\s*·\s*/, '').replace(/\n\s*·\s*/g, '；')}` };
  return { ok: true, report, findings, summary };
}


function recordNotes(s: ImportSummary, publishDate: { value: string; source: string } | null, placed: string[], findings: Finding[]): string[] {
  const clip = (t: string, n = 80) => (t.length > n ? `${t.slice(0, n)}…` : t);
  const notes = [
    `从“${s.source}”（${FORMAT_NAMES[s.format]}）导入${s.traditional ? '，原文为繁体，已转换为简体' : ''}。`,
    s.organizationSource ? `机关名称“${s.organization}”取自${s.organizationSource}。` : '没有找到机关名称，请填写。',
    `报告年度 ${s.year} 取自${s.yearSource}${s.yearInferred ? '，请核对' : ''}。`,
    ...(publishDate ? [`发布日期 ${publishDate.value} 取自${publishDate.source}。`] : []),
    `表格为 ${s.edition} 年版格式。识别单元格 ${s.cellsRecovered} 个，未能识别 ${s.cellsMissing} 个（其中无法读取 ${s.cellsUnreadable} 个、无法确定 ${s.cellsAmbiguous} 个）；空白按 0 导入 ${s.cellsBlankAsZero} 个。`,
    ...placed,
    ...findings.filter((f) => f.rule.startsWith('IMP') || f.rule === 'S-02').map((f) => `${f.rule} ${f.message}`),
    ...s.dropped.slice(0, MAX_LISTED_DROPS).map((line) => `删去原文一行：“${clip(line)}”`),
  ];
  if (s.dropped.length > MAX_LISTED_DROPS) notes.push(`另有 ${s.dropped.length - MAX_LISTED_DROPS} 行被删去，未逐一列出。`);
  return notes;
}

export { withIdentity, yearProblem, type Identity } from './confirm';
