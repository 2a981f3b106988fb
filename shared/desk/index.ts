// The 政务公开办's desk (issue 25), pure: the roster (单位名册), which draft is which unit's, each
// unit's standing for the year (received, checked, reviewed, published on time, not 雷同), the
// summary line, sorting and filtering, 汇总 from the desk, and the printed table.
export * from './types';
export { ROSTER_FILE, rosterCsv, rosterFromDrafts, rosterFromSheet, unitTypeFromName, unitTypeOf, type RosterRead } from './roster';
export { LIKELY_RENAME, byUnitKey, commonStart, lastYearOf, matchDrafts, nameLikeness, unitIndex, type Matched, type UnitDrafts } from './match';
export { daysBetween, deadlineOf, deadlineType, timeliness, type Timeliness } from './deadline';
export { asFingerprint, repetition, signatureOf } from './signature';
export { consolidatedUnits, keyFigures, summarizeDraft, summarizePrior } from './summary';
export { UNNAMED, buildDesk, type DeskInput } from './build';
export { FOLLOW_UP_NAMES, REPEATED, isRepeated, draftsOfYearRead, judge, nothingRead, percent, summarize, summaryLine } from './standing';
export { DESK_COLUMNS, DESK_VIEWS, columnById, passes, receiptOf, shown, sortRows, timingDays, timingOf, type ColumnKind, type DeskColumn, type DeskViewId, type SortDirection } from './columns';
export { consolidationOf, planSum, type SumPlan } from './consolidate';
export { deskPrintHtml, deskTitle } from './print';
