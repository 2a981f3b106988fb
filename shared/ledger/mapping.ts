// The clerk's mapping of a ledger: which column is which field (by heading) and what a value
// the dictionary does not know means (once, for good). Saved in user data per layout and offered
// for the next ledger of the same layout; the command line reads one from --mapping <map.json>.

import { z } from 'zod';
import type { EditionId } from '../formats';
import { norm } from './categories';
import { classify, PERSONAL_NAMES, targetsOf, VOCABULARY_OF, type ValueMap } from './classify';
import { APPLICATION_FIELDS, CASE_FIELDS, CATEGORY_FIELDS, FIELD_NAMES, type LedgerField } from './fields';

export interface LedgerMapping {
  /** The layout it was made for (layoutSignature); absent in a hand-written file: any layout. */
  layout?: string;
  /** field → the heading of its column. */
  columns: Partial<Record<LedgerField, string>>;
  /** field → value as the ledger writes it → a key (R3_1, NP …) or the category's name. */
  values: Partial<Record<LedgerField, Record<string, string>>>;
}

export const EMPTY_MAPPING: LedgerMapping = { columns: {}, values: {} };

const FIELDS = [...APPLICATION_FIELDS, ...CASE_FIELDS] as [LedgerField, ...LedgerField[]];
const fieldEnum = z.enum(FIELDS);
/** Far beyond a real ledger's distinct values, well below what would make a mapping file large. */
export const MAX_MAPPED_VALUES = 2000;

export const mappingSchema = z.strictObject({
  layout: z.string().max(4000).optional(),
  columns: z.partialRecord(fieldEnum, z.string().max(200)).default({}),
  values: z.partialRecord(fieldEnum, z.record(z.string().max(500), z.string().max(200))).default({}),
});

export type MappingRead = { ok: true; mapping: LedgerMapping } | { ok: false; message: string };

/** A mapping from JSON text (a file someone wrote): refused with where it is wrong. */
export function parseMapping(text: string): MappingRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: '映射文件不是有效的 JSON' };
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `映射文件格式不正确（${issue.path.join('.') || '顶层'}）：应为 {"columns": {字段: 列标题}, "values": {字段: {台账中的写法: 类别}}}，字段为 ${FIELDS.join('、')}` };
  }
  const count = Object.values(parsed.data.values).reduce((n, v) => n + Object.keys(v ?? {}).length, 0);
  if (count > MAX_MAPPED_VALUES) return { ok: false, message: `映射文件中的取值过多（${count} 个，最多 ${MAX_MAPPED_VALUES} 个）` };
  return { ok: true, mapping: parsed.data as LedgerMapping };
}

/**
 * The value maps for counting: each value normalised, each target a key of this edition (a
 * category's name is accepted too). Targets the edition does not have are refused, named.
 */
export function valueMaps(mapping: LedgerMapping, edition: EditionId): { ok: true; maps: Partial<Record<LedgerField, ValueMap>> } | { ok: false; message: string } {
  const maps: Partial<Record<LedgerField, ValueMap>> = {};
  for (const [field, values] of Object.entries(mapping.values) as [LedgerField, Record<string, string>][]) {
    const vocabulary = VOCABULARY_OF[field];
    if (!vocabulary || !CATEGORY_FIELDS.has(field)) continue;
    const targets = targetsOf(edition, vocabulary);
    const map = new Map<string, string>();
    for (const [value, target] of Object.entries(values)) {
      const byName = [...targets].find(([, name]) => norm(name) === norm(target))?.[0];
      const meaning = targets.has(target) ? target : (byName ?? oneKey(classify(edition, field, target)));
      if (!meaning || !targets.has(meaning)) {
        return { ok: false, message: `映射中${FIELD_NAMES[field]}“${value}”对应的“${target}”不是 ${edition} 年版格式中的类别，可用：${[...targets.values()].join('、')}` };
      }
      map.set(norm(value), meaning);
    }
    maps[field] = map;
  }
  return { ok: true, maps };
}

const oneKey = (m: ReturnType<typeof classify>) => (m.kind === 'one' ? m.key : null);

/** The mapping with one more value mapped (the clerk's choice in the mapping step). */
export function withValue(mapping: LedgerMapping, field: LedgerField, value: string, key: string): LedgerMapping {
  return { ...mapping, values: { ...mapping.values, [field]: { ...mapping.values[field], [value]: key } } };
}

/**
 * What is kept in user data: never a value of the 申请人名称 column (a person's name) — only the
 * clerk's choice for names as such (PERSONAL_NAMES); the rest as the clerk mapped it.
 */
export function storable(mapping: LedgerMapping): LedgerMapping {
  const { applicantName: names, ...values } = mapping.values;
  const forNames = names?.[PERSONAL_NAMES];
  return { ...mapping, values: forNames ? { ...values, applicantName: { [PERSONAL_NAMES]: forNames } } : values };
}
