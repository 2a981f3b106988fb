// The page of GB/T 9704-2012 (spec §10) as every paper export sets it — the Word document and
// the print layout (PDF, preview, 打印) read the same numbers, so that they paginate alike.

import type { TableId } from '../formats';
import type { TableLayout } from './layout';

export const PAGE_MM = { width: 210, height: 297 } as const;
/** 天头 37, 订口 28; bottom 35 and right 26 follow from the 156 × 225 mm type area. */
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const TYPE_AREA_MM = { width: 156, height: 225 } as const;

/** Sizes in points: 2号 22, 3号 16, 4号 14, 五号 10.5. */
export const SIZES_PT = { title: 22, body: 16, pageNumber: 14, table: 10.5 } as const;
/** 225 mm / 22 lines, rounded to Word's twentieths of a point: 579 twips. */
export const LINE_PITCH_PT = 28.95;
/** 156 mm / 28 characters = 15.79 pt: 3号 characters set 0.25 pt closer. */
export const CHARACTER_SPACING_PT = -0.25;
/** Table text: 五号 on an exact 15 pt line. */
export const TABLE_LINE_PT = 15;
/** Left and right padding inside a table cell. */
export const CELL_PADDING_MM = 0.8;
/** Body paragraphs start two characters in. */
export const FIRST_LINE_INDENT_PT = 2 * SIZES_PT.body;
/** The page number's 一字线 sits 7 mm below the type area (§7.5), one character in from the edge. */
export const PAGE_NUMBER_GAP_MM = 7;
/** The page number's line: 4号 on an exact 14 pt line, its 一字线 about the line's middle. */
export const PAGE_NUMBER_LINE_PT = 14;

export const PT_PER_MM = 72 / 25.4;
export const mm = (pt: number): number => pt / PT_PER_MM;
export const pt = (millimetres: number): number => millimetres * PT_PER_MM;

/**
 * Column widths in mm, adding up to the type area. Table 三's label columns take three
 * characters ("三、/本年度/办理/结果", "（三）/不予/公开") and its value columns three, so
 * "自然人" stays whole and "社会公益组织" breaks as 社会/公益/组织; table 四's fifteen
 * columns take two ("结果/维持").
 */
export function columnWidthsMm(layout: Pick<TableLayout, 'table' | 'width'>): number[] {
  const { table, width } = layout;
  const widths: Record<TableId, () => number[]> = {
    active: () => [42, 38, 38, 38],
    apply: () => {
      const [label, value] = [13, 13];
      const values = width - 3;
      return [label, label, TYPE_AREA_MM.width - 2 * label - values * value, ...Array<number>(values).fill(value)];
    },
    review: () => Array<number>(width).fill(TYPE_AREA_MM.width / width),
  };
  return widths[table]();
}
