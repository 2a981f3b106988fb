// Frozen headers, as Excel's 冻结窗格: the column headers and the row labels of a table stay in
// view while its own box scrolls (CSS sticky, with offsets measured from the laid-out table),
// and a cell's finding pop-up is placed where it covers none of that cell's headers.

import { useLayoutEffect, type RefObject } from 'react';

/**
 * Sticky offsets: each row-label cell keeps its own left edge, each header row of table 二's
 * blocks its own top; the box's scroll padding keeps a focused cell out from under them.
 */
export function useFrozenHeaders(box: RefObject<HTMLElement | null>, layout: string): void {
  useLayoutEffect(() => {
    const scroller = box.current;
    const table = scroller?.querySelector('table');
    if (!scroller || !table) return;
    const measure = () => {
      const labels = [...table.querySelectorAll<HTMLElement>('[data-freeze="left"]')];
      // Measured unstuck (no left offset) and against the table, whatever the cell's offsetParent.
      for (const el of labels) el.style.left = '';
      const origin = table.getBoundingClientRect().left;
      const edges = labels.map((el) => el.getBoundingClientRect());
      labels.forEach((el, i) => (el.style.left = `${edges[i].left - origin}px`));
      const labelRight = Math.max(0, ...edges.map((r) => r.right - origin));
      // Header rows inside a block (table 二) stack under each other.
      let headTop = 0;
      for (const body of table.tBodies) {
        let top = 0;
        for (const row of body.querySelectorAll<HTMLElement>('tr[data-freeze="top"]')) {
          row.style.setProperty('--top', `${top}px`);
          top += row.offsetHeight;
        }
        headTop = Math.max(headTop, top);
      }
      headTop = Math.max(headTop, table.tHead?.offsetHeight ?? 0);
      scroller.style.scrollPaddingLeft = `${labelRight}px`;
      scroller.style.scrollPaddingTop = `${headTop}px`;
      scroller.style.setProperty('--head-h', `${headTop}px`);
      scroller.style.setProperty('--label-w', `${labelRight}px`);
      // Shrinks with the window down to a useful height, or to the table if it is shorter.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      scroller.style.minHeight = `${Math.min(table.offsetHeight + 2, 14 * rem)}px`;
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(table);
    return () => observer.disconnect();
  }, [box, layout]);
}

/**
 * Places a cell's pop-up (position: fixed, so no scroll box clips it): below the cell, else
 * beside it, never above its column headers or left of its row labels.
 */
export function placeTip(cell: Element | null): void {
  const tip = cell?.querySelector<HTMLElement>('.cell-msg');
  const field = cell?.querySelector<HTMLElement>('[data-cell]');
  if (!cell || !tip || !field) return;
  const headers = (field.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)).filter((h) => h !== null);
  const rowScopes = new Set(['row', 'rowgroup']);
  let headBottom = 0;
  let labelRight = 0;
  for (const h of headers) {
    const r = h.getBoundingClientRect();
    if (rowScopes.has(h.getAttribute('scope') ?? '')) labelRight = Math.max(labelRight, r.right);
    else headBottom = Math.max(headBottom, r.bottom);
  }
  tip.style.display = 'block'; // measured before the hover or focus styles show it
  const { width, height } = tip.getBoundingClientRect();
  tip.style.display = '';
  const c = cell.getBoundingClientRect();
  // A pop-up with a button touches its cell: the pointer reaches it without leaving the cell.
  const gap = tip.classList.contains('has-action') ? -1 : 2;
  const [vw, vh] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
  const clampX = (x: number) => Math.max(labelRight + gap, Math.min(x, vw - width - gap));
  const besideTop = Math.max(headBottom + gap, Math.min(c.top, vh - height - gap));
  let at: [number, number];
  if (c.bottom + gap + height <= vh) at = [clampX(c.left), c.bottom + gap];
  else if (c.right + gap + width <= vw) at = [c.right + gap, besideTop];
  else if (c.left - gap - width >= labelRight + gap) at = [c.left - gap - width, besideTop];
  else at = [clampX(c.left), besideTop];
  tip.style.left = `${at[0]}px`;
  tip.style.top = `${at[1]}px`;
}
