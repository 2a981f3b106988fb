// Brings a place in a narrative text area into view. The areas grow with their text and the part
// scrolls around them, and a browser scrolls only to the area itself — so the place's height in
// the text is measured on a hidden copy laid out as the area is.

const COPIED = ['boxSizing', 'width', 'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'textIndent', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle'] as const;

export function revealText(area: HTMLTextAreaElement, start: number): void {
  const style = getComputedStyle(area);
  const copy = document.createElement('div');
  for (const p of COPIED) copy.style[p] = style[p];
  Object.assign(copy.style, { position: 'absolute', visibility: 'hidden', top: '0', left: '-10000px', whiteSpace: 'pre-wrap', overflowWrap: 'break-word' });
  copy.textContent = area.value.slice(0, start);
  const caret = document.createElement('span');
  caret.textContent = '\u200b';
  copy.append(caret);
  document.body.append(copy);
  const [top, height] = [caret.offsetTop, caret.offsetHeight];
  copy.remove();
  // A mark beside the area at that height, scrolled to by whatever scrolls around it.
  const mark = document.createElement('span');
  Object.assign(mark.style, { position: 'absolute', top: `${area.offsetTop + top - area.scrollTop}px`, left: `${area.offsetLeft}px`, width: '1px', height: `${height}px` });
  area.parentElement!.append(mark);
  mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  mark.remove();
}

/** Focuses the area with the stretch selected, scrolled into view. */
export function selectText(area: HTMLTextAreaElement, start: number, end: number): void {
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, end);
  revealText(area, start);
}
