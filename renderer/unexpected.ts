// When an action ends in an error nobody expected (main could not answer, a request was lost):
// the clerk is told, and the work on screen stays as it is.

import { notify } from './store/editor';

export function tellUnexpected(): void {
  notify({ kind: 'error', text: '操作未能完成：程序内部出错。当前的内容没有丢失，请重试；如仍不行，请先保存，再重新启动年报编辑器。' });
}
