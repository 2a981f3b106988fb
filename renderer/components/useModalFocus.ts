// A full-window view over the editor (预览, 发布前检查): the focus moves into it while it is open
// and goes back to where it was when it closes; Esc closes it.

import { useEffect, useRef } from 'react';

export function useModalFocus(open: boolean, close: () => void) {
  const pages = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    pages.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [open, close]);
  return pages;
}
