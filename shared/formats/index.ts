// The statutory formats: editions as data, and the cell index derived from them.
export * from './types';
export { PARTS, SECTION_NAMES, TABLE_PARTS, isGroup, leaves } from './common';
export { EDITIONS, EDITION_IDS, FIRST_REPORT_YEAR, LAST_REPORT_YEAR, editionForYear, reportYearProblem, cellIndex, cellKey } from './registry';
export type { CellDef, CellIndex } from './registry';
