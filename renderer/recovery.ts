// Recovery copies in the page: each offer names its copy by id, and 恢复 / 放弃 act on that copy
// only. A copy of a file is offered as soon as that file is opened; one older than the file on
// disk says so (and saving it later asks, suggesting 另存为).

import type { RecoveryOffer } from '../shared/ipc';
import { api } from './api';
import { ask } from './dialog/ask';
import { load, notify } from './store/editor';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** One sentence on what the copy holds, and a warning when the file moved on since. */
export function describeCopy(offer: RecoveryOffer): { text: string; warning: string | null } {
  const file = offer.fileName ? `（${offer.fileName}）` : '（尚未保存过的新报告）';
  const text = `“${offer.title}”${file}在 ${when(offer.savedAt)} 的修改尚未保存。`;
  let warning: string | null = null;
  if (offer.stale === 'changed') {
    warning = `注意：磁盘上的“${offer.fileName}”在 ${when(offer.fileChangedAt!)} 又修改过，这份副本比它旧。恢复后保存时会询问，建议另存为新文件。`;
  } else if (offer.stale === 'missing') warning = `注意：“${offer.fileName}”已不在原来的位置。`;
  return { text, warning };
}

/** Restores exactly the copy with this id; it stays unsaved until saved. */
export async function restoreRecovery(id: string): Promise<boolean> {
  const result = await api().restoreRecovery({ id });
  if (!result.ok) {
    notify({ kind: 'error', text: result.message });
    return false;
  }
  load(result.report, result.fileName, !result.unsaved, { prior: result.prior, notes: result.notes ?? [] });
  notify({ kind: 'info', text: '已恢复上次未保存的内容，请检查后保存。' });
  return true;
}

/** Deletes exactly the copy with this id. */
export async function discardRecovery(id: string): Promise<void> {
  await api().discardRecovery({ id });
}

/** Right after opening a file that has a recovery copy: 恢复 / 放弃 / 以后再说. */
export async function offerFileRecovery(offer: RecoveryOffer): Promise<void> {
  const { text, warning } = describeCopy(offer);
  const choice = await ask({
    title: '年报编辑器',
    message: '这个文件有未保存的修改可以恢复',
    detail: `年报编辑器上次没有正常关闭。${text}${warning ?? ''}`,
    choices: [
      { id: 'restore', label: '恢复', primary: offer.stale === null },
      { id: 'discard', label: '放弃这些内容' },
      { id: 'later', label: '以后再说' },
    ],
    cancelId: 'later',
    defaultId: offer.stale === null ? 'restore' : 'later',
  });
  if (choice === 'restore') await restoreRecovery(offer.id);
  else if (choice === 'discard') await discardRecovery(offer.id);
}
