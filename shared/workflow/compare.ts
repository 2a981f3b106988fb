// Two versions side by side: every cell that differs (old → new, by its printed label), every
// part whose text differs with a text diff (insertions and deletions marked), and the title,
// organisation, year, edition, 信息处理费 and closing. Text is compared paragraph by paragraph
// (jsdiff's line diff), then character by character inside a changed paragraph (Chinese has no
// spaces between words), with one-character islands folded into the change so it reads as a
// phrase replaced, not as a scatter of 的 and 了.

import { diffChars, diffLines } from 'diff';
import { EDITIONS, SECTION_NAMES, cellIndex, type CellKey, type TextSectionId } from '../formats';
import { formatValue } from '../export/layout';
import { TEXT_SECTIONS, type ReportContent } from '../report';
import { cellName } from './remarks';

export interface CellChange {
  key: CellKey;
  /** “表三 （一）予以公开 / 自然人”. */
  name: string;
  /** As printed: a figure, "/", or '' for a blank cell. */
  before: string;
  after: string;
}

export interface TextPiece {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface PartChange {
  section: TextSectionId;
  name: string;
  pieces: TextPiece[];
}

export interface FieldChange {
  field: 'edition' | 'year' | 'organization' | 'title' | 'fees' | 'closing';
  name: string;
  before: string;
  after: string;
}

export interface Comparison {
  same: boolean;
  fields: FieldChange[];
  cells: CellChange[];
  parts: PartChange[];
}

/** A diff never runs away on two unrelated long texts: past this many edits a paragraph is shown replaced whole. */
const MAX_EDITS = 4000;

export function compareContents(before: ReportContent, after: ReportContent): Comparison {
  const fields = fieldChanges(before, after);
  const cells = cellChanges(before, after);
  const parts = TEXT_SECTIONS.filter((s) => before.text[s] !== after.text[s]).map((s) => ({ section: s, name: SECTION_NAMES[s], pieces: textDiff(before.text[s], after.text[s]) }));
  return { same: fields.length + cells.length + parts.length === 0, fields, cells, parts };
}

function fieldChanges(a: ReportContent, b: ReportContent): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: FieldChange['field'], name: string, before: string, after: string) => before !== after && out.push({ field, name, before, after });
  add('edition', '格式', `${a.edition} 年版`, `${b.edition} 年版`);
  add('year', '报告年度', String(a.year), String(b.year));
  add('organization', '机关名称', a.organization, b.organization);
  add('title', '标题', a.title ?? '（标准标题）', b.title ?? '（标准标题）');
  const fees = (c: ReportContent) => [c.fees.noticeCount, c.fees.noticeAmountYuan, c.fees.collectedYuan].map((v) => (v === null ? '—' : String(v))).join(' / ');
  add('fees', '信息处理费（收费通知件数 / 总金额 / 实际收取，元）', fees(a), fees(b));
  const closing = (c: ReportContent) => `${c.closing.signature ?? '（机关名称）'} ${c.closing.date ?? '（发布日期）'}`;
  add('closing', '署名和成文日期', closing(a), closing(b));
  return out;
}

/** Cells in the later version's print order, then any only the earlier one's edition has. */
function cellChanges(a: ReportContent, b: ReportContent): CellChange[] {
  const keys = [...new Set([...cellIndex(EDITIONS[b.edition]).all, ...cellIndex(EDITIONS[a.edition]).all].map((c) => c.key))];
  const out: CellChange[] = [];
  for (const key of keys) {
    const before = shown(a, key);
    const after = shown(b, key);
    if (before !== after) out.push({ key, name: cellName(b.edition === a.edition || cellIndex(EDITIONS[b.edition]).byKey.has(key) ? b : a, key), before, after });
  }
  return out;
}

/** A cell as the version prints it (an amount with up to 4 decimals, "+3" for an increase). */
export function shown(c: ReportContent, key: CellKey): string {
  const def = cellIndex(EDITIONS[c.edition]).byKey.get(key);
  const value = c.cells[key];
  const na = c.notApplicable.includes(key);
  if (!def) return na ? '/' : value === undefined ? '' : String(value);
  return formatValue(value ?? null, na, { kind: def.kind });
}

/** Paragraph by paragraph, then characters within a paragraph replaced by one. */
export function textDiff(before: string, after: string): TextPiece[] {
  const out: TextPiece[] = [];
  const lines = diffLines(before, after);
  for (let i = 0; i < lines.length; i++) {
    const change = lines[i];
    const next = lines[i + 1];
    if (change.removed && next?.added) {
      out.push(...charDiff(change.value, next.value));
      i++;
    } else out.push({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value });
  }
  return merged(out);
}

function charDiff(before: string, after: string): TextPiece[] {
  const changes = diffChars(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) return [{ kind: 'removed', text: before }, { kind: 'added', text: after }];
  const pieces: TextPiece[] = changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  // A lone common character between two changes is part of the phrase replaced.
  const folded: TextPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind === 'same' && [...p.text].length === 1 && i > 0 && i < pieces.length - 1) {
      folded.push({ kind: 'removed', text: p.text }, { kind: 'added', text: p.text });
    } else folded.push(p);
  }
  // Removed before added within each run of changes.
  const out: TextPiece[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const p of folded) {
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

function merged(pieces: TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const p of pieces) {
    if (p.text === '') continue;
    const last = out.at(-1);
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Lines for a message: each cell old → new, each part “文字有改动”, at most `limit` and then how many more. */
export function describeComparison(c: Comparison, limit = 6): string[] {
  const lines = [
    ...c.fields.map((f) => `${f.name}：${f.before} → ${f.after}`),
    ...c.cells.map((x) => `${x.name}：${x.before || '空白'} → ${x.after || '空白'}`),
    ...c.parts.map((p) => `${p.name}：文字有改动（${excerptOfChange(p.pieces)}）`),
  ];
  return lines.length > limit ? [...lines.slice(0, limit - 1), `另有 ${lines.length - limit + 1} 处改动`] : lines;
}

/** “删去‘150件’，加入‘160件’”: the first change of a part, short. */
export function excerptOfChange(pieces: readonly TextPiece[]): string {
  const cut = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 20 ? `${t.slice(0, 20)}…` : t;
  };
  const i = pieces.findIndex((p) => p.kind !== 'same');
  if (i < 0) return '';
  const removed = pieces[i].kind === 'removed' ? pieces[i].text : '';
  const added = pieces[i].kind === 'added' ? pieces[i].text : pieces[i + 1]?.kind === 'added' ? pieces[i + 1].text : '';
  if (removed.trim() && added.trim()) return `“${cut(removed)}”改为“${cut(added)}”`;
  if (added.trim()) return `加入“${cut(added)}”`;
  if (removed.trim()) return `删去“${cut(removed)}”`;
  return '空白和换行';
}
