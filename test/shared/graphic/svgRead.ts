// Reads an SVG written by shared/graphic the way a test should: as XML, by the data-* marks on
// its real <text> elements — what a person sees is what the test reads.

import { DOMParser, type Element } from '@xmldom/xmldom';

export function parseSvg(markup: string): Element {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  return doc.documentElement as unknown as Element;
}

export function all(root: Element, predicate: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (e: Element) => {
    if (predicate(e)) found.push(e);
    for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) walk(c as Element);
  };
  walk(root);
  return found;
}

/** Elements whose attribute `name` equals `value` (any value when omitted). */
export const byAttr = (root: Element, name: string, value?: string): Element[] => all(root, (e) => e.hasAttribute(name) && (value === undefined || e.getAttribute(name) === value));

export const textOf = (e: Element): string => e.textContent ?? '';
