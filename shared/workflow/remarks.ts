// Review remarks (审核意见): anchored to a cell, a table, a part or a span of text the way
// acknowledged warnings are (shared/reconcile/anchor), so an edit elsewhere leaves a remark on its
// place and an edit of its own sentence is seen as the drafter's answer. Each is open until
// resolved; remarks are not content, so they never change a fingerprint.

import { EDITIONS, SECTION_NAMES, TABLE_PARTS, cellIndex, type CellKey, type TableId, type TextSectionId } from '../formats';
import { anchorOf } from '../reconcile/anchor';
import { TEXT_SECTIONS, WORKFLOW_LIMITS, type Remark, type Report } from '../report';

/** What a remark is about, as the reviewer chose it. */
export type RemarkTarget =
  | { kind: 'cell'; key: CellKey }
  | { kind: 'table'; table: TableId }
  | { kind: 'part'; section: TextSectionId }
  | { kind: 'text'; section: TextSectionId; start: number; end: number };

/** Where a remark is in the report as it stands now; `lapsed`: its sentence was changed. */
export type RemarkPlace =
  | { kind: 'cell'; key: CellKey; section: TextSectionId }
  | { kind: 'table'; table: TableId; section: TextSectionId }
  | { kind: 'part'; section: TextSectionId }
  | { kind: 'text'; section: TextSectionId; start: number; end: number }
  | { kind: 'lapsed'; section: TextSectionId };

export const TABLE_NAMES: Readonly<Record<TableId, string>> = { active: '表二', apply: '表三', review: '表四' };

/** A cell as a clerk names it: “表三 （一）予以公开 / 自然人”. */
export function cellName(report: Pick<Report, 'edition'>, key: CellKey): string {
  const cell = cellIndex(EDITIONS[report.edition]).byKey.get(key);
  return cell ? `${TABLE_NAMES[cell.table]} ${cell.rowLabel} / ${cell.columnLabel}` : key;
}

export function anchorOfTarget(report: Report, target: RemarkTarget): string {
  switch (target.kind) {
    case 'cell':
      return `cells:${target.key}`;
    case 'table':
      return `table:${target.table}`;
    case 'part':
      return `part:${target.section}`;
    case 'text':
      // The same anchor an acknowledged warning at this span would have.
      return anchorOf({ rule: '', severity: 'info', cells: [], message: '', text: target }, report);
  }
}

/** What the remark concerns as the reviewer saw it: a cell's name, a table's, a part's, or the words marked. */
export function quoteOf(report: Report, target: RemarkTarget): string {
  switch (target.kind) {
    case 'cell':
      return cellName(report, target.key);
    case 'table':
      return `${TABLE_NAMES[target.table]}（整表）`;
    case 'part':
      return SECTION_NAMES[target.section];
    case 'text':
      return report.text[target.section].slice(target.start, target.end);
  }
}

/** Where a remark stands in the report now. */
export function placeOf(remark: Remark, report: Pick<Report, 'edition' | 'text'>): RemarkPlace {
  const [kind, rest] = [remark.anchor.slice(0, remark.anchor.indexOf(':')), remark.anchor.slice(remark.anchor.indexOf(':') + 1)];
  if (kind === 'cells') {
    const key = rest.split(',')[0];
    const cell = cellIndex(EDITIONS[report.edition]).byKey.get(key);
    return cell ? { kind: 'cell', key, section: TABLE_PARTS[cell.table] } : { kind: 'lapsed', section: 'preamble' };
  }
  if (kind === 'table' && rest in TABLE_PARTS) return { kind: 'table', table: rest as TableId, section: TABLE_PARTS[rest as TableId] };
  if (kind === 'part' && isSection(rest)) return { kind: 'part', section: rest };
  if (kind === 'text') {
    const m = /^([a-z]+):(\d+):(\d+):([\s\S]*)$/.exec(rest);
    if (!m || !isSection(m[1])) return { kind: 'lapsed', section: 'preamble' };
    const section = m[1];
    const [repetition, offset, sentence] = [Number(m[2]), Number(m[3]), m[4]];
    const text = report.text[section];
    let at = text.indexOf(sentence);
    for (let n = 0; n < repetition && at >= 0; n++) at = text.indexOf(sentence, at + 1);
    if (at < 0 || sentence === '') return { kind: 'lapsed', section };
    const start = at + offset;
    // The marked words, when they still stand there; else the whole sentence.
    const end = text.startsWith(remark.quote, start) && remark.quote !== '' ? start + remark.quote.length : at + sentence.length;
    return end > start ? { kind: 'text', section, start, end } : { kind: 'text', section, start: at, end: at + sentence.length };
  }
  return { kind: 'lapsed', section: 'preamble' };
}

const isSection = (s: string): s is TextSectionId => (TEXT_SECTIONS as readonly string[]).includes(s);

export type RemarkResult = { ok: true; report: Report; remark: Remark } | { ok: false; message: string };

export function addRemark(report: Report, target: RemarkTarget, details: { text: string; by: string; at: string }): RemarkResult {
  const text = details.text.trim();
  const by = details.by.trim();
  if (text === '') return { ok: false, message: '请填写审核意见。' };
  if (by === '') return { ok: false, message: '请填写提出意见的人的姓名。' };
  if (text.length > WORKFLOW_LIMITS.note) return { ok: false, message: `审核意见不能超过 ${WORKFLOW_LIMITS.note} 个字。` };
  if (by.length > WORKFLOW_LIMITS.name) return { ok: false, message: `姓名不能超过 ${WORKFLOW_LIMITS.name} 个字。` };
  if (report.workflow.remarks.length >= WORKFLOW_LIMITS.remarks) return { ok: false, message: `本草稿的审核意见已达上限（${WORKFLOW_LIMITS.remarks} 条）。` };
  if (target.kind === 'text') {
    const length = report.text[target.section].length;
    if (!(target.start >= 0 && target.end > target.start && target.end <= length)) return { ok: false, message: '请先在正文中选中要提意见的文字。' };
    if (target.end - target.start > WORKFLOW_LIMITS.quote) return { ok: false, message: `选中的文字过长（超过 ${WORKFLOW_LIMITS.quote} 字），请只选中有问题的句子。` };
  }
  const anchor = anchorOfTarget(report, target);
  if (anchor.length > WORKFLOW_LIMITS.anchor) return { ok: false, message: '所选文字所在的句子过长，请对整个部分提意见。' };
  const remark: Remark = { id: nextId(report), anchor, quote: quoteOf(report, target).slice(0, WORKFLOW_LIMITS.quote), text, by, at: details.at, resolved: null };
  return { ok: true, report: { ...report, workflow: { ...report.workflow, remarks: [...report.workflow.remarks, remark] } }, remark };
}

/** The drafter has dealt with it (or the reviewer withdraws it), with an optional note. */
export function resolveRemark(report: Report, id: string, details: { by: string; at: string; note?: string }): RemarkResult {
  const remark = report.workflow.remarks.find((r) => r.id === id);
  if (!remark) return { ok: false, message: '这条审核意见已不存在。' };
  if (remark.resolved) return { ok: false, message: '这条审核意见已处理。' };
  const by = details.by.trim();
  if (by === '') return { ok: false, message: '请填写姓名。' };
  const resolved = { ...remark, resolved: { by: by.slice(0, WORKFLOW_LIMITS.name), at: details.at, note: (details.note ?? '').trim().slice(0, WORKFLOW_LIMITS.note) } };
  return { ok: true, report: withRemark(report, resolved), remark: resolved };
}

/** Open again (the fix was not enough). */
export function reopenRemark(report: Report, id: string): RemarkResult {
  const remark = report.workflow.remarks.find((r) => r.id === id);
  if (!remark) return { ok: false, message: '这条审核意见已不存在。' };
  const reopened = { ...remark, resolved: null };
  return { ok: true, report: withRemark(report, reopened), remark: reopened };
}

export const openRemarksOf = (report: Report): Remark[] => report.workflow.remarks.filter((r) => r.resolved === null);

function withRemark(report: Report, remark: Remark): Report {
  return { ...report, workflow: { ...report.workflow, remarks: report.workflow.remarks.map((r) => (r.id === remark.id ? remark : r)) } };
}

/** r1, r2 …: never reused within a draft (ids are read by people and tests; no randomness needed). */
function nextId(report: Report): string {
  const max = Math.max(0, ...report.workflow.remarks.map((r) => Number(/^r(\d+)$/.exec(r.id)?.[1] ?? 0)));
  return `r${max + 1}`;
}
