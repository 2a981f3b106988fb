// 一键排版, shown before it is done: every change 一键排版 would make to the part's text, by
// rule and line, then applied in one undo step — or not at all.

import { useEffect, useMemo, useRef } from 'react';
import type { TextSectionId } from '../../shared/formats';
import { describeCharacter } from '../../shared/text/characters';
import { TYPESET_RULES, typeset, type TypesetRule } from '../../shared/text/typeset';
import { notify, replaceText, useEditor } from '../store/editor';

/** Long texts have hundreds of changes: each rule lists its first ones and says how many more. */
const SHOWN_PER_RULE = 60;
const RULE_ORDER: TypesetRule[] = ['hidden', 'numbering', 'punctuation', 'spaces'];

/** A mark, a removed space or a character nobody sees, made visible. */
const visible = (s: string, rule: TypesetRule) =>
  rule === 'hidden' ? describeCharacter(s) : s === '' ? '（删除）' : s.replace(/[ \u00a0]/g, '␣').replace(/\u3000/g, '□').replace(/\t/g, '⇥');

export function TypesetReview({ section, onClose }: { section: TextSectionId; onClose: () => void }) {
  const text = useEditor((s) => s.doc!.report.text[section]);
  // The list follows the text: typing while it is open changes what would be done.
  const result = useMemo(() => typeset(text), [text]);
  const apply = useRef<HTMLButtonElement>(null);
  useEffect(() => apply.current?.focus(), []);

  const onApply = () => {
    replaceText(section, result.text);
    notify({ kind: 'info', text: `已排版，修改 ${result.changes.length} 处（Ctrl+Z 可撤销）。` });
    onClose();
  };

  return (
    <section className="typeset" aria-labelledby="typeset-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id="typeset-title">一键排版：将修改 {result.changes.length} 处</h2>
      <div className="typeset-list" tabIndex={0} aria-label="将要做的修改">
        {RULE_ORDER.map((rule) => {
          const changes = result.changes.filter((c) => c.rule === rule);
          if (changes.length === 0) return null;
          return (
            <section key={rule} data-rule={rule}>
              <h3>
                {TYPESET_RULES[rule]}（{changes.length} 处）
              </h3>
              <ol>
                {changes.slice(0, SHOWN_PER_RULE).map((c, i) => (
                  <li key={i}>
                    <span className="typeset-line">第 {c.line} 行</span> …{c.lead}
                    <del>{visible(c.before, rule)}</del>
                    <ins>{c.after}</ins>
                    {c.trail}…
                  </li>
                ))}
              </ol>
              {changes.length > SHOWN_PER_RULE && <p className="hint">另有 {changes.length - SHOWN_PER_RULE} 处同类修改。</p>}
            </section>
          );
        })}
      </div>
      <div className="typeset-actions">
        <button ref={apply} type="button" className="primary" onClick={onApply} disabled={result.changes.length === 0}>
          全部应用
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </section>
  );
}
