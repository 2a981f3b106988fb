// A small SVG element tree: the charts and the 图解 are built as data, then written as markup
// (exports, tests that read the text) or drawn by React (the editor) — one drawing, two outputs.

export type SvgAttrs = Readonly<Record<string, string | number | undefined>>;

export interface SvgElement {
  tag: string;
  attrs: SvgAttrs;
  children: readonly SvgChild[];
}
export type SvgChild = SvgElement | string;

type Child = SvgChild | null | false;

/** An element; null and false children (a part drawn only sometimes) are left out. */
export function el(tag: string, attrs: SvgAttrs = {}, ...children: (Child | readonly Child[])[]): SvgElement {
  const flat = children.flat().filter((c): c is SvgChild => c !== null && c !== false);
  return { tag, attrs, children: flat };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Coordinates to two decimals: short markup, no float noise (12.300000000000001). */
export const num = (v: number): number => Math.round(v * 100) / 100;

function attrText(attrs: SvgAttrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(typeof v === 'number' ? num(v) : v))}"`)
    .join('');
}

/** The element as markup; every text and attribute value escaped. */
export function toMarkup(node: SvgChild): string {
  if (typeof node === 'string') return escape(node);
  const inner = node.children.map(toMarkup).join('');
  return inner ? `<${node.tag}${attrText(node.attrs)}>${inner}</${node.tag}>` : `<${node.tag}${attrText(node.attrs)}/>`;
}

/** A whole SVG document: sized in px, with a title and a description for assistive technology. */
export function svgDocument(content: readonly SvgChild[], size: { width: number; height: number }, title: string, description: string): SvgElement {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${num(size.width)} ${num(size.height)}`,
      role: 'img',
      'aria-labelledby': 'graphic-title graphic-desc',
    },
    el('title', { id: 'graphic-title' }, title),
    el('desc', { id: 'graphic-desc' }, description),
    content,
  );
}
