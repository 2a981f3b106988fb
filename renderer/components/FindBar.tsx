// 查找和替换 (Ctrl+F, Ctrl+H), as in Word: a bar under the toolbar that searches the text of every
// part in the order of the report. Enter goes to the next match (Shift+Enter the previous), which
// is painted in its text and scrolled into view; 替换 and 全部替换 (one undo step); Esc closes
// the bar and puts the caret at the match, to go on editing there.

import { SECTION_NAMES } from '../../shared/formats';
import { goTo, useEditor } from '../store/editor';
import { closeFind, matchesIn, openFind, replaceAll, replaceCurrent, setQuery, setReplacement, step, useFind, type Match } from '../store/find';
import { revealText, selectText } from './revealText';

const textArea = (m: Match) => document.querySelector<HTMLTextAreaElement>(`[data-text="${m.section}"]`);

/** The match in view (its part shown, its place scrolled to), the focus left where it is. */
function show(m: Match | null): void {
  if (!m) return;
  goTo(m.section);
  requestAnimationFrame(() => {
    const area = textArea(m);
    if (area) revealText(area, m.start);
  });
}

const texts = () => useEditor.getState().doc!.report.text;

/** Ctrl+F / Ctrl+H: the bar opens (or stays open) with the text looked for selected, to type over. */
export function startFind(replacing: boolean): void {
  openFind(replacing);
  requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.find-bar input')?.select());
}

export function FindBar() {
  const { open, replacing, query, replacement, current } = useFind();
  const text = useEditor((s) => s.doc!.report.text);
  if (!open) return null;
  const matches = matchesIn(text, query);
  const at = current === null ? null : matches[current];
  const close = () => {
    closeFind();
    // Back into the text at the match, to go on editing there (as Word leaves it selected).
    if (at) requestAnimationFrame(() => textArea(at) && selectText(textArea(at)!, at.start, at.end));
  };
  const status = query === '' ? '' : matches.length === 0 ? `没有找到“${query}”` : at ? `第 ${current! + 1} 处，共 ${matches.length} 处（${SECTION_NAMES[at.section]}）` : `共 ${matches.length} 处`;
  return (
    <search className="find-bar" aria-label="查找和替换" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}>
      <label>
        查找
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              show(step(texts(), e.shiftKey ? -1 : 1));
            }
          }}
          aria-describedby="find-status"
        />
      </label>
      <button type="button" onClick={() => show(step(texts(), -1))} disabled={matches.length === 0} title="Shift+Enter">
        上一个
      </button>
      <button type="button" onClick={() => show(step(texts(), 1))} disabled={matches.length === 0} title="Enter">
        下一个
      </button>
      {replacing && (
        <>
          <label>
            替换为
            <input value={replacement} onChange={(e) => setReplacement(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), replaceCurrent(texts()) && show(step(texts(), 1)))} />
          </label>
          <button type="button" onClick={() => (at ? replaceCurrent(texts()) && show(step(texts(), 1)) : show(step(texts(), 1)))} disabled={matches.length === 0} title="替换当前这一处，再找下一处">
            替换
          </button>
          <button type="button" onClick={() => replaceAll(texts())} disabled={matches.length === 0}>
            全部替换
          </button>
        </>
      )}
      <span id="find-status" className="find-status" role="status">
        {status}
      </span>
      <button type="button" className="find-close" onClick={close} title="Esc">
        关闭
      </button>
    </search>
  );
}
