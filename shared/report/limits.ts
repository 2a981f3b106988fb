// How large a figure may be: one fact, checked wherever a figure is accepted — typing and pasting
// (parseCellValue, parseFee), the draft file and IPC (shared/draft), and sums of many units
// (shared/aggregate). So a value the editor accepts is always one the file accepts, and every
// total stays an exact JavaScript number.

import type { CellKind } from '../formats';

/** Counts (件): 12 digits, far beyond any office's figures; a total of thousands stays exact. */
export const MAX_COUNT = 999_999_999_999;
/** Amounts in 万元: summed as integer millionths (amount.ts), which must stay below 2^53. */
export const MAX_AMOUNT = 9_000_000_000;
/** 信息处理费 in 元, also summed as integer millionths. */
export const MAX_FEE_YUAN = 9_000_000_000;

function maxOf(kind: CellKind): number {
  return kind === 'amount' ? MAX_AMOUNT : MAX_COUNT;
}

/** The size of a figure, whatever its shape (sign and decimals are checked by fitsKind). */
export function withinLimit(v: number, kind: CellKind): boolean {
  return Number.isFinite(v) && Math.abs(v) <= maxOf(kind);
}

/** The fee limit, for messages. */
export const FEE_LIMIT_TEXT = `金额最多 ${MAX_FEE_YUAN} 元`;

/** "件数最多 999999999999": what the limit is, for messages. */
export function limitText(kind: CellKind): string {
  return kind === 'amount' ? `金额最多 ${MAX_AMOUNT} 万元` : `件数最多 ${MAX_COUNT}`;
}

/** How much of the report's life a draft may hold: far beyond any office's, well within the file's size cap. */
export const WORKFLOW_LIMITS = { entries: 500, remarks: 2000, name: 50, note: 2000, url: 2000, quote: 400, snippet: 400, anchor: 2500 } as const;
