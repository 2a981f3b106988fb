// Reads a cell value the way real reports and real typing write it (spec §8 "Importer
// consequences", §9): full-width digits, thousands separators, odd spaces, signs written as
// +N/-N/−N/增N/减N, a 万元 suffix, and "/", "—", "-" for not applicable. Anything else is
// refused with a reason in Chinese; nothing is guessed.

import type { CellKind } from '../formats';
import { AMOUNT_DECIMALS, wanyuanFromYuan } from './amount';
import { FEE_LIMIT_TEXT, MAX_AMOUNT, MAX_COUNT, MAX_FEE_YUAN, limitText, withinLimit } from './limits';

export type ParsedCell =
  /** value null: a blank cell (notApplicable false) or a "/" cell (notApplicable true). */
  | { ok: true; value: number | null; notApplicable: boolean }
  | { ok: false; reason: string };

// JS \s covers NBSP, EN/EM SPACE and U+3000; zero-width ones come from copy-paste.
const EDGE_SPACE = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;
const NOT_APPLICABLE = /^(?:\/|-|–|—+|―+)$/;
const SIGN = /^(增加|减少|增|减|\+|-|−)\s*/;
const UNIT_SUFFIX = /\s*(?:万元|萬元)$/;
const INTEGER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

const blank: ParsedCell = { ok: true, value: null, notApplicable: false };
const notApplicable: ParsedCell = { ok: true, value: null, notApplicable: true };
const fail = (reason: string): ParsedCell => ({ ok: false, reason });
const value = (v: number): ParsedCell => ({ ok: true, value: v + 0, notApplicable: false }); // +0 turns -0 into 0

export function parseCellValue(raw: string, kind: CellKind): ParsedCell {
  const text = raw.normalize('NFKC').replace(EDGE_SPACE, '');
  if (text === '') return blank;
  if (NOT_APPLICABLE.test(text)) return notApplicable;
  const shown = `“${text}”`;

  let body = text;
  let negative = false;
  const sign = SIGN.exec(body);
  if (sign) {
    negative = sign[1] === '-' || sign[1] === '−' || sign[1].startsWith('减');
    if (kind !== 'signedCount') {
      return fail(negative ? `${shown}是负数：本栏不能为负数` : `${shown}带有增减符号：只有“本年增/减”栏填写增减数`);
    }
    body = body.slice(sign[0].length);
  }

  if (kind === 'amount') {
    body = body.replace(UNIT_SUFFIX, '');
    if (/元$/.test(body)) {
      const inWanyuan = wanyuanFromYuan(body);
      return fail(`${shown}的单位不是万元：本栏以万元为单位，请换算后填写${inWanyuan === null ? '' : `（即 ${inWanyuan} 万元）`}`);
    }
    const m = DECIMAL.exec(body);
    if (!m) return fail(`${shown}不是金额：请填写以万元为单位的数字，例如 2506.18`);
    if ((m[1]?.length ?? 0) > AMOUNT_DECIMALS) return fail(`${shown}的小数超过 ${AMOUNT_DECIMALS} 位：金额以万元为单位，最多保留 ${AMOUNT_DECIMALS} 位小数`);
    const amount = Number(body.replace(/,/g, ''));
    if (amount > MAX_AMOUNT) return fail(`${shown}过大：${limitText(kind)}，请确认单位为万元`);
    return value(amount);
  }

  if (DECIMAL.test(body) && !INTEGER.test(body)) return fail(`${shown}不是整数：本栏填写件数，应为整数`);
  if (!INTEGER.test(body)) {
    return fail(
      kind === 'signedCount'
        ? `${shown}不是增减数：请填写整数，减少写作 -3 或“减3”`
        : `${shown}不是件数：请填写不小于 0 的整数，不适用填“/”`,
    );
  }
  const n = Number(body.replace(/,/g, ''));
  if (n > MAX_COUNT) return fail(`${shown}过大：${limitText(kind)}`);
  return value(negative ? -n : n);
}

export type ParsedFee = { ok: true; value: number | null } | { ok: false; reason: string };

/** 信息处理费: a count of notices, or an amount in 元 to the 分; blank is null. Limits as for cells. */
export function parseFee(raw: string, kind: 'count' | 'yuan'): ParsedFee {
  const text = raw.normalize('NFKC').replace(/[\s,]/g, '').replace(/元$/, '');
  if (text === '') return { ok: true, value: null };
  if (kind === 'count' ? !/^\d+$/.test(text) : !/^\d+(\.\d{1,2})?$/.test(text)) {
    return { ok: false, reason: kind === 'count' ? '请填写不小于 0 的整数' : '请填写以元为单位的金额，最多两位小数' };
  }
  const v = Number(text);
  if (kind === 'count' && v > MAX_COUNT) return { ok: false, reason: `数字过大：${limitText('count')}` };
  if (kind === 'yuan' && v > MAX_FEE_YUAN) return { ok: false, reason: `金额过大：${FEE_LIMIT_TEXT}` };
  return { ok: true, value: v };
}

/** Whether a stored number fits the kind (files are untrusted; T3-01, T4-01, T2A-01, T2B-01). */
export function fitsKind(v: number, kind: CellKind): boolean {
  if (!Number.isFinite(v)) return false;
  switch (kind) {
    case 'count':
      return Number.isInteger(v) && v >= 0 && withinLimit(v, kind);
    case 'signedCount':
      return Number.isInteger(v) && withinLimit(v, kind);
    case 'amount':
      return v >= 0 && withinLimit(v, kind) && hasAtMostDecimals(v, AMOUNT_DECIMALS);
  }
}

/** By the shortest decimal form of the number, which is how JSON writes it back. */
function hasAtMostDecimals(v: number, decimals: number): boolean {
  const text = String(v);
  if (text.includes('e')) return Number.isInteger(v);
  return (text.split('.')[1] ?? '').length <= decimals;
}

