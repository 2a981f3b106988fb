// The print layout as data: A4 pages of positioned text lines and table-cell boxes, in mm from
// the page's top left. One model, drawn twice the same way — as the HTML that Chromium prints
// to PDF or paper (html.ts) and as the editor's 预览 (renderer) — so the preview is the print.

import type { ExportOptions } from '../../report';
import type { FontRole } from '../fonts';

export interface Run {
  text: string;
  font: FontRole;
  bold?: boolean;
}

/** One line of text in a box as wide as the line may be; `justify` spreads it to both edges. */
export interface PrintLine {
  kind: 'line';
  x: number;
  y: number;
  width: number;
  /** The line box: the text sits in its middle. */
  height: number;
  runs: Run[];
  /** Points. */
  size: number;
  /** Extra space after each character, points. */
  spacing: number;
  align: 'left' | 'center' | 'right' | 'justify';
}

/** A table cell's outline: a 0.5 pt rule centred on each edge. */
export interface PrintBox {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PrintItem = PrintLine | PrintBox;

export interface PrintPage {
  /** 1-based; odd pages carry their number on the right (GB/T 9704 §7.5). */
  number: number;
  items: PrintItem[];
}

export interface PrintDocument {
  title: string;
  options: ExportOptions;
  pages: PrintPage[];
}
