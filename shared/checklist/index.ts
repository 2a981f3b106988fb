// 发布前检查 (issue 24): the checklist assessors score a report on, and its one-page 检查报告 —
// the page model (model.ts) and its print layout here; the Word file in ./docx, which only main
// and the command line import (the docx library stays out of the renderer's bundle).
export { CHECKLIST, itemOf } from './items';
export type { ChecklistItem, ChecklistItemId } from './items';
export { CHECKLIST_PAGE, STATUS_MARKS, checklistOf } from './model';
export type { ChecklistInput, ChecklistPage, ChecklistRow, ChecklistStatus } from './model';
export { checklistHtml, checklistLayout } from './print';
