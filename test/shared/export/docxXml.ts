// Reads a .docx for tests: its XML parts, and each table rebuilt as a grid of merged cells.

import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParts {
  document: Document;
  styles: Document;
  settings: Document;
  fontTable: Document;
  footers: Document[];
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (name: string) => new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'text/xml');
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).sort();
  return {
    document: await parse('word/document.xml'),
    styles: await parse('word/styles.xml'),
    settings: await parse('word/settings.xml'),
    fontTable: await parse('word/fontTable.xml'),
    footers: await Promise.all(footerNames.map(parse)),
  };
}

export const all = (node: Document | Element, name: string): Element[] => Array.from(node.getElementsByTagNameNS(W, name)) as Element[];
export const first = (node: Document | Element, name: string): Element | undefined => all(node, name)[0];
export const attr = (el: Element | undefined, name: string): string | null => el?.getAttributeNS(W, name) ?? null;
export const text = (el: Element): string => all(el, 't').map((t) => t.textContent).join('');

/** Direct children only (tables nest rows, rows nest cells). */
const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);

export interface GridCell {
  row: number;
  column: number;
  colSpan: number;
  rowSpan: number;
  text: string;
}

/** The cells of a w:tbl as a grid: w:gridSpan gives colSpan, a vMerge restart and its continues give rowSpan. */
export function tableGrid(tbl: Element): GridCell[] {
  const cells: GridCell[] = [];
  const open = new Map<number, GridCell>(); // column -> the restart cell a vMerge continue extends
  children(tbl, 'tr').forEach((tr, row) => {
    let column = 0;
    for (const tc of children(tr, 'tc')) {
      const span = Number(attr(first(tc, 'gridSpan'), 'val') ?? 1);
      const vMerge = first(tc, 'vMerge');
      const merge = vMerge ? (attr(vMerge, 'val') ?? 'continue') : null;
      if (merge === 'continue') {
        open.get(column)!.rowSpan++;
      } else {
        const cell = { row, column, colSpan: span, rowSpan: 1, text: text(tc) };
        cells.push(cell);
        if (merge === 'restart') open.set(column, cell);
      }
      column += span;
    }
  });
  return cells;
}
