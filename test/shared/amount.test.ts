// Amounts are summed in integer millionths: no floating-point drift across many units.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMillionths, sumAmounts, toMillionths, wanyuanFromYuan } from '../../shared/report';

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

describe('wanyuanFromYuan: an amount printed in 元 where the form asks for 万元', () => {
  it('is converted exactly, to the 分', () => {
    expect(wanyuanFromYuan('251000元')).toBe(25.1);
    expect(wanyuanFromYuan('1,234,567.89 元')).toBe(123.456789);
    expect(wanyuanFromYuan('０.０１元')).toBe(0.000001);
  });

  it('reads nothing else: 万元, no unit, fractions of a 分, words', () => {
    for (const text of ['25.1万元', '251000', '1.234元', '约25万元', '251000元整', '-5元', '']) expect(wanyuanFromYuan(text)).toBeNull();
  });
});
