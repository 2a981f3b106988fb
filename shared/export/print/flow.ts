// The report as a flow of blocks for the print layout, in the order and with the settings of
// the Word export (docx.ts): the title's lines, an empty line, the preamble, each part's
// heading, paragraphs and table, an empty line after each table, then an empty line and the
// closing block (署名, 成文日期). Paragraph text is broken into lines here; pages are cut in
// paginate.ts.

import { closingPlace, type ClosingBlock } from '../closing';
import type { DocumentModel } from '../document';
import { HEADING_FONT, type FontRole } from '../fonts';
import { breakPieces, units } from '../measure';
import type { Paragraph } from '../narrative';
import { CHARACTER_SPACING_PT, FIRST_LINE_INDENT_PT, SIZES_PT, TYPE_AREA_MM, mm, pt } from '../page';
import { titleLines } from '../title';
import type { Run } from './model';
import { measureTable, type MeasuredTable } from './table';

/** A line of a paragraph, x and width in mm from the type area's left edge. */
export interface FlowLine {
  x: number;
  width: number;
  runs: Run[];
  size: number;
  spacing: number;
  align: 'left' | 'center' | 'right' | 'justify';
}

export type Block =
  /**
   * A paragraph: its lines go on the 22-line grid; `keepWithNext` for headings (the whole
   * paragraph), `tailWithNext` for the text before the closing block (its last two lines).
   */
  | { kind: 'lines'; lines: FlowLine[]; keepWithNext: boolean; tailWithNext?: boolean }
  /** An empty paragraph; dropped at the top of a page. */
  | { kind: 'gap' }
  | { kind: 'table'; table: MeasuredTable };

/** How many 2号 characters a title line holds (as docx.ts). */
const TITLE_LINE_CHARACTERS = Math.floor(pt(TYPE_AREA_MM.width) / SIZES_PT.title);

export function flow(model: DocumentModel): Block[] {
  const title: Block = {
    kind: 'lines',
    keepWithNext: true,
    lines: titleLines(model.title, model.organization, TITLE_LINE_CHARACTERS).map((text) => ({
      x: 0,
      width: TYPE_AREA_MM.width,
      runs: [{ text, font: 'title' }],
      size: SIZES_PT.title,
      spacing: 0,
      align: 'center',
    })),
  };
  const blocks: Block[] = [title, { kind: 'gap' }, ...model.preamble.map(paragraph)];
  for (const part of model.parts) {
    blocks.push(paragraph({ level: 1, lead: part.heading, rest: '', heading: true }), ...part.paragraphs.map(paragraph));
    if (part.table) blocks.push({ kind: 'table', table: measureTable(part.table) }, { kind: 'gap' });
  }
  if (model.closing) {
    const last = blocks[blocks.length - 1];
    if (last.kind === 'lines') last.tailWithNext = true;
    blocks.push({ kind: 'gap' }, closing(model.closing));
  }
  return blocks;
}

/** 署名 and 成文日期 flush right at the indents closing.ts gives, as in Word. */
function closing(block: ClosingBlock): Block {
  const place = closingPlace(block);
  const line = (text: string, right: number): FlowLine => ({
    x: 0,
    width: TYPE_AREA_MM.width - mm(right),
    runs: [{ text, font: 'body' }],
    size: SIZES_PT.body,
    spacing: CHARACTER_SPACING_PT,
    align: 'right',
  });
  const lines = [line(block.signature, place.signatureRight)];
  if (block.date) lines.push(line(block.date, place.dateRight));
  return { kind: 'lines', lines, keepWithNext: false };
}

/** 3号 on the 156 mm line, two characters' indent, justified but for the last line. */
function paragraph(p: Paragraph): Block {
  const pieces = [
    ...units(p.lead).map((text) => ({ text, font: p.level === 0 ? ('body' as FontRole) : HEADING_FONT[p.level] })),
    ...units(p.rest).map((text) => ({ text, font: 'body' as FontRole })),
  ];
  const width = pt(TYPE_AREA_MM.width);
  const broken = breakPieces(pieces, width, SIZES_PT.body, CHARACTER_SPACING_PT, FIRST_LINE_INDENT_PT);
  const indent = mm(FIRST_LINE_INDENT_PT);
  const lines = broken.map(
    (line, i): FlowLine => ({
      x: i === 0 ? indent : 0,
      width: TYPE_AREA_MM.width - (i === 0 ? indent : 0),
      runs: joinRuns(line),
      size: SIZES_PT.body,
      spacing: CHARACTER_SPACING_PT,
      align: i < broken.length - 1 ? 'justify' : 'left',
    }),
  );
  return { kind: 'lines', lines, keepWithNext: p.heading };
}

function joinRuns(pieces: { text: string; font: FontRole }[]): Run[] {
  const runs: Run[] = [];
  for (const { text, font } of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += text;
    else runs.push({ text, font });
  }
  return runs;
}
