// Undo/redo over immutable snapshots. Consecutive edits of the same cell or text field within a
// moment merge into one step, so Ctrl+Z undoes "what I typed there", as in Word and Excel.

export interface History<T> {
  past: T[];
  future: T[];
  /** The field the newest step was made in, and when. */
  lastKey: string | null;
  lastAt: number;
}

const MERGE_WITHIN_MS = 1500;
const LIMIT = 500;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [], lastKey: null, lastAt: 0 });

/** Records `before` as an undo step, unless this edit continues the previous one. */
export function record<T>(h: History<T>, before: T, key: string | null, now: number): History<T> {
  const continues = key !== null && key === h.lastKey && now - h.lastAt < MERGE_WITHIN_MS;
  if (continues) return { ...h, future: [], lastAt: now };
  return { past: [...h.past.slice(-LIMIT + 1), before], future: [], lastKey: key, lastAt: now };
}

/** Ends merging: the next edit, even in the same field, is a new step. */
export const seal = <T>(h: History<T>): History<T> => ({ ...h, lastKey: null });

export function undo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  if (h.past.length === 0) return null;
  const state = h.past[h.past.length - 1];
  return { state, history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastKey: null, lastAt: 0 } };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  if (h.future.length === 0) return null;
  const [state, ...future] = h.future;
  return { state, history: { past: [...h.past, current], future, lastKey: null, lastAt: 0 } };
}
