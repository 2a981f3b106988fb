// The Chinese application menu. Items the page handles itself (undo, redo, save, open, zoom) show
// their shortcut without registering it, so a key press is handled once, by the page.

import type { MenuItemConstructorOptions } from 'electron';
import type { Command } from '../../shared/ipc';

export interface MenuActions {
  send(command: Command, index?: number): void;
  recentFiles: readonly { name: string; folder: string }[];
  about(): void;
}

export function menuTemplate({ send, recentFiles, about }: MenuActions): MenuItemConstructorOptions[] {
  const page = (label: string, command: Command, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  const recent: MenuItemConstructorOptions[] =
    recentFiles.length > 0
      ? recentFiles.map((f, i) => ({ label: `${f.name}（${f.folder}）`, click: () => send('openRecent', i) }))
      : [{ label: '（无）', enabled: false }];
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '新建', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
        { label: '以上年度报告为基础新建…', click: () => send('newFromPrior') },
        page('打开…', 'open', 'CmdOrCtrl+O'),
        { label: '打开最近', submenu: recent },
        { label: '打开示例报告', click: () => send('openSample') },
        { label: '导入已发布的年报…', click: () => send('importPublished') },
        { label: '汇总下级单位报告…', click: () => send('aggregate') },
        { label: '从台账统计…', click: () => send('countLedger') },
        { label: '导出台账模板…', click: () => send('exportLedgerTemplate') },
        { type: 'separator' },
        page('保存', 'save', 'CmdOrCtrl+S'),
        page('另存为…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        { label: '导出 Word…', click: () => send('exportDocx') },
        { label: '导出 PDF…', click: () => send('exportPdf') },
        { label: '导出网页…', click: () => send('exportHtml') },
        { label: '导出网页片段（粘贴到网站编辑器）…', click: () => send('exportHtmlFragment') },
        { type: 'separator' },
        { label: '打印预览', click: () => send('preview') },
        page('打印…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        page('撤销', 'undo', 'CmdOrCtrl+Z'),
        page('重做', 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        page('放大', 'zoomIn', 'CmdOrCtrl+='),
        page('缩小', 'zoomOut', 'CmdOrCtrl+-'),
        page('实际大小', 'zoomReset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        { label: '显示或隐藏各部分导航', click: () => send('toggleParts') },
        { label: '显示或隐藏检查结果', click: () => send('toggleFindings') },
      ],
    },
    { label: '帮助(&H)', submenu: [{ label: '关于年报编辑器', click: about }] },
  ];
}
