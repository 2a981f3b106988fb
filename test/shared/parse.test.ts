// parseCellValue accepts what real reports and real typing produce (spec §8, §9) and refuses
// the rest with a Chinese reason.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsKind, parseCellValue, type ParsedCell } from '../../shared/report';

const ok = (value: number | null, notApplicable = false): ParsedCell => ({ ok: true, value, notApplicable });

describe('parseCellValue: what real reports write', () => {
  it.each([
    ['80', 'count', 80],
    ['0 ', 'count', 0],
    ['\u00a00', 'count', 0], // NBSP padding (shangjie-2020)
    ['\u2002\u20021', 'count', 1], // EN SPACE padding (hongqiao-2020)
    ['      50', 'count', 50],
    ['\u3000１２３\u3000', 'count', 123], // full-width digits and ideographic space
    ['321,028', 'count', 321028],
    ['３２１，０２８', 'count', 321028],
    ['+46', 'signedCount', 46], // tianshui-2020
    ['-1', 'signedCount', -1], // shangjie-2020
    ['−3', 'signedCount', -3], // U+2212 MINUS SIGN
    ['－3', 'signedCount', -3], // full-width hyphen-minus
    ['减75', 'signedCount', -75], // hongqiao-2020
    ['增5', 'signedCount', 5],
    ['减少 2', 'signedCount', -2],
    ['61', 'signedCount', 61],
    ['-0', 'signedCount', 0],
    ['157325万元', 'amount', 157325], // tianshui-2020
    ['2506.18萬元', 'amount', 2506.18],
    ['14957.701682万元', 'amount', 14957.701682], // hongqiao-2020, six decimals
    ['48923', 'amount', 48923],
    ['1,268.4315 万元', 'amount', 1268.4315],
  ] as const)('%j as %s → %d', (raw, kind, value) => {
    expect(parseCellValue(raw, kind)).toEqual(ok(value));
  });

  it.each(['', '   ', '\u3000', '\u00a0'])('%j is a blank cell, distinct from 0', (raw) => {
    expect(parseCellValue(raw, 'count')).toEqual(ok(null));
  });

  it.each(['/', '／', '—', '——', '-', ' - ', '–'])('%j means not applicable', (raw) => {
    for (const kind of ['count', 'signedCount', 'amount'] as const) expect(parseCellValue(raw, kind)).toEqual(ok(null, true));
  });
});

describe('parseCellValue: refusals say why, in Chinese', () => {
  it.each([
    ['12.5', 'count', '不是整数'],
    ['-3', 'count', '不能为负数'],
    ['减3', 'count', '不能为负数'],
    ['+3', 'count', '只有“本年增/减”栏'],
    ['abc', 'count', '不是件数'],
    ['12件', 'count', '不是件数'],
    ['1,2345', 'count', '不是件数'],
    ['1 234', 'count', '不是件数'],
    ['+', 'signedCount', '不是增减数'],
    ['增', 'signedCount', '不是增减数'],
    ['3.5', 'signedCount', '不是整数'],
    ['157325元', 'amount', '单位不是万元：本栏以万元为单位，请换算后填写（即 15.7325 万元）'],
    ['1.1234567', 'amount', '小数超过 6 位'],
    ['-5', 'amount', '不能为负数'],
    ['5.', 'amount', '不是金额'],
    ['.5', 'amount', '不是金额'],
    ['99999999999', 'amount', '过大'],
    ['99999999999999999999', 'count', '过大'],
  ] as const)('%j as %s: %s', (raw, kind, reason) => {
    const result = parseCellValue(raw, kind);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(reason);
      expect(result.reason).toContain(raw.trim());
    }
  });
});

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const SPACES = [' ', '\u00a0', '\u2002', '\u2003', '\u3000', '\t'];
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]);
const withThousands = (n: number) => n.toLocaleString('en-US');
const padding = fc.array(fc.constantFrom(...SPACES), { maxLength: 3 }).map((a) => a.join(''));

describe('parseCellValue: properties', () => {
  it('reads back any count however it is written', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.boolean(), fc.boolean(), padding, padding, (n, wide, thousands, pre, post) => {
        let text = thousands ? withThousands(n) : String(n);
        if (wide) text = toFullWidth(text);
        expect(parseCellValue(`${pre}${text}${post}`, 'count')).toEqual(ok(n));
      }),
    );
  });

  it('reads back any signed change in every accepted notation', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.boolean(), (n, words) => {
        const abs = String(Math.abs(n));
        const text = n < 0 ? (words ? `减${abs}` : `${['-', '−', '－'][Math.abs(n) % 3]}${abs}`) : words ? `增${abs}` : `+${abs}`;
        expect(parseCellValue(text, 'signedCount')).toEqual(ok(n));
      }),
    );
  });

  it('keeps amounts with up to six decimals exactly, with or without the unit', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99_999_999 }), fc.nat({ max: 999_999 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('', '万元', '萬元', ' 万元'), (whole, frac, places, unit) => {
        const decimals = places === 0 ? '' : `.${String(frac).padStart(6, '0').slice(0, places)}`;
        const text = `${whole}${decimals}`;
        const result = parseCellValue(`${text}${unit}`, 'amount');
        expect(result).toEqual(ok(Number(text)));
        if (result.ok && result.value !== null) expect(fitsKind(result.value, 'amount')).toBe(true);
      }),
    );
  });

  it('never throws, and every accepted value fits its kind', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom('count', 'signedCount', 'amount'), (raw, kind) => {
        const result = parseCellValue(raw, kind);
        if (result.ok && result.value !== null) expect(fitsKind(result.value, kind)).toBe(true);
        if (!result.ok) expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses anything with letters in it', () => {
    fc.assert(
      fc.property(fc.nat(), fc.stringMatching(/^[a-zA-Z]{1,3}$/), (n, letters) => {
        expect(parseCellValue(`${n}${letters}`, 'count').ok).toBe(false);
      }),
    );
  });
});
