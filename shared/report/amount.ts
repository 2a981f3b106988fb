// Amounts in 万元 keep up to 6 decimals (design §3). Sums are done in integer millionths so
// that adding many units' amounts never drifts, and converted back once at the end.

export const AMOUNT_DECIMALS = 6;
const SCALE = 1_000_000;

/** Exact for any number that parseCellValue accepted as an amount. */
export function toMillionths(amount: number): number {
  return Math.round(amount * SCALE);
}

export function fromMillionths(millionths: number): number {
  // Through the decimal string, so 14957701682 → 14957.701682 exactly as typed.
  const sign = millionths < 0 ? '-' : '';
  const digits = String(Math.abs(millionths)).padStart(AMOUNT_DECIMALS + 1, '0');
  const whole = digits.slice(0, -AMOUNT_DECIMALS);
  const frac = digits.slice(-AMOUNT_DECIMALS).replace(/0+$/, '');
  return Number(`${sign}${whole}${frac ? `.${frac}` : ''}`);
}

export function sumAmounts(amounts: Iterable<number>): number {
  let total = 0;
  for (const a of amounts) total += toMillionths(a);
  return fromMillionths(total);
}

/**
 * "251000元" → 25.1 (万元), exactly: a published report that printed an amount in 元 where the form
 * asks for 万元 says the figure itself. 1 分 is one millionth of a 万元. null unless the text is a
 * plain amount in 元 (to the 分).
 */
export function wanyuanFromYuan(raw: string): number | null {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?元$/.exec(raw.normalize('NFKC').replace(/[\s,，]/g, ''));
  if (!m) return null;
  return fromMillionths(Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')));
}
