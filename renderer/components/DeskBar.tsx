// Above a unit's draft opened from 单位一览: the way back to the desk, whose row is read again.

import { backToDesk, useDesk } from '../store/desk';

export function DeskBar() {
  const folder = useDesk((s) => s.view?.folder);
  if (!folder) return null;
  return (
    <nav className="desk-bar" aria-label="单位一览">
      <button type="button" onClick={() => void backToDesk()}>
        ← 返回单位一览
      </button>
      <span className="hint">（{folder}）保存后返回，一览中该单位的情况随之更新。</span>
    </nav>
  );
}
