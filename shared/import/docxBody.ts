// The body of a Word file (WordprocessingML) as tokens, the way offices keep their files: tracked
// changes read as accepted (insertions kept, deletions and moved-away text left out, a deleted
// paragraph mark joining two paragraphs) and said; fields as their results, never their codes;
// text boxes as paragraphs of their own after the paragraph that anchors them, once (not again
// from their fallback drawing); footnotes and endnotes after the paragraph that cites them; a cell
// holding a table is page layout, its content read in order; continuations of vertical merges
// skipped. Every token knows its paragraph, or its table, row and cell (origin.ts).

import type { Element, Node } from '@xmldom/xmldom';
import type { SourcePlace } from '../report';
import { lineShape } from './grammar';
import type { Token } from './tokens';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** What the reading found worth telling the clerk (tracked changes, notes). */
export interface DocxRead {
  tokens: Token[];
  notes: string[];
}

const elements = (el: Node): Element[] => {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
};
const local = (el: Element) => el.localName ?? '';
const child = (el: Element, name: string) => elements(el).find((c) => local(c) === name);
const isW = (el: Element, name: string) => local(el) === name && el.namespaceURI === W;

/** Wrappers whose content is read as if it stood in their place. */
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'hyperlink', 'ins', 'moveTo', 'fldSimple', 'dir', 'bdo']);
/** Tracked removals: read as accepted, their text is gone. */
const REMOVED = new Set(['del', 'moveFrom']);

export function bodyTokens(body: Element, notesById: Map<string, Element[]>): DocxRead {
  const document = body.ownerDocument!;
  // Numbers as the source has them, whatever the reading skips: every w:tbl and w:p in order.
  const tableNumber = new Map<Element, number>();
  Array.from(document.getElementsByTagNameNS(W, 'tbl')).forEach((t, i) => tableNumber.set(t as Element, i + 1));
  const paragraphNumber = new Map<Element, number>();
  Array.from(document.getElementsByTagNameNS(W, 'p')).forEach((p, i) => paragraphNumber.set(p as Element, i + 1));

  const out: Token[] = [];
  const changes = { inserted: 0, deleted: 0 };
  let cited = 0;
  let rows = 0;
  /** Text of paragraphs whose mark was deleted: it runs on into the next paragraph. */
  let carried: { text: string; at: SourcePlace } | null = null;

  for (const el of Array.from(document.getElementsByTagNameNS(W, '*')) as Element[]) {
    if (local(el) === 'ins' || local(el) === 'moveTo') changes.inserted++;
    else if (local(el) === 'del' || local(el) === 'moveFrom') changes.deleted++;
  }

  /** A paragraph's text as accepted, its text boxes and the notes it cites. */
  function paragraphText(p: Element): { text: string; boxes: Element[]; notes: string[] } {
    let text = '';
    const boxes: Element[] = [];
    const notes: string[] = [];
    // Complex fields: the code between begin and separate is not printed, the result is.
    const fields: ('code' | 'result')[] = [];
    const walk = (el: Element) => {
      for (const c of elements(el)) {
        const name = local(c);
        if (REMOVED.has(name) || name === 'pPr' || name === 'rPr' || name === 'instrText' || name === 'delText') continue;
        if (name === 'fldChar') {
          const type = c.getAttributeNS(W, 'fldCharType');
          if (type === 'begin') fields.push('code');
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
          else if (type === 'end') fields.pop();
        } else if (fields.includes('code')) {
          // Inside a field's code: nothing is printed.
          if (name === 'r' || TRANSPARENT.has(name)) walk(c);
        } else if (name === 't') text += c.textContent ?? '';
        else if (name === 'tab' && local(el) === 'r') text += '\t';
        else if ((name === 'br' || name === 'cr') && local(el) === 'r') text += '\n';
        else if (name === 'noBreakHyphen') text += '-';
        else if (name === 'footnoteReference' || name === 'endnoteReference') notes.push(`${name[0]}${c.getAttributeNS(W, 'id')}`);
        else if (name === 'txbxContent') boxes.push(c);
        else if (name === 'AlternateContent') {
          // The same drawing twice (Choice and Fallback): read it once.
          const choice = elements(c).find((x) => local(x) === 'Choice') ?? elements(c).find((x) => local(x) === 'Fallback');
          if (choice) walk(choice);
        } else if (name === 'r' || TRANSPARENT.has(name) || name === 'drawing' || name === 'pict' || name === 'object' || name === 'inline' || name === 'anchor' || name === 'graphic' || name === 'graphicData' || name === 'wsp' || name === 'txbx' || name === 'shape' || name === 'rect' || name === 'textbox' || name === 'roundrect' || name === 'group' || name === 'wgp' || name === 'Choice' || name === 'Fallback') {
          walk(c);
        }
      }
    };
    walk(p);
    return { text, boxes, notes };
  }

  const markDeleted = (p: Element) => {
    const rPr = child(p, 'pPr') && child(child(p, 'pPr')!, 'rPr');
    return rPr !== undefined && elements(rPr).some((c) => local(c) === 'del' || local(c) === 'moveFrom');
  };

  function paragraph(p: Element, inCell: boolean, pending: string[]): void {
    const { text, boxes, notes } = paragraphText(p);
    pending.push(...notes);
    const at: SourcePlace = { kind: 'paragraph', paragraph: paragraphNumber.get(p) ?? 0, column: 0 };
    let whole = text;
    let place: SourcePlace = at;
    if (carried) {
      whole = carried.text + text;
      place = carried.at;
      carried = null;
    }
    if (markDeleted(p) && !inCell) carried = { text: whole, at: place };
    else emitLines(whole, place);
    for (const box of boxes) blocks(box, false, pending);
    if (!inCell) flushNotes(pending);
  }

  /** A paragraph's lines (soft breaks split it): each a paragraph, or a row of cells when tabs make one. */
  function emitLines(text: string, at: SourcePlace): void {
    let offset = 0;
    let block = true;
    for (const line of text.split('\n')) {
      const place = at.kind === 'paragraph' ? { ...at, column: at.column + offset } : at;
      offset += line.length + 1;
      const shape = lineShape(line);
      if (shape.kind === 'row' && shape.separator === 'tab') {
        const row = ++rows;
        const cells = [...(shape.open ? [shape.head] : []), ...shape.fields];
        for (const f of cells) out.push({ text: f.text, cell: true, row, at: place.kind === 'paragraph' ? { ...place, column: place.column + f.column } : place });
        continue;
      }
      const trimmed = line.trim();
      // A soft line break inside a Word paragraph may break a sentence; a paragraph is a paragraph.
      if (trimmed) out.push({ text: trimmed, block, at: place.kind === 'paragraph' ? { ...place, column: place.column + line.length - line.trimStart().length } : place });
      if (trimmed) block = false;
    }
  }

  function flushNotes(pending: string[]): void {
    for (const id of pending.splice(0)) {
      for (const p of notesById.get(id) ?? []) {
        const t = paragraphText(p).text.trim();
        if (t) {
          out.push({ text: t, block: true });
          cited++;
        }
      }
    }
  }

  /** The rows of a table (content controls around rows read through). */
  const rowsOf = (tbl: Element): Element[] => elements(tbl).flatMap((c) => (local(c) === 'tr' ? [c] : TRANSPARENT.has(local(c)) ? rowsOf(c) : []));
  const cellsOf = (tr: Element): Element[] => elements(tr).flatMap((c) => (local(c) === 'tc' ? [c] : TRANSPARENT.has(local(c)) ? cellsOf(c) : []));

  function table(tbl: Element, pending: string[]): void {
    const number = tableNumber.get(tbl) ?? 0;
    rowsOf(tbl).forEach((tr, r) => {
      // A row deleted with tracked changes is gone once they are accepted.
      const trPr = child(tr, 'trPr');
      if (trPr && elements(trPr).some((c) => local(c) === 'del')) return;
      const row = ++rows;
      cellsOf(tr).forEach((tc, k) => {
        const tcPr = child(tc, 'tcPr');
        const merge = tcPr && child(tcPr, 'vMerge');
        if (merge && merge.getAttributeNS(W, 'val') !== 'restart') return;
        if (tcPr && child(tcPr, 'cellDel')) return;
        const at: SourcePlace = { kind: 'table', table: number, row: r + 1, cell: k + 1 };
        if (elements(tc).some((c) => local(c) === 'tbl')) {
          // A cell holding a table is page layout: its paragraphs and tables in order.
          blocks(tc, false, pending);
          return;
        }
        let text = '';
        for (const p of elements(tc).filter((c) => isW(c, 'p') || TRANSPARENT.has(local(c)))) {
          const read = paragraphs(p).map((x) => {
            const r2 = paragraphText(x);
            pending.push(...r2.notes);
            return r2.text;
          });
          text += read.join('');
        }
        out.push({ text: text.replace(/[\t\n]+/g, ' ').trim(), cell: true, row, at });
      });
    });
    flushNotes(pending);
  }

  const paragraphs = (el: Element): Element[] => (isW(el, 'p') ? [el] : elements(el).flatMap(paragraphs));

  function blocks(container: Element, inCell: boolean, pending: string[]): void {
    for (const c of elements(container)) {
      if (isW(c, 'p')) paragraph(c, inCell, pending);
      else if (isW(c, 'tbl')) table(c, pending);
      else if (TRANSPARENT.has(local(c))) blocks(c, inCell, pending);
    }
  }

  const pending: string[] = [];
  blocks(body, false, pending);
  if (carried) emitLines((carried as { text: string; at: SourcePlace }).text, (carried as { text: string; at: SourcePlace }).at);
  flushNotes(pending);
  const notes: string[] = [];
  if (changes.inserted + changes.deleted > 0) {
    notes.push(`原文带有修订痕迹（插入 ${changes.inserted} 处、删除 ${changes.deleted} 处），已按接受全部修订后的文字导入，请与定稿核对。`);
  }
  if (cited > 0) notes.push(`原文有 ${cited} 段脚注或尾注，已接在引用它的段落（或表格）之后。`);
  return { tokens: out, notes };
}
