// Loaded by the page in `npm run web` only, after the harness's window.api (webMode.ts serves
// it): where the desktop app shows a native file dialog, the browser's own file picker opens and
// the chosen files are uploaded to the harness first. Saves and exports are offered as
// downloads, and leaving the page with unsaved edits asks first. The renderer knows none of it.

import type { Failure, WindowApi } from '../../shared/ipc';

type PickKind = 'draft' | 'published' | 'units';

/** The run's folder, set when webMode.ts compiles this script. */
declare const WEB_FOLDER: string;
declare global {
  interface Window {
    api: WindowApi;
  }
}

const ACCEPT: Record<Exclude<PickKind, 'units'>, string> = { draft: '.nianbao', published: '.txt,.html,.htm,.docx' };
const TITLES: Record<PickKind, string> = { draft: '年报草稿（.nianbao）', published: '已发布的年报（网页文字、网页或 Word 文件）', units: '下级单位报告所在的文件夹' };
const CANCELED: Failure = { ok: false, reason: 'canceled', message: '' };

const base: WindowApi = window.api;
let dirty = false;

/** The browser's file picker; null when the user cancels. */
function choose(kind: PickKind): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    if (kind === 'units') input.webkitdirectory = true;
    else input.accept = ACCEPT[kind];
    const done = (files: File[] | null) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    // Browsers open a picker only right after a click or key press; after a longer wait (e.g. a
    // save first), one more click is needed.
    if (navigator.userActivation?.isActive === false) askToPick(kind, () => input.click(), () => done(null));
    else input.click();
  });
}

function askToPick(kind: PickKind, pick: () => void, cancel: () => void): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'web-pick';
  dialog.setAttribute('aria-labelledby', 'web-pick-title');
  const title = Object.assign(document.createElement('p'), { id: 'web-pick-title', textContent: `请选择${TITLES[kind]}` });
  const ok = Object.assign(document.createElement('button'), { type: 'button', textContent: '选择…' });
  const no = Object.assign(document.createElement('button'), { type: 'button', textContent: '取消' });
  const close = (then: () => void) => {
    dialog.close();
    dialog.remove();
    then();
  };
  ok.addEventListener('click', () => close(pick));
  no.addEventListener('click', () => close(cancel));
  dialog.addEventListener('cancel', () => close(cancel));
  dialog.append(title, ok, no);
  document.body.append(dialog);
  dialog.showModal();
}

async function post(path: string, body: BodyInit, type = 'application/octet-stream'): Promise<string | null> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': type }, body });
  return response.ok ? null : await response.text();
}

/** Uploads the picked files into a folder of their own, and names the chosen one for the next question. */
async function upload(kind: PickKind, files: File[]): Promise<Failure | null> {
  const pick = crypto.randomUUID();
  // 汇总 reads only the drafts (*.nianbao) below the folder.
  const sent = kind === 'units' ? files.filter((f) => /\.nianbao$/i.test(f.name)) : files.slice(0, 1);
  for (const file of sent) {
    const path = kind === 'units' ? file.webkitRelativePath : file.name;
    const problem = await post(`/__harness/web/upload?pick=${pick}&path=${encodeURIComponent(path)}`, file);
    if (problem) return { ok: false, reason: 'io', message: `无法上传“${file.name}”：${problem}` };
  }
  const chosen = kind === 'units' ? (files[0]?.webkitRelativePath.split('/')[0] ?? '所选文件夹') : files[0].name;
  const problem = await post('/__harness/web/choose', JSON.stringify({ pick, kind, path: chosen }), 'application/json');
  return problem ? { ok: false, reason: 'io', message: `无法打开“${chosen}”：${problem}` } : null;
}

async function viaPicker<T>(kind: PickKind, call: () => Promise<T>): Promise<T | Failure> {
  const files = await choose(kind);
  if (files === null || (kind !== 'units' && files.length === 0)) return CANCELED;
  return (await upload(kind, files)) ?? call();
}

/** The bar naming the run's folder, with a download link for the latest file written. */
function bar(): HTMLElement {
  let element = document.querySelector<HTMLElement>('.web-mode');
  if (!element) {
    element = document.createElement('aside');
    element.className = 'web-mode';
    element.setAttribute('aria-label', '网页演示模式');
    const folder = Object.assign(document.createElement('span'), { className: 'web-folder', textContent: '上传、保存和导出的文件在 ', title: WEB_FOLDER });
    folder.append(Object.assign(document.createElement('code'), { textContent: WEB_FOLDER }));
    element.append(Object.assign(document.createElement('strong'), { textContent: '网页演示模式' }), folder, Object.assign(document.createElement('span'), { className: 'web-latest' }));
    document.body.prepend(element);
  }
  return element;
}

/** Offers the file just written for download; exports start downloading at once. */
function offer(fileName: string, start: boolean): void {
  const latest = bar().querySelector('.web-latest')!;
  const link = Object.assign(document.createElement('a'), { href: `/__harness/web/file?name=${encodeURIComponent(fileName)}`, download: fileName, textContent: `下载“${fileName}”` });
  latest.replaceChildren(link);
  if (start) link.click();
}

window.api = Object.freeze({
  ...base,
  openDocument: () => viaPicker('draft', () => base.openDocument()),
  newFromPrior: () => viaPicker('draft', () => base.newFromPrior()),
  importPublished: () => viaPicker('published', () => base.importPublished()),
  aggregateUnits: (request) => viaPicker('units', () => base.aggregateUnits(request)),
  openPrior: (request) => viaPicker(request.source, () => base.openPrior(request)),
  async saveDocument(request) {
    const result = await base.saveDocument(request);
    if (result.ok) offer(result.fileName, false);
    return result;
  },
  async exportReport(request) {
    const result = await base.exportReport(request);
    if (result.ok) offer(result.fileName, true);
    return result;
  },
  async exportChecklist(request) {
    const result = await base.exportChecklist(request);
    if (result.ok) offer(result.fileName, true);
    return result;
  },
  setDocumentState(request) {
    dirty = request.dirty;
    return base.setDocumentState(request);
  },
} satisfies WindowApi);

// Reloading or leaving the page would drop unsaved edits: the browser asks first.
window.addEventListener('beforeunload', (event) => {
  if (dirty) event.preventDefault();
});
document.addEventListener('DOMContentLoaded', () => bar());
