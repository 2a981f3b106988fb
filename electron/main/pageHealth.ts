// When a window's page crashes or hangs, what it held is gone or out of reach: its recovery copy
// becomes an offer (DocumentSession.pageLost), the clerk is offered a reload, and closing such a
// window never deletes the copy — 不保存 is not the only way out.

import { dialog, type BrowserWindow } from 'electron';
import type { DocumentSession } from '../services/api';

export interface WatchedWindow {
  window: BrowserWindow;
  session: DocumentSession;
  /** Set once the clerk has decided: the next close goes through. */
  closing: boolean;
  /** The page stopped responding (and has not come back). */
  hung?: boolean;
  /** We crash a hung page ourselves to reload it: that crash is not offered again. */
  crashing?: boolean;
}

const KEPT = '未保存的修改已保留为恢复副本：重新加载后可在开始页恢复；关闭窗口也不会删除它，下次启动时同样可以恢复。';

export function watchPage(entry: WatchedWindow): void {
  const { window } = entry;
  window.webContents.on('render-process-gone', (_event, details) => {
    if (entry.crashing) return void (entry.crashing = false);
    if (details.reason === 'clean-exit' || entry.closing || window.isDestroyed()) return;
    void entry.session.pageLost().then(() => offerReload(entry, '窗口内容意外终止'));
  });
  window.on('unresponsive', () => {
    entry.hung = true;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: '年报编辑器',
        message: '窗口没有响应',
        detail: '可以再等一会儿，或重新加载窗口。重新加载时，最近一次自动保存的恢复副本会保留，重新加载后可以恢复。',
        buttons: ['继续等待', '重新加载'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      })
      .then(async ({ response }) => {
        if (response !== 1 || !entry.hung || window.isDestroyed()) return;
        await entry.session.pageLost();
        reload(entry);
      });
  });
  window.on('responsive', () => {
    entry.hung = false;
  });
}

async function offerReload(entry: WatchedWindow, message: string): Promise<void> {
  if (entry.window.isDestroyed()) return;
  const { response } = await dialog.showMessageBox(entry.window, {
    type: 'error',
    title: '年报编辑器',
    message,
    detail: KEPT,
    buttons: ['重新加载', '关闭窗口'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (entry.window.isDestroyed()) return;
  if (response === 0) reload(entry);
  else {
    entry.closing = true;
    entry.window.destroy();
  }
}

function reload(entry: WatchedWindow): void {
  entry.hung = false;
  const contents = entry.window.webContents;
  // A hung page cannot unload itself; the crash this causes is ours, not offered again.
  if (!contents.isCrashed()) {
    entry.crashing = true;
    contents.forcefullyCrashRenderer();
  }
  contents.reload();
}

/**
 * Closing a window whose page hangs: it cannot save, and 不保存 must not delete its copy. True
 * when this handled the close (the caller then prevents the default close).
 */
export function closeHungWindow(entry: WatchedWindow): boolean {
  if (!entry.hung) return false;
  const choice = dialog.showMessageBoxSync(entry.window, {
    type: 'warning',
    title: '年报编辑器',
    message: '窗口没有响应，无法保存',
    detail: '关闭窗口时，最近一次自动保存的内容会保留为恢复副本，下次启动时可以恢复。',
    buttons: ['关闭窗口', '取消'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (choice === 0) {
    void entry.session.pageLost().then(() => {
      entry.closing = true;
      entry.window.destroy();
    });
  }
  return true;
}
