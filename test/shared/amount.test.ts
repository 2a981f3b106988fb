// Amounts are summed in integer millionths: no floating-point drift across many units.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMillionths, sumAmounts, toMillionths } from '../../shared/report';

describe('amounts in 万元', () => {
  it('sum without drift where plain addition drifts', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumAmounts([14957.701682, 2506.18, 157325])).toBe(174788.881682);
  });

  it('round-trip every six-decimal amount', () => {
    fc.assert(
      fc.property(fc.nat({ max: 8_999_999_999_999 }), (millionths) => {
        expect(toMillionths(fromMillionths(millionths))).toBe(millionths);
      }),
    );
  });

  it('sum many amounts to the exact decimal total', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000_000_000 }), { maxLength: 200 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        expect(sumAmounts(parts.map(fromMillionths))).toBe(fromMillionths(total));
      }),
    );
  });
});
