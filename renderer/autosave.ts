// Recovery copies while there are unsaved edits: one a moment after the last edit, and at the
// latest a few seconds after the first (steady typing still gets one). A failure is told once,
// until a copy succeeds again. One per window: the document session (session.ts) feeds it, and an
// action that replaces the document stops it first (actions.ts), so that no copy of the old
// report can reach main after the new one is open.

import { api } from './api';
import { isDirty, notify, useEditor } from './store/editor';

/** A pause this long writes a copy: not on every keystroke, yet little is lost. */
const AUTOSAVE_DELAY_MS = 1500;
/** Typing that never pauses still gets a copy this soon after the first unsaved edit (throttle). */
const AUTOSAVE_MAX_WAIT_MS = 3000;

function autosaver(): { edited(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstEditAt: number | null = null;
  let failing = false;
  const write = () => {
    timer = undefined;
    firstEditAt = null;
    const state = useEditor.getState();
    if (!isDirty(state)) return;
    api()
      .autosave({ report: state.doc!.report, prior: state.prior })
      .catch(() => ({ ok: false as const, message: '未能写入恢复副本。万一程序意外关闭，未保存的修改可能丢失，请尽快保存。' }))
      .then((result) => {
        if (!result.ok && !failing) notify({ kind: 'error', text: result.message });
        failing = !result.ok;
      });
  };
  return {
    edited() {
      const now = Date.now();
      firstEditAt ??= now;
      clearTimeout(timer);
      timer = setTimeout(write, Math.min(AUTOSAVE_DELAY_MS, firstEditAt + AUTOSAVE_MAX_WAIT_MS - now));
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      firstEditAt = null;
    },
  };
}

export const copies = autosaver();
