// The indicators leaders and analysts read in a report, each defined once with its formula beside
// it, and the key figures they are read with. Every term is a cell of table 三 or 四 (column 总计),
// identical in both editions; a blank cell counts as 0, a blank or zero denominator gives "—".

import type { CellKey } from '../formats';

/** A sum of cells, some subtracted (e.g. 总计 − 尚未审结). */
export type Terms = readonly { key: CellKey; sign: 1 | -1 }[];

const plus = (...keys: CellKey[]): Terms => keys.map((key) => ({ key, sign: 1 as const }));
const minus = (...keys: CellKey[]): Terms => keys.map((key) => ({ key, sign: -1 as const }));
const apply = (...rows: string[]) => rows.map((r) => `apply.${r}.TOT`);
const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}_${i + 1}`);

export type IndicatorId = 'disclosure' | 'unavailable' | 'notProcessed' | 'reviewCorrection' | 'litigationCorrection' | 'carryOver';

export interface IndicatorDef {
  id: IndicatorId;
  name: string;
  /** The formula in the statute's words, shown beside the figure. */
  formula: string;
  numerator: Terms;
  denominator: Terms;
}

export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'disclosure',
    name: '实质公开率',
    // Of the applications answered this year, the share that got information (in whole or part).
    formula: '（予以公开 + 部分公开）÷ 本年度办理结果总计',
    numerator: plus(...apply('R3_1', 'R3_2')),
    denominator: plus(...apply('R3_7')),
  },
  {
    id: 'unavailable',
    name: '无法提供占比',
    formula: '无法提供（1—3项之和）÷ 本年度办理结果总计',
    numerator: plus(...apply(...numbered('R3_4', 3))),
    denominator: plus(...apply('R3_7')),
  },
  {
    id: 'notProcessed',
    name: '不予处理占比',
    formula: '不予处理（1—5项之和）÷ 本年度办理结果总计',
    numerator: plus(...apply(...numbered('R3_5', 5))),
    denominator: plus(...apply('R3_7')),
  },
  {
    id: 'reviewCorrection',
    name: '复议纠错率',
    // Over the cases decided: a case still pending has no result that could be a correction.
    formula: '行政复议结果纠正 ÷（行政复议总计 − 尚未审结）',
    numerator: plus('review.RV.CORRECTED'),
    denominator: [...plus('review.RV.TOTAL'), ...minus('review.RV.PENDING')],
  },
  {
    id: 'litigationCorrection',
    name: '诉讼纠错率',
    // Both kinds of 行政诉讼 (未经复议直接起诉 and 复议后起诉), over the cases decided.
    formula: '行政诉讼结果纠正 ÷（行政诉讼总计 − 尚未审结），含未经复议直接起诉和复议后起诉',
    numerator: plus('review.LD.CORRECTED', 'review.LR.CORRECTED'),
    denominator: [...plus('review.LD.TOTAL', 'review.LR.TOTAL'), ...minus('review.LD.PENDING', 'review.LR.PENDING')],
  },
  {
    id: 'carryOver',
    name: '结转率',
    // Of all applications to be handled this year (new and carried in), the share left for next year.
    formula: '结转下年度继续办理 ÷（本年新收 + 上年结转）',
    numerator: plus(...apply('R4')),
    denominator: plus(...apply('R1', 'R2')),
  },
];

export type KeyFigureId = 'received' | 'carriedIn' | 'handled' | 'carriedOver' | 'review' | 'litigation';

/** Counts (件) of table 三 and 四 read beside the indicators, and drawn as trends over the years. */
export interface KeyFigureDef {
  id: KeyFigureId;
  name: string;
  keys: readonly CellKey[];
}

export const KEY_FIGURES: readonly KeyFigureDef[] = [
  { id: 'received', name: '本年新收申请', keys: apply('R1') },
  { id: 'carriedIn', name: '上年结转', keys: apply('R2') },
  { id: 'handled', name: '本年办理', keys: apply('R3_7') },
  { id: 'carriedOver', name: '结转下年度', keys: apply('R4') },
  { id: 'review', name: '行政复议', keys: ['review.RV.TOTAL'] },
  { id: 'litigation', name: '行政诉讼', keys: ['review.LD.TOTAL', 'review.LR.TOTAL'] },
];
