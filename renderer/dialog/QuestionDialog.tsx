// The modal that shows ask()'s question: a native <dialog> (focus kept inside, Esc cancels),
// the answers as buttons in the order given.

import { useEffect, useRef } from 'react';
import { useQuestion } from './ask';

export function QuestionDialog() {
  const asking = useQuestion((s) => s.asking);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (asking && !dialog.open) {
      dialog.showModal();
      const first = asking.question.defaultId ?? asking.question.choices[0]?.id;
      dialog.querySelector<HTMLButtonElement>(`button[data-choice="${first}"]`)?.focus();
    } else if (!asking && dialog.open) dialog.close();
  }, [asking]);

  const q = asking?.question;
  return (
    <dialog
      ref={ref}
      className="question"
      aria-labelledby="question-message"
      aria-describedby={q?.detail ? 'question-detail' : undefined}
      onCancel={(e) => {
        e.preventDefault();
        if (asking) asking.answer(asking.question.cancelId);
      }}
    >
      {q && asking && (
        <>
          <p className="question-title">{q.title}</p>
          <p id="question-message" className="question-message">
            {q.message}
          </p>
          {q.detail && (
            // A long list (files left out …) scrolls, by keyboard too.
            <p id="question-detail" className="question-detail" tabIndex={q.detail.split('\n').length > 8 ? 0 : undefined}>
              {q.detail}
            </p>
          )}
          <div className="question-choices">
            {q.choices.map((c) => (
              <button key={c.id} type="button" data-choice={c.id} className={c.primary ? 'primary' : undefined} onClick={() => asking.answer(c.id)}>
                {c.label}
              </button>
            ))}
          </div>
        </>
      )}
    </dialog>
  );
}
