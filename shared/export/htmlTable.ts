// A statutory table as HTML, from the same layout model as Word. In the document: <th> for every
// label (ids and headers for screen readers), widths by class, row labels sticky on a phone. In
// the CMS fragment: only what survives an editor's filters — border, cellpadding, cellspacing and
// width attributes (align on figures) beside the inline styles, <td> row labels (a stripped <th> turns bold and centred),
// no <caption> (its hiding CSS is what filters drop), the part heading above naming the table.

import type { TableId } from '../formats';
import { headerScope, placeCells, type LayoutCell, type TableLayout } from './layout';
import { columnWidthsMm } from './page';
import { labelWords } from './words';

/** How the caller styles an element: a class in the document, inline CSS in the fragment. */
export type Styler = (kind: TableStyle, className?: string, extraCss?: string) => string;
export type TableStyle = 'wrap' | 'table' | 'col' | 'cell' | 'header' | 'label' | 'group';

export const TABLE_STYLES: Record<TableStyle, string> = {
  wrap: 'overflow-x: auto; max-width: 100%; margin: 0.6em 0 1.2em; padding: 0;',
  table: 'border-collapse: collapse; width: 100%; font-size: 16px; line-height: 1.5;',
  col: '',
  cell: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: center; vertical-align: middle; font-weight: normal; background: #fff;',
  header: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: center; vertical-align: middle; font-weight: normal; background: #fff;',
  label: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: left; vertical-align: middle; font-weight: normal; background: #fff;',
  group: 'border: 1px solid #333; padding: 0.3em 0.45em; text-align: left; vertical-align: middle; font-weight: normal; background: #fff;',
};

/**
 * Below these widths a document's table scrolls inside its box instead of crushing its columns:
 * wide enough that every column holds its longest word at 16 px (table 三: "自然人", "本年度" in
 * 8.33 % each), so the columns keep their % widths — which the sticky labels' offsets assume.
 */
export const MIN_WIDTH_EM: Record<TableId, number> = { active: 24, apply: 47, review: 46 };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * Words that break only between them. The document: keep-all (its CSS) with <wbr> between words.
 * The fragment: each word a nowrap span — a CSS whitelist escapes <wbr> into visible text and
 * may keep keep-all while dropping what makes it break; a dropped nowrap only lets a word break.
 */
export const joinWords = (pieces: string[], fragment: boolean): string =>
  fragment ? pieces.map((p) => ([...p].length > LONGEST_WORD ? escapeHtml(p) : `<span style="white-space: nowrap;">${escapeHtml(p)}</span>`)).join('') : pieces.map(escapeHtml).join('<wbr>');

/** A unit longer than this (an odd organisation's name) may break anywhere: it could not fit a phone's line. */
const LONGEST_WORD = 12;

/** The document's words-only breaking (see joinWords). */
export const KEEP_ALL = 'word-break: keep-all;';

/** The id of a part heading, which names the table below it. */
export const headingId = (table: TableId) => `${table}-heading`;

export function tableHtml(layout: TableLayout, style: Styler, fragment: boolean): string {
  const placed = placeCells([...layout.head, ...layout.bodies.flat()]);
  const labels = placed.flat().filter((p) => isRowLabel(p.cell));
  const labelIds = new Set(labels.map((p) => p.cell.id!));
  const cell = cellHtml(style, fragment, labelIds, labelEnd(layout));
  let next = 0;
  const rows = (count: number) =>
    placed
      .slice(next, (next += count))
      .map((r) => `<tr>${r.map((p) => cell(p.cell, p.column)).join('')}</tr>`)
      .join('\n');
  const head = layout.head.length > 0 ? `<thead>\n${rows(layout.head.length)}\n</thead>\n` : '';
  const bodies = layout.bodies.map((b) => `<tbody>\n${rows(b.length)}\n</tbody>`).join('\n');
  const cols = `<colgroup>${columnPercents(layout).map((w) => `<col${style('col', undefined, `width: ${w};`)}>`).join('')}</colgroup>\n`;
  // The fragment's width is the portal column's; the document's tables scroll below a minimum.
  const minWidth = fragment ? undefined : `min-width: ${MIN_WIDTH_EM[layout.table]}em;`;
  // Lines and room in every cell even when the editor drops every style.
  const attributes = fragment ? ' border="1" cellpadding="4" cellspacing="0" width="100%"' : '';
  // The table scrolls inside its own box on a phone; a scrolling box must be reachable by
  // keyboard (WCAG 2.1.1), hence tabindex, and named: by the part heading above it.
  return (
    `<figure aria-labelledby="${headingId(layout.table)}" tabindex="0"${style('wrap', 'table-wrap')}>\n` +
    `<table${attributes}${style('table', `table-${layout.table}`, minWidth)}>\n${cols}${head}${bodies}\n</table>\n</figure>`
  );
}

/** Column widths in % of the table, in the proportions of the printed form (page.ts). */
export function columnPercents(layout: Pick<TableLayout, 'table' | 'width'>): string[] {
  const mm = columnWidthsMm(layout);
  const total = mm.reduce((a, b) => a + b, 0);
  const percents = mm.map((w) => Math.round((w / total) * 10000) / 100);
  // Rounding goes to the last column: the widths add up to exactly 100 %.
  percents[percents.length - 1] = Math.round((100 - percents.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
  return percents.map((p) => `${p}%`);
}

/**
 * The document's CSS that keeps row labels in view while a table scrolls sideways on a phone:
 * every label cell sticks at the left edge of its grid column. The offsets are in em of the
 * table's minimum width — the only width at which it scrolls.
 */
export function stickyLabelCss(layout: TableLayout): string[] {
  const percents = columnPercents(layout).map(parseFloat);
  return Array.from({ length: labelEnd(layout) }, (_, column) => {
    const left = (percents.slice(0, column).reduce((a, b) => a + b, 0) / 100) * MIN_WIDTH_EM[layout.table];
    // Past the table's left line (1 px), where the column starts: a stuck label stays where it was.
    return `.table-${layout.table} .sticky-${column} { position: sticky; left: calc(${Math.round(left * 10000) / 10000}em + 1px); z-index: 1; }`;
  });
}

/**
 * On a phone table 三's labels would fill the screen: its label columns narrow (groups 3.4 em, as
 * printed forms set "三、本年度办理结果" a character or two a line; row labels 6.6 em), its text 14 px,
 * so that the stuck labels leave about half the screen to the figures.
 */
export function phoneApplyCss(layout: TableLayout): string[] {
  if (layout.table !== 'apply') return [];
  const values = layout.width - 3;
  const widths = [3.4, 3.4, 6.6, ...Array<number>(values).fill(3.6)];
  const total = widths.reduce((a, b) => a + b, 0);
  return [
    '@media (max-width: 40em) {',
    `  .table-wrap .table-apply { font-size: 14px; min-width: 0; width: ${total}em; }`,
    ...widths.slice(0, 3).map((w, i) => `  .table-apply col:nth-child(${i + 1}) { width: ${w}em; }`),
    `  .table-apply col:nth-child(n+4) { width: 3.6em; }`,
    '  .table-apply .group { word-break: normal; padding: 0.3em 0.2em; }',
    '  .table-apply .sticky-1 { left: calc(3.4em + 1px); }',
    '  .table-apply .sticky-2 { left: calc(6.8em + 1px); }',
    '}',
  ];
}

/**
 * The document's tables draw each cell's right and bottom line with the cell (separate borders),
 * the table its top and left: collapsed borders belong to the table and stay behind when a
 * sticky label moves over them. A sticky label draws the line left of it and above it itself.
 */
export const STICKY_BORDERS_CSS = [
  '.table-wrap table { border-collapse: separate; border-spacing: 0; border-top: 1px solid #333; border-left: 1px solid #333; }',
  // Table 三's label columns exactly as wide as the sticky offsets say (its minimum width fits every word).
  '.table-wrap .table-apply { table-layout: fixed; }',
  '.table-wrap th, .table-wrap td { border-width: 0 1px 1px 0; }',
  '.table-wrap [class*="sticky-"] { box-shadow: -1px 0 0 #333, 0 -1px 0 #333; }',
];

const isRowLabel = (c: LayoutCell) => c.role === 'rowLabel' || c.role === 'rowGroup';

/** The grid columns of the row labels: 0 … end-1 (none in table 四). */
function labelEnd(layout: TableLayout): number {
  const placed = placeCells([...layout.head, ...layout.bodies.flat()]).flat();
  return Math.max(0, ...placed.filter((p) => isRowLabel(p.cell)).map((p) => p.column + p.cell.colSpan));
}

const cellHtml = (style: Styler, fragment: boolean, labelIds: ReadonlySet<string>, labelsEnd: number) => (c: LayoutCell, column: number): string => {
  const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  if (c.role === 'value') {
    // The fragment's row labels are no <th>, so there its headers name the column headers only.
    const headers = fragment ? c.headers!.filter((id) => !labelIds.has(id)) : c.headers!;
    return `<td${span} headers="${headers.join(' ')}"${fragment ? ' align="center"' : ''}${style('cell')}>${escapeHtml(c.text)}</td>`;
  }
  // In the document, everything over the label columns stays in view as the table scrolls.
  const classes = (kind: string) => (column + c.colSpan <= labelsEnd ? `${kind} sticky-${column}` : kind);
  if (c.role === 'corner') return `<td${span}${style('label', classes('label'))}>${escapeHtml(c.text)}</td>`;
  const kind = c.role === 'rowLabel' ? 'label' : c.role === 'rowGroup' ? 'group' : 'header';
  const text = c.role === 'rowLabel' ? escapeHtml(c.text) : joinWords(labelWords(c.text), fragment);
  if (fragment && isRowLabel(c)) return `<td${span}${style(kind)}>${text}</td>`;
  return `<th id="${c.id}" scope="${headerScope(c)}"${span}${style(kind, classes(kind))}>${text}</th>`;
};
