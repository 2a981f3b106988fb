// How a table cell's text breaks into lines at 五号 in its column width — the same lines in
// Word (as explicit breaks) and in the print layout. Header and group labels break only
// between words (words.ts); row labels and the corner note break like any Chinese text.

import type { LayoutCell } from './layout';
import { breakLines, units } from './measure';
import { CELL_PADDING_MM, SIZES_PT, pt } from './page';
import { labelWords } from './words';

/** Half a point spare, so that Word never needs to wrap a line we measured as fitting. */
const SPARE_PT = 0.5;

export function cellLines(cell: LayoutCell, widthMm: number): string[] {
  if (cell.text === '') return [''];
  const room = pt(widthMm - 2 * CELL_PADDING_MM) - SPARE_PT;
  const byWords = cell.role === 'column' || cell.role === 'columnGroup' || cell.role === 'rowGroup' || cell.role === 'blockCaption';
  return breakLines(units(cell.text, byWords ? labelWords(cell.text) : undefined), room, SIZES_PT.table);
}
