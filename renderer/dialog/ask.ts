// In-page questions with named answers (保存 / 不保存 / 取消, 覆盖 / 另存为 / 取消 …), as a
// desktop program asks them: window.confirm offers only OK / Cancel and cannot say 保存.
// One question at a time; a second one waits for the first to be answered.

import { create } from 'zustand';

export interface Choice<T extends string> {
  id: T;
  label: string;
  /** Shown as the primary button. */
  primary?: boolean;
}

export interface Question<T extends string> {
  title: string;
  message: string;
  detail?: string;
  choices: readonly Choice<T>[];
  /** The answer of Esc, and of closing the dialog any other way. */
  cancelId: T;
  /** The button that has the focus at first (default: the first). */
  defaultId?: T;
}

interface Asking {
  question: Question<string>;
  answer(id: string): void;
}

export const useQuestion = create<{ asking: Asking | null }>(() => ({ asking: null }));

let queue: Promise<unknown> = Promise.resolve();

/** Shows the question in the page and resolves with the id of the chosen answer. */
export function ask<T extends string>(question: Question<T>): Promise<T> {
  const answered = queue.then(
    () =>
      new Promise<T>((resolve) => {
        useQuestion.setState({
          asking: {
            question: question as Question<string>,
            answer: (id) => {
              useQuestion.setState({ asking: null });
              resolve(id as T);
            },
          },
        });
      }),
  );
  queue = answered.catch(() => undefined);
  return answered;
}

export type SaveChoice = 'save' | 'discard' | 'cancel';

/** The question Word asks before unsaved edits would be lost. */
export function askToSave(detail = '如果不保存，这次的修改将会丢失。'): Promise<SaveChoice> {
  return ask<SaveChoice>({
    title: '年报编辑器',
    message: '是否保存对当前报告的修改？',
    detail,
    choices: [
      { id: 'save', label: '保存', primary: true },
      { id: 'discard', label: '不保存' },
      { id: 'cancel', label: '取消' },
    ],
    cancelId: 'cancel',
  });
}
