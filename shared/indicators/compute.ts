// The indicators and key figures of a report beside last year's: this year, last year, change.

import { cellValues, type CellValues } from '../reconcile/values';
import type { Report } from '../report';
import { INDICATORS, KEY_FIGURES, type IndicatorDef, type KeyFigureDef, type Terms } from './definitions';
import { countChange, percentText, pointsChange, type Change, type Ratio } from './ratio';

/** The sum of the terms; null when every cell is blank (nothing was entered to compute from). */
function sumOf(values: CellValues, terms: Terms): number | null {
  if (terms.every((t) => values[t.key] === null || values[t.key] === undefined)) return null;
  return terms.reduce((s, t) => s + t.sign * (values[t.key] ?? 0), 0);
}

/** The indicator's ratio in a report; null when the denominator is blank or 0 (shown "—"). */
export function ratioOf(def: IndicatorDef, report: Report): Ratio | null {
  const values = cellValues(report);
  const denominator = sumOf(values, def.denominator);
  if (denominator === null || denominator <= 0) return null;
  return { numerator: sumOf(values, def.numerator) ?? 0, denominator };
}

/** The sum of a figure's cells (a key figure, an outcome category); null when all are blank. */
export function figureOf(def: Pick<KeyFigureDef, 'keys'>, report: Report): number | null {
  return sumOf(cellValues(report), def.keys.map((key) => ({ key, sign: 1 as const })));
}

export interface IndicatorValue {
  def: IndicatorDef;
  now: Ratio | null;
  before: Ratio | null;
  /** "85.3%" or "—". */
  nowText: string;
  beforeText: string;
  /** null without last year's report or without a value in either year. */
  change: Change | null;
}

export interface FigureValue {
  def: KeyFigureDef;
  now: number | null;
  before: number | null;
  change: Change | null;
}

export function indicators(report: Report, prior: Report | null = null): IndicatorValue[] {
  return INDICATORS.map((def) => {
    const now = ratioOf(def, report);
    const before = prior ? ratioOf(def, prior) : null;
    return { def, now, before, nowText: percentText(now), beforeText: prior ? percentText(before) : '—', change: pointsChange(now, before) };
  });
}

export function keyFigures(report: Report, prior: Report | null = null): FigureValue[] {
  return KEY_FIGURES.map((def) => {
    const now = figureOf(def, report);
    const before = prior ? figureOf(def, prior) : null;
    return { def, now, before, change: countChange(now, before) };
  });
}
