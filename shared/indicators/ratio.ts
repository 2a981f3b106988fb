// Exact percentages of two counts and their change, as a 图解 prints them: one decimal, rounded
// half up on the exact fraction (no floating-point drift), "—" where the denominator is 0 or blank.

export interface Ratio {
  numerator: number;
  denominator: number;
}

/** What a figure shows when it cannot be computed (a division by zero, a blank table). */
export const NO_VALUE = '—';

/** The ratio in tenths of a percent (853 for 85.3 %), exact; null when there is no denominator. */
export function percentTenths(ratio: Ratio | null): number | null {
  if (!ratio || ratio.denominator <= 0) return null;
  // Half up on the exact fraction: floor((2·n·1000 + d) / 2d), in BigInt so that no count overflows.
  const n = BigInt(ratio.numerator);
  const d = BigInt(ratio.denominator);
  const twice = 2n * n * 1000n + (n >= 0n ? d : -d);
  const q = twice / (2n * d);
  return Number(q);
}

/** "85.3%", or "—". */
export function percentText(ratio: Ratio | null): string {
  const tenths = percentTenths(ratio);
  return tenths === null ? NO_VALUE : `${tenthsText(tenths)}%`;
}

/** 853 → "85.3"; −12 → "-1.2". */
export function tenthsText(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const a = Math.abs(tenths);
  return `${sign}${Math.floor(a / 10)}.${a % 10}`;
}

export type Direction = 'up' | 'down' | 'same';

export interface Change {
  direction: Direction;
  /** The size of the change, for charts: tenths of a point for indicators, the count for figures. */
  amount: number;
  /** “较上年上升2.3个百分点”, “较上年减少3件”, “与上年持平”. */
  text: string;
  /** “+2.3”, “-3”, “0”: the change as a signed figure, for tables and charts. */
  signed: string;
}

const direction = (d: number): Direction => (d > 0 ? 'up' : d < 0 ? 'down' : 'same');

/**
 * The change of a percentage in points. It is the difference of the two *printed* percentages, so
 * that the figures on the page add up for a reader (85.3 − 83.1 = 2.2), never a third rounding.
 */
export function pointsChange(now: Ratio | null, before: Ratio | null): Change | null {
  const a = percentTenths(now);
  const b = percentTenths(before);
  if (a === null || b === null) return null;
  const d = a - b;
  const size = tenthsText(Math.abs(d));
  return {
    direction: direction(d),
    amount: d,
    text: d === 0 ? '与上年持平' : `较上年${d > 0 ? '上升' : '下降'}${size}个百分点`,
    signed: d === 0 ? '0' : `${d > 0 ? '+' : '-'}${size}`,
  };
}

/** The change of a count (件). */
export function countChange(now: number | null, before: number | null): Change | null {
  if (now === null || before === null) return null;
  const d = now - before;
  return {
    direction: direction(d),
    amount: d,
    text: d === 0 ? '与上年持平' : `较上年${d > 0 ? '增加' : '减少'}${Math.abs(d)}件`,
    signed: d === 0 ? '0' : `${d > 0 ? '+' : '-'}${Math.abs(d)}`,
  };
}
