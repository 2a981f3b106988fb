// What an import could not establish, per cell, as the form shows it: the mark of one cell, and
// the marked cells in print order with their names — those that hold a figure to check and
// confirm, and those left blank, which only a figure typed in settles.

import { EDITIONS, cellIndex, type CellKey, type EditionId, type TableId } from '../../shared/formats';
import type { ImportMark, Report } from '../../shared/report';
import type { EditorState } from './editor';

export const MARK_REASONS: Record<ImportMark['reason'], string> = {
  unreadable: '导入时无法读取',
  ambiguous: '导入时无法确定',
  blankAsZero: '原文空白，按 0 导入',
  converted: '原文以元为单位，已换算为万元',
};

/** A marked cell with a figure (or "/") in it: the clerk checks it and confirms, or corrects it. */
export const holdsFigure = (report: Pick<Report, 'cells' | 'notApplicable'>, key: CellKey): boolean => report.cells[key] !== undefined || report.notApplicable.includes(key);

/** The text a marked cell carries on hover and for screen readers: what to do depends on whether it holds a figure. */
export const markText = (mark: ImportMark, filled: boolean) =>
  `${MARK_REASONS[mark.reason]}：${mark.detail}。${filled ? '核对无误的，在“导入说明”中确认；有误的直接改正。' : '请对照原文填写此格。'}`;

export const markCount = (s: EditorState) => (s.doc ? Object.keys(s.doc.report.importMarks).length : 0);

export interface MarkedCell {
  key: CellKey;
  table: TableId;
  name: string;
  mark: ImportMark;
  filled: boolean;
}

export function markedCells(edition: EditionId, report: Pick<Report, 'importMarks' | 'cells' | 'notApplicable'>): MarkedCell[] {
  const marks = report.importMarks;
  return cellIndex(EDITIONS[edition])
    .all.filter((c) => marks[c.key])
    .map((c) => ({ key: c.key, table: c.table, name: `${c.rowLabel} / ${c.columnLabel}`, mark: marks[c.key], filled: holdsFigure(report, c.key) }));
}
