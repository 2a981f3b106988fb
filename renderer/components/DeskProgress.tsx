// While main reads a folder of drafts: a progress bar once it has taken half a second (a county's
// folder reads faster than that; a city's thousand drafts do not), the page usable meanwhile.

import { useEffect, useState } from 'react';
import { useDesk } from '../store/desk';

const SHOW_AFTER_MS = 500;

export function DeskProgress() {
  const reading = useDesk((s) => s.reading);
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!reading) return;
    const timer = setTimeout(() => setLate(true), Math.max(0, reading.since + SHOW_AFTER_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [reading?.since]); // eslint-disable-line react-hooks/exhaustive-deps -- one timer per reading, not per progress report
  if (!reading || !late) return null;
  const known = reading.total > 0;
  return (
    <div className="desk-progress" role="status">
      <label>
        {known ? `正在读取各单位的报告：${reading.done} / ${reading.total}` : '正在查找各单位的报告…'}
        <progress max={known ? reading.total : undefined} value={known ? reading.done : undefined} />
      </label>
    </div>
  );
}
