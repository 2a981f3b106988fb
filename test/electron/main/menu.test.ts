// The Chinese menu: its items, shortcuts and the commands they send.

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';

const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];
const byLabel = (menu: MenuItemConstructorOptions, label: string) => items(menu).find((i) => i.label === label)!;
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  const send = vi.fn();
  const about = vi.fn();
  const [file, edit, view, help] = menuTemplate({ send, about, recentFiles: [{ name: '2024.nianbao', folder: 'D:\\年报' }] });

  it('has 文件, 编辑, 视图 and 帮助 with the items of a document editor', () => {
    expect([file.label, edit.label, view.label, help.label]).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(items(file).filter((i) => i.label).map((i) => i.label)).toEqual(['新建', '以上年度报告为基础新建…', '打开…', '打开最近', '打开示例报告', '导入已发布的年报…', '汇总下级单位报告…', '从台账统计…', '导出台账模板…', '保存', '另存为…', '导出 Word…', '导出 PDF…', '导出网页…', '导出网页片段（粘贴到网站编辑器）…', '打印预览', '打印…', '退出']);
    expect(items(edit).filter((i) => i.label).map((i) => i.label)).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(items(help).map((i) => i.label)).toEqual(['关于年报编辑器']);
  });

  it('sends the page its commands; shortcuts the page handles are shown but not registered twice', () => {
    for (const [label, command] of [['打开…', 'open'], ['保存', 'save'], ['另存为…', 'saveAs'], ['导出 Word…', 'exportDocx'], ['导出 PDF…', 'exportPdf'], ['打印预览', 'preview'], ['导出网页…', 'exportHtml'], ['导出网页片段（粘贴到网站编辑器）…', 'exportHtmlFragment'], ['新建', 'new'], ['以上年度报告为基础新建…', 'newFromPrior'], ['打开示例报告', 'openSample'], ['汇总下级单位报告…', 'aggregate'], ['导入已发布的年报…', 'importPublished'], ['从台账统计…', 'countLedger'], ['导出台账模板…', 'exportLedgerTemplate']] as const) {
      click(byLabel(file, label));
      expect(send).toHaveBeenLastCalledWith(command);
    }
    for (const [label, command, accelerator] of [['撤销', 'undo', 'CmdOrCtrl+Z'], ['重做', 'redo', 'CmdOrCtrl+Y']] as const) {
      const item = byLabel(edit, label);
      expect(item.accelerator).toBe(accelerator);
      expect(item.registerAccelerator).toBe(false);
      click(item);
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(byLabel(file, '保存').registerAccelerator).toBe(false);
    // Ctrl+P is the page's (it prints the print layout, never the editor's screen).
    expect([byLabel(file, '打印…').accelerator, byLabel(file, '打印…').registerAccelerator]).toEqual(['CmdOrCtrl+P', false]);
    click(byLabel(file, '打印…'));
    expect(send).toHaveBeenLastCalledWith('print');
    expect(byLabel(file, '新建').accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(edit, '粘贴').role).toBe('paste');
    expect(byLabel(file, '退出').role).toBe('quit');
  });

  it('视图 zooms and folds the side panes in the page; the zoom keys are the page’s, shown but not registered', () => {
    expect(items(view).filter((i) => i.label).map((i) => i.label)).toEqual(['放大', '缩小', '实际大小', '显示或隐藏各部分导航', '显示或隐藏检查结果']);
    for (const [label, command, accelerator] of [['放大', 'zoomIn', 'CmdOrCtrl+='], ['缩小', 'zoomOut', 'CmdOrCtrl+-'], ['实际大小', 'zoomReset', 'CmdOrCtrl+0']] as const) {
      const item = byLabel(view, label);
      expect(item.accelerator).toBe(accelerator);
      expect(item.registerAccelerator).toBe(false);
      click(item);
      expect(send).toHaveBeenLastCalledWith(command);
    }
    click(byLabel(view, '显示或隐藏各部分导航'));
    expect(send).toHaveBeenLastCalledWith('toggleParts');
    click(byLabel(view, '显示或隐藏检查结果'));
    expect(send).toHaveBeenLastCalledWith('toggleFindings');
  });

  it('lists recent files and opens them by position', () => {
    const recent = items(byLabel(file, '打开最近'));
    expect(recent.map((i) => i.label)).toEqual(['2024.nianbao（D:\\年报）']);
    click(recent[0]);
    expect(send).toHaveBeenLastCalledWith('openRecent', 0);
    click(items(help)[0]);
    expect(about).toHaveBeenCalled();
  });
});
