// A stand-in for a portal's rich-text editor (UEditor, KindEditor, TinyMCE as portals configure
// them): a contenteditable box whose paste handler keeps the tags and the inline styles, and the
// row and column spans of table cells, and drops everything else — classes, ids, <style>,
// <script>, event handlers. What survives it is what a clerk's paste puts on the portal.

import { FilterXSS, getDefaultWhiteList } from 'xss';

export const CMS_EDITOR_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>网站编辑器</title></head>
<body>
<div id="editor" contenteditable="true" style="width: 960px; min-height: 200px; border: 1px solid #999; padding: 8px"></div>
<script>
const KEEP = new Set(['style', 'colspan', 'rowspan']);
const DROP = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'IFRAME', 'OBJECT']);
function clean(node) {
  for (const child of [...node.children]) {
    if (DROP.has(child.tagName)) { child.remove(); continue; }
    for (const a of [...child.attributes]) if (!KEEP.has(a.name)) child.removeAttribute(a.name);
    clean(child);
  }
}
const editor = document.getElementById('editor');
window.pastedText = null;
editor.addEventListener('paste', (e) => {
  e.preventDefault();
  const html = e.clipboardData.getData('text/html');
  window.pastedText = e.clipboardData.getData('text/plain');
  const box = document.createElement('div');
  box.innerHTML = html;
  clean(box);
  editor.innerHTML = box.innerHTML;
});
</script>
</body>
</html>
`;

/** In the page: each table's cells as a grid, and whether every cell shows all four borders and padding. */
export function inspectPastedTables(): { grid: { row: number; column: number; colSpan: number; rowSpan: number; text: string }[]; unframed: string[] }[] {
  return [...document.querySelectorAll('#editor table')].map((table) => {
    const busy: number[] = [];
    const grid: { row: number; column: number; colSpan: number; rowSpan: number; text: string }[] = [];
    const unframed: string[] = [];
    [...(table as HTMLTableElement).rows].forEach((tr, row) => {
      let column = 0;
      for (const td of tr.cells) {
        while ((busy[column] ?? 0) > row) column++;
        for (let c = column; c < column + td.colSpan; c++) busy[c] = row + td.rowSpan;
        grid.push({ row, column, colSpan: td.colSpan, rowSpan: td.rowSpan, text: td.textContent ?? '' });
        const s = getComputedStyle(td);
        const framed = ['Top', 'Right', 'Bottom', 'Left'].every((side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 && s.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'solid');
        if (!framed || parseFloat(s.paddingLeft) <= 0 || parseFloat(s.paddingTop) <= 0) unframed.push(td.textContent ?? '');
        column += td.colSpan;
      }
    });
    return { grid, unframed };
  });
}

/**
 * Portal editors' filters, for the fragment to pass through before it is rendered:
 * - `whitelist`: js-xss with its default whitelist — no style attribute survives, tables keep
 *   border, width and align, cells their spans;
 * - `css-whitelist`: js-xss with style allowed on every tag and its CSS filter (cssfilter) at its
 *   defaults — position, clip, overflow, white-space and the like are dropped;
 * - `stripped`: "清除格式" — every style, class and id removed, all else kept (STRIP_STYLES runs
 *   it in the page).
 */
export type PortalFilter = 'whitelist' | 'css-whitelist' | 'stripped';

export function throughXss(html: string, filter: Exclude<PortalFilter, 'stripped'>): string {
  const whiteList = getDefaultWhiteList();
  if (filter === 'css-whitelist') for (const tag of Object.keys(whiteList)) whiteList[tag] = [...(whiteList[tag] ?? []), 'style'];
  return new FilterXSS({ whiteList }).process(html);
}

/** In the page: removes every style, class and id under `#editor`, as a "清除格式" paste does. */
export function stripStyles(): void {
  for (const el of document.querySelectorAll('#editor *')) for (const a of ['style', 'class', 'id']) el.removeAttribute(a);
}
