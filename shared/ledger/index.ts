// Tables 三 and 四 counted from an office's own ledgers (台账): pure, over a Workbook read by
// electron/services/spreadsheet.
export * from './fields';
export * from './categories';
export * from './classify';
export * from './dates';
export * from './layout';
export * from './mapping';
export * from './result';
export * from './count';
export * from './apply';
export * from './template';
export { PENDING, YES, NO, LITIGATION, WORDINGS } from './dictionary';
export * from './findings';
