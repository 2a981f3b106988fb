// Native file dialogs for the document session, in Chinese, filtered by kind.

import { dialog, type BrowserWindow } from 'electron';
import { EXPORT_KINDS, GRAPHIC_KIND } from '../../shared/ipc/channels';
import type { Dialogs } from '../services/api';

const DRAFTS = [{ name: '年报草稿', extensions: ['nianbao'] }];

export function electronDialogs(window: () => BrowserWindow, defaultFolder: () => string): Dialogs {
  return {
    async chooseDraftToOpen() {
      const r = await dialog.showOpenDialog(window(), { title: '打开年报草稿', defaultPath: defaultFolder(), filters: DRAFTS, properties: ['openFile'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseDraftToSave(suggestedName) {
      const r = await dialog.showSaveDialog(window(), { title: '保存年报草稿', defaultPath: `${defaultFolder()}/${suggestedName}`, filters: DRAFTS });
      return r.canceled ? null : (r.filePath ?? null);
    },
    async choosePublishedReport() {
      const r = await dialog.showOpenDialog(window(), {
        title: '导入已发布的年报',
        defaultPath: defaultFolder(),
        filters: [
          { name: '已发布的年报（网页文字、网页、Word、PDF）', extensions: ['txt', 'md', 'html', 'htm', 'shtml', 'docx', 'doc', 'pdf'] },
          { name: '所有文件', extensions: ['*'] },
        ],
        properties: ['openFile'],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseLedger(kind) {
      const r = await dialog.showOpenDialog(window(), {
        title: kind === 'applications' ? '选择政府信息公开申请登记台账' : '选择行政复议、行政诉讼案件台账',
        defaultPath: defaultFolder(),
        filters: [
          { name: '台账（Excel、WPS 表格、CSV）', extensions: ['xlsx', 'xls', 'csv', 'et'] },
          { name: '所有文件', extensions: ['*'] },
        ],
        properties: ['openFile'],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseLedgerTemplateTarget(suggestedName) {
      const r = await dialog.showSaveDialog(window(), { title: '导出台账模板', defaultPath: `${defaultFolder()}/${suggestedName}`, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
      return r.canceled ? null : (r.filePath ?? null);
    },
    async chooseTrendReports() {
      const r = await dialog.showOpenDialog(window(), {
        title: '多年趋势：选择同一单位各年度的报告（最多五个）',
        defaultPath: defaultFolder(),
        filters: [
          { name: '年报草稿或已发布的年报', extensions: ['nianbao', 'txt', 'md', 'html', 'htm', 'shtml', 'docx', 'doc', 'pdf'] },
          { name: '所有文件', extensions: ['*'] },
        ],
        properties: ['openFile', 'multiSelections'],
      });
      return r.canceled ? [] : r.filePaths;
    },
    async chooseRoster() {
      const r = await dialog.showOpenDialog(window(), {
        title: '导入单位名册',
        defaultPath: defaultFolder(),
        filters: [
          { name: '单位名册（Excel、WPS 表格、CSV）', extensions: ['xlsx', 'xls', 'csv', 'et'] },
          { name: '所有文件', extensions: ['*'] },
        ],
        properties: ['openFile'],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async choosePriorFolder() {
      const r = await dialog.showOpenDialog(window(), { title: '选择上年度各单位报告所在的文件夹', defaultPath: defaultFolder(), properties: ['openDirectory'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseDeskExportTarget(suggestedName, format) {
      const filter = format === 'xlsx' ? { name: 'Excel 工作簿', extensions: ['xlsx'] } : { name: 'PDF 文件', extensions: ['pdf'] };
      const r = await dialog.showSaveDialog(window(), { title: format === 'xlsx' ? '导出单位一览（工作簿）' : '导出单位一览（打印表 PDF）', defaultPath: `${defaultFolder()}/${suggestedName}`, filters: [filter] });
      return r.canceled ? null : (r.filePath ?? null);
    },
    async chooseUnitsFolder() {
      const r = await dialog.showOpenDialog(window(), { title: '选择下级单位报告所在的文件夹', defaultPath: defaultFolder(), properties: ['openDirectory'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseExportTarget(suggestedName, format) {
      if (format === 'graphic') {
        const g = await dialog.showSaveDialog(window(), { title: `导出${GRAPHIC_KIND.name}`, defaultPath: `${defaultFolder()}/${suggestedName}`, filters: GRAPHIC_KIND.filters.map((f) => ({ ...f, extensions: [...f.extensions] })) });
        return g.canceled ? null : (g.filePath ?? null);
      }
      const r = await dialog.showSaveDialog(window(), { title: `导出${EXPORT_KINDS[format].name}`, defaultPath: `${defaultFolder()}/${suggestedName}`, filters: [{ name: EXPORT_KINDS[format].name, extensions: [EXPORT_KINDS[format].extension] }] });
      return r.canceled ? null : (r.filePath ?? null);
    },
  };
}
