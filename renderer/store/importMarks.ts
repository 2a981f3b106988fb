// What an import could not establish, per cell, as the form shows it: the mark of one cell, and
// the marked cells in print order with their names (for the import summary's list).

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../../shared/formats';
import type { ImportMark, Report } from '../../shared/report';
import type { EditorState } from './editor';

export const MARK_REASONS: Record<ImportMark['reason'], string> = {
  unreadable: '导入时无法读取',
  ambiguous: '导入时无法确定',
  blankAsZero: '原文空白，按 0 导入',
  converted: '原文以元为单位，已换算为万元',
};

/** The text a marked cell carries on hover and for screen readers. */
export const markText = (mark: ImportMark) => `${MARK_REASONS[mark.reason]}：${mark.detail}。改正此格，或在“导入说明”中确认。`;

export const markCount = (s: EditorState) => (s.doc ? Object.keys(s.doc.report.importMarks).length : 0);

export interface MarkedCell {
  key: CellKey;
  table: TableId;
  name: string;
  mark: ImportMark;
}

export function markedCells(edition: EditionId, marks: Report['importMarks']): MarkedCell[] {
  return cellIndex(EDITIONS[edition])
    .all.filter((c) => marks[c.key])
    .map((c) => ({ key: c.key, table: c.table, name: `${c.rowLabel} / ${c.columnLabel}`, mark: marks[c.key] }));
}
