// Draws an SVG built as data in shared/graphic (the charts of 与上年对比 and 多年趋势) with React,
// so the editor shows the very drawing the 图解 export writes.

import { createElement, type ReactNode } from 'react';
import type { SvgChild } from '../../shared/graphic';

/** SVG attribute names as React spells them: font-size → fontSize; data-* and aria-* stay. */
const reactName = (name: string) => (name.startsWith('data-') || name.startsWith('aria-') ? name : name === 'class' ? 'className' : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));

export function svgNodes(node: SvgChild, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attrs)) if (value !== undefined) props[reactName(name)] = value;
  return createElement(node.tag, { ...props, key }, ...node.children.map((c, i) => svgNodes(c, i)));
}
