// What an undo or redo changed, read off the two documents: the cells and the stretch of text it
// touched, and where in the report that is — so the editor can go there and say so, as Word and
// Excel show the place of what they undid.

import { EDITIONS, SECTION_NAMES, TABLE_PARTS, cellIndex, type CellKey, type TableId, type TextSectionId } from '../../shared/formats';
import { TEXT_SECTIONS } from '../../shared/report';
import type { Doc } from './editor';

export interface Change {
  /** The part to show; null when the change has no place in a part (a warning's 说明 …). */
  part: TextSectionId | null;
  /** Cells whose content changed, in print order, of the first table concerned. */
  cells: CellKey[];
  /** The changed stretch of a text, as it reads after the change (start = end: text removed there). */
  text: { section: TextSectionId; start: number; end: number } | null;
  /** The 机关名称 in the header changed. */
  organization: boolean;
  /** Words for the notice: 「…」, “一、总体情况”中的文字 … */
  label: string;
}

const changedKeys = (a: object, b: object): Set<string> => {
  const keys = new Set<string>();
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) keys.add(k);
  return keys;
};

/** The stretch of `after` that differs from `before` (common start and end left out). */
function changedSpan(before: string, after: string): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: after.length - tail };
}

export function changeBetween(before: Doc, after: Doc): Change {
  const [a, b] = [before.report, after.report];
  const index = cellIndex(EDITIONS[b.edition]);
  const touched = new Set([
    ...changedKeys(a.cells, b.cells),
    ...changedKeys(before.invalid, after.invalid),
    ...changedKeys(a.importMarks, b.importMarks),
    ...[...a.notApplicable, ...b.notApplicable].filter((k) => a.notApplicable.includes(k) !== b.notApplicable.includes(k)),
  ]);
  const all = index.all.filter((c) => touched.has(c.key));
  const table = all[0]?.table as TableId | undefined;
  const cells = all.filter((c) => c.table === table).map((c) => c.key);
  const section = TEXT_SECTIONS.find((s) => a.text[s] !== b.text[s]) ?? null;
  const organization = a.organization !== b.organization;
  const none: Change = { part: null, cells: [], text: null, organization, label: '' };
  if (b.edition !== a.edition) return { ...none, part: 'active', label: '表格格式的转换' };
  if (cells.length > 0) {
    const first = index.byKey.get(cells[0])!;
    const name = `「${first.rowLabel} / ${first.columnLabel}」`;
    return { ...none, part: TABLE_PARTS[table!], cells, label: all.length > 1 ? `${name}等 ${all.length} 个单元格` : name };
  }
  if (section) return { ...none, part: section, text: { section, ...changedSpan(a.text[section], b.text[section]) }, label: `“${SECTION_NAMES[section]}”中的文字` };
  if (organization) return { ...none, label: '机关名称' };
  if (a.publishDate !== b.publishDate || a.organizationType !== b.organizationType) return { ...none, part: 'preamble', label: '发布信息' };
  if (a.fees !== b.fees) return { ...none, part: 'other', label: '信息处理费' };
  if (a.closing !== b.closing) return { ...none, part: 'other', label: '署名和成文日期' };
  if (a.acknowledgements !== b.acknowledgements || a.explanations !== b.explanations) return { ...none, label: '检查结果中的理由' };
  if (a.workflow !== b.workflow) return { ...none, label: '审核意见' };
  return { ...none, label: '上一步操作' };
}
