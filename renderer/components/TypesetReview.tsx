// 一键排版, shown before it is done: every change 一键排版 would make to the part's text, by
// rule and line, each with a tick to make it or leave it out (as Word's 接受 / 拒绝 修订), then
// made in one undo step — or not at all.

import { useEffect, useMemo, useRef, useState } from 'react';
import type { TextSectionId } from '../../shared/formats';
import { TYPESET_RULES, applyChanges, typeset, type TypesetChange, type TypesetRule } from '../../shared/text/typeset';
import { notify, replaceText, useEditor } from '../store/editor';

/** Long texts have hundreds of changes: each rule lists its first ones and says how many more. */
const SHOWN_PER_RULE = 60;
const RULE_ORDER: TypesetRule[] = ['numbering', 'punctuation', 'spaces'];

/** A mark or a removed space, made visible. */
const visible = (s: string) => (s === '' ? '（删除）' : s.replace(/[ \u00a0]/g, '␣').replace(/\u3000/g, '□').replace(/\t/g, '⇥'));

export function TypesetReview({ section, onClose }: { section: TextSectionId; onClose: () => void }) {
  const text = useEditor((s) => s.doc!.report.text[section]);
  // The list follows the text: typing while it is open changes what would be done.
  const result = useMemo(() => typeset(text), [text]);
  // The changes the clerk left out, by their place in the text (they follow the text too).
  const [left, setLeft] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => setLeft(new Set()), [text]);
  const apply = useRef<HTMLButtonElement>(null);
  useEffect(() => apply.current?.focus(), []);
  const chosen = result.changes.filter((c) => !left.has(c.start));
  const toggle = (c: TypesetChange) => setLeft((was) => (was.has(c.start) ? new Set([...was].filter((s) => s !== c.start)) : new Set([...was, c.start])));

  const onApply = () => {
    replaceText(section, applyChanges(text, chosen));
    const skipped = result.changes.length - chosen.length;
    notify({ kind: 'info', text: `已排版，修改 ${chosen.length} 处${skipped > 0 ? `，保留原样 ${skipped} 处` : ''}（Ctrl+Z 可撤销）。` });
    onClose();
  };

  return (
    <section className="typeset" aria-labelledby="typeset-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id="typeset-title">一键排版：将修改 {result.changes.length} 处</h2>
      <p className="hint">去掉勾选的，保持原样。</p>
      <div className="typeset-list" tabIndex={0} aria-label="将要做的修改">
        {RULE_ORDER.map((rule) => {
          const changes = result.changes.filter((c) => c.rule === rule);
          if (changes.length === 0) return null;
          return (
            <section key={rule} data-rule={rule}>
              <h3>
                {TYPESET_RULES[rule]}（{changes.length} 处）
              </h3>
              <ol className="review-list">
                {changes.slice(0, SHOWN_PER_RULE).map((c) => (
                  <li key={c.start}>
                    <label>
                      <input type="checkbox" checked={!left.has(c.start)} onChange={() => toggle(c)} />
                      <span className="review-where">第 {c.line} 行</span> …{c.lead}
                      <del>{visible(c.before)}</del>
                      <ins>{c.after}</ins>
                      {c.trail}…
                    </label>
                  </li>
                ))}
              </ol>
              {changes.length > SHOWN_PER_RULE && <p className="hint">另有 {changes.length - SHOWN_PER_RULE} 处同类修改，一并进行。</p>}
            </section>
          );
        })}
      </div>
      <div className="typeset-actions">
        <button ref={apply} type="button" className="primary" onClick={onApply} disabled={chosen.length === 0}>
          {chosen.length === result.changes.length ? '全部应用' : `应用选中的 ${chosen.length} 处`}
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </section>
  );
}
