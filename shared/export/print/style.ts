// The CSS of every print item, one function for both drawings of the print layout: the HTML
// document (html.ts) and the editor's preview (renderer/components/Preview.tsx). Lengths in mm
// and pt, so the page is A4 at any zoom.

import type { ExportOptions } from '../../report';
import { cssFontFamily } from '../fonts';
import { PAGE_MM } from '../page';
import type { PrintItem, Run } from './model';

/** CSS properties in camelCase (React's style objects); html.ts writes them out as kebab-case. */
export type Css = Record<string, string>;

const n = (x: number) => String(Math.round(x * 1000) / 1000);

export function itemStyle(item: PrintItem): Css {
  const box: Css = { position: 'absolute', left: `${n(item.x)}mm`, top: `${n(item.y)}mm`, width: `${n(item.width)}mm`, height: `${n(item.height)}mm` };
  if (item.kind === 'box') {
    // A 0.5 pt rule centred on each edge: neighbouring cells draw theirs on the same line.
    return { ...box, left: `calc(${n(item.x)}mm - 0.25pt)`, top: `calc(${n(item.y)}mm - 0.25pt)`, width: `calc(${n(item.width)}mm + 0.5pt)`, height: `calc(${n(item.height)}mm + 0.5pt)`, border: '0.5pt solid #000', boxSizing: 'border-box' };
  }
  return {
    ...box,
    lineHeight: `${n(item.height)}mm`,
    fontSize: `${n(item.size)}pt`,
    letterSpacing: item.spacing ? `${n(item.spacing)}pt` : '0',
    textAlign: item.align,
    // Word does not trim the space of full-width punctuation, nor may the page: 1 em each.
    textSpacingTrim: 'space-all',
    ...(item.align === 'justify' ? { textAlignLast: 'justify', textJustify: 'inter-character' } : {}),
    whiteSpace: 'pre',
  };
}

export function runStyle(run: Run, options: ExportOptions): Css {
  return { fontFamily: cssFontFamily(run.font, options), ...(run.bold ? { fontWeight: 'bold' } : {}) };
}

/** The page itself: A4, white, its items placed inside it. */
export const PAGE_STYLE: Css = { position: 'relative', width: `${PAGE_MM.width}mm`, height: `${PAGE_MM.height}mm`, overflow: 'hidden', background: '#fff', color: '#000' };
