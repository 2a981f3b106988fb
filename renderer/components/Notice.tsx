// The outcome of the last action (saved, exported, could not open …), announced politely.

import { notify, useEditor } from '../store/editor';

export function Notice() {
  const notice = useEditor((s) => s.notice);
  return (
    <div role="status" aria-live="polite" className={notice ? `notice notice-${notice.kind}` : 'notice notice-empty'}>
      {notice && (
        <>
          <span className="notice-text">{notice.text}</span>
          <button type="button" onClick={() => notify(null)}>
            知道了
          </button>
        </>
      )}
    </div>
  );
}
