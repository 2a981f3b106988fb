// The provenance self-check: what a source file prints at a recorded place (Report.provenance),
// read from the file itself by other means than the importer's — its lines for text, the markup's
// tables for a saved page or a Word file, poppler's words for a PDF — so that every placed figure
// can be found where the import says it stood.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { EDITIONS, cellIndex } from '../shared/formats';
import { decodeEntities, htmlTokens } from '../shared/import/html';
import { PROVENANCE_PROOFS, parseCellValue, wanyuanFromYuan, type CellSource, type Report, type SourcePlace } from '../shared/report';

/** What is printed at a place: the text from there (a line's rest, a cell's text, the words on a PDF line from there). */
export type Resolver = (place: SourcePlace) => string | null;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function textResolver(bytes: Uint8Array): Resolver {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  const lines = text.split(/\r\n|\r|\n/);
  return (place) => (place.kind === 'text' && place.line >= 1 && place.line <= lines.length ? lines[place.line - 1].slice(place.column) : null);
}

/** A saved page's tables as the markup nests them: every <table> in order, its own rows and cells. */
function htmlResolver(bytes: Uint8Array): Resolver {
  const html = new TextDecoder().decode(bytes).replace(/<!--[\s\S]*?-->/g, '');
  const cells = new Map<string, string>();
  const stack: { n: number; row: number; cell: number; text: string | null }[] = [];
  let tables = 0;
  for (const m of html.matchAll(/<(\/?)(table|tr|td|th)\b[^>]*>|<[^>]+>|[^<]+/gi)) {
    const top = stack[stack.length - 1];
    if (m[2]) {
      const name = m[2].toLowerCase();
      const closing = m[1] === '/';
      if (top && top.text !== null && (name === 'td' || name === 'th' || name === 'tr' || name === 'table')) {
        cells.set(`${top.n}.${top.row}.${top.cell}`, top.text);
        top.text = null;
      }
      if (name === 'table') {
        if (closing) stack.pop();
        else stack.push({ n: ++tables, row: 0, cell: 0, text: null });
      } else if (name === 'tr' && !closing && top) {
        top.row++;
        top.cell = 0;
      } else if ((name === 'td' || name === 'th') && !closing && top) {
        top.cell++;
        top.text = '';
      }
    } else if (top && top.text !== null) top.text += m[0].startsWith('<') ? (/^<(br|p|div)\b/i.test(m[0]) ? ' ' : '') : m[0];
  }
  const paragraphs = htmlTokens(new TextDecoder().decode(bytes));
  return (place) => {
    if (place.kind === 'table') {
      const t = cells.get(`${place.table}.${place.row}.${place.cell}`);
      return t === undefined ? null : decodeEntities(t).replace(/\s+/g, ' ').trim();
    }
    // A paragraph outside the tables, as the page's reader numbers them.
    if (place.kind === 'paragraph') return paragraphs.find((t) => t.at?.kind === 'paragraph' && t.at.paragraph === place.paragraph)?.text.slice(place.column) ?? null;
    return null;
  };
}

/** A Word file's tables: every w:tbl in document order, the rows and cells of its own. */
async function docxResolver(bytes: Uint8Array): Promise<Resolver> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = new DOMParser().parseFromString(await zip.file('word/document.xml')!.async('string'), 'text/xml');
  const tables = Array.from(doc.getElementsByTagNameNS(W, 'tbl')) as Element[];
  const nearest = (el: Element, name: string): Element | null => {
    for (let p = el.parentNode as Element | null; p; p = p.parentNode as Element | null) if (p.localName === name) return p;
    return null;
  };
  // A cell's own text (not that of a table nested in it).
  const textOf = (cell: Element) =>
    (Array.from(cell.getElementsByTagNameNS(W, 't')) as Element[])
      .filter((t) => nearest(t, 'tc') === cell)
      .map((t) => t.textContent)
      .join('');
  return (place) => {
    if (place.kind !== 'table') return null;
    const table = tables[place.table - 1];
    if (!table) return null;
    const rows = (Array.from(table.getElementsByTagNameNS(W, 'tr')) as Element[]).filter((tr) => nearest(tr, 'tbl') === table);
    const row = rows[place.row - 1];
    const cells = row ? (Array.from(row.getElementsByTagNameNS(W, 'tc')) as Element[]).filter((tc) => nearest(tc, 'tr') === row) : [];
    const cell = cells[place.cell - 1];
    return cell ? textOf(cell).trim() : null;
  };
}

/** A PDF's words with their boxes, from poppler (pdftotext -bbox), top-left origin. */
function pdfResolver(path: string): Resolver {
  const xhtml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const pages: { x: number; top: number; bottom: number; text: string }[][] = [];
  for (const page of xhtml.split('<page ').slice(1)) {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    pages.push(words.map((w) => ({ x: Number(w[1]), top: Number(w[2]), bottom: Number(w[3]), text: decodeEntities(w[4]) })));
  }
  return (place) => {
    if (place.kind !== 'page') return null;
    // The words on the baseline at `y`, from `x` on, as one string.
    const line = (pages[place.page - 1] ?? []).filter((w) => w.top <= place.y + 1 && place.y <= w.bottom + 1).sort((a, b) => a.x - b.x);
    const from = line.filter((w) => w.x >= place.x - 2);
    return from.length === 0 ? '' : from.map((w) => w.text).join(' ');
  };
}

export async function resolverFor(path: string): Promise<Resolver> {
  const bytes = new Uint8Array(readFileSync(path));
  if (/\.pdf$/i.test(path)) return pdfResolver(path);
  if (/\.docx$/i.test(path)) return docxResolver(bytes);
  if (/\.s?html?$/i.test(path)) return htmlResolver(bytes);
  return textResolver(bytes);
}

/** The value a printed text stands for in this cell (a figure, "/" or a blank, 元 converted to 万元). */
function valueOf(printed: string, kind: 'count' | 'signedCount' | 'amount'): number | null | 'na' | undefined {
  const parsed = parseCellValue(printed, kind);
  if (parsed.ok) return parsed.notApplicable ? 'na' : parsed.value;
  const yuan = kind === 'amount' ? wanyuanFromYuan(printed) : null;
  return yuan ?? undefined;
}

/** Every figure placed (and every "/") has a provenance with a proof, and nothing else has one. */
export function expectProven(report: Report): void {
  const placed = [...Object.keys(report.cells), ...report.notApplicable];
  expect(Object.keys(report.provenance).sort()).toEqual([...placed].sort());
  for (const key of placed) expect(PROVENANCE_PROOFS, key).toContain(report.provenance[key].proof);
}

/**
 * Every figure placed (and every "/") has a provenance with a proof; each is printed at its
 * recorded place (its second piece too, when joined) and stands for the value placed.
 */
export function expectTraceable(report: Report, resolve: Resolver): number {
  const index = cellIndex(EDITIONS[report.edition]);
  const placed = [...Object.keys(report.cells), ...report.notApplicable];
  expectProven(report);
  for (const key of placed) {
    const source: CellSource = report.provenance[key];
    const at = resolve(source.place);
    expect(at, `${key} at ${JSON.stringify(source.place)}`).not.toBeNull();
    if (source.printed === '') expect(at!.trim() === '' || /^[\s\u3000]*[|｜│\t]/.test(at!), `${key}: blank at ${JSON.stringify(source.place)}: “${at}”`).toBe(true);
    else expect(at!.startsWith(source.printed), `${key}: “${source.printed}” at ${JSON.stringify(source.place)}: “${at!.slice(0, 30)}”`).toBe(true);
    if (source.joined) expect(resolve(source.joined.place)?.startsWith(source.joined.printed), `${key}: second piece`).toBe(true);
    const kind = index.byKey.get(key)!.kind;
    const printed = source.printed + (source.joined?.printed ?? '');
    const expected = report.notApplicable.includes(key) ? 'na' : source.printed === '' ? null : report.cells[key];
    expect(valueOf(printed, kind), `${key}: “${printed}”`).toBe(expected === null ? null : expected);
  }
  return placed.length;
}
