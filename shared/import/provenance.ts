// Where a placed figure came from (Report.provenance), built from the token it was read from,
// and said in Chinese for the clerk: the cell's pop-up, the summary, `import --json`.

import type { CellSource, ProvenanceProof, SourcePlace } from '../report';
import type { Printed } from './digits';
import { placeAt } from './origin';
import type { Token } from './tokens';

/** An excerpt of the source this long at most is kept beside each figure. */
const SNIPPET = 60;

const clip = (line: string) => (line.length <= SNIPPET ? line : `${line.slice(0, SNIPPET)}…`);

/**
 * The source as printed around a figure: its printed row's cells (a table row), else its row's
 * label and figures as read (one cell a line, digits run together).
 */
export function snippetOf(p: Printed, label: string | null, group: readonly Token[], all: readonly Token[]): string {
  const cells = p.token.row === undefined ? [] : all.filter((t) => t.row === p.token.row);
  const shown = (t: Token) => (t.printedAs ?? t.text).trim();
  if (cells.length > 1) return clip(cells.map((t) => shown(t) || '　').join(' | '));
  const figures = group.map((t) => shown(t) || '（空）').join(' ');
  return clip(label ? `${label} ${figures}` : figures);
}

/** The figure's provenance; null when its token has no place (nothing is placed without one). */
export function sourceOf(p: Printed, proof: ProvenanceProof, snippet: string, second?: Printed): CellSource | null {
  const place = placeAt(p.token, p.offset);
  if (!place) return null;
  const source: CellSource = { place, printed: p.text, snippet, proof };
  if (second) {
    const at = placeAt(second.token, second.offset);
    if (!at) return null;
    source.joined = { place: at, printed: second.text };
  }
  return source;
}

/** Where in the source, for people: "第 12 行第 5 列", "第 2 页", "第 1 个表格第 3 行第 2 格", "第 7 段". */
export function whereText(place: SourcePlace): string {
  switch (place.kind) {
    case 'text':
      return `第 ${place.line} 行第 ${place.column + 1} 列`;
    case 'page':
      return `第 ${place.page} 页（距左 ${Math.round(place.x)}、距顶 ${Math.round(place.y)} 磅）`;
    case 'table':
      return `第 ${place.table} 个表格第 ${place.row} 行第 ${place.cell} 格`;
    default:
      return `第 ${place.paragraph} 段第 ${place.column + 1} 字`;
  }
}

export const PROOF_WORDS: Record<ProvenanceProof, string> = {
  header: '按其上方印出的表头确定栏目',
  position: '按其在该行中的位置确定栏目',
  arithmetic: '按法定的合计与勾稽关系确定',
};

/** One imported cell's source as the clerk reads it. */
export function describeSource(source: CellSource): string {
  const printed = source.printed === '' ? '空白' : `“${source.printed}”`;
  const joined = source.joined ? `与${whereText(source.joined.place)}的“${source.joined.printed}”连读，` : '';
  return `原文${whereText(source.place)}印为${printed}，${joined}${PROOF_WORDS[source.proof]}：${source.snippet}`;
}

/** A list of figures and where each stood, for a finding ("80（第 205 行）、13（第 207 行）"). */
export function listPrinted(printed: readonly Printed[], max = 8): string {
  const shown = printed.filter((p) => p.text !== '').slice(0, max);
  const more = printed.filter((p) => p.text !== '').length - shown.length;
  const where = (p: Printed) => {
    const at = placeAt(p.token, p.offset);
    return at ? `（${whereText(at)}）` : '';
  };
  return shown.map((p) => `${p.text}${where(p)}`).join('、') + (more > 0 ? ` 等 ${shown.length + more} 个` : '');
}
