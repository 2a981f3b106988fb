// Indicators (实质公开率 …) and key figures of a report beside last year's, and the outcome
// categories of table 三: one definition each, for 与上年对比, the 图解 and the trends.
export { INDICATORS, KEY_FIGURES } from './definitions';
export type { IndicatorDef, IndicatorId, KeyFigureDef, KeyFigureId, Terms } from './definitions';
export { indicators, keyFigures, ratioOf, figureOf } from './compute';
export type { IndicatorValue, FigureValue } from './compute';
export { outcomeCategories } from './outcomes';
export type { OutcomeCategory } from './outcomes';
export { NO_VALUE, countChange, percentTenths, percentText, pointsChange, tenthsText } from './ratio';
export type { Change, Direction, Ratio } from './ratio';
