// Turns schema issues into Chinese sentences that name the field's path in the file. A bad value
// is only ever quoted as a short excerpt, and a whole refusal stays within MAX_MESSAGE characters.

import type { z } from 'zod';

/** The longest message a clerk is shown for one refusal. */
export const MAX_MESSAGE = 300;

const MAX_QUOTED = 40;
const MAX_SEGMENT = 30;

/** A value as it may be quoted in a message: at most ~40 characters of it, never the whole. */
export function excerpt(value: unknown, max: number = MAX_QUOTED): string {
  if (typeof value === 'string') return value.length > max ? `${JSON.stringify(value.slice(0, max))}…` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return '缺失';
  return TYPE_NAMES[typeOf(value)] ?? '值';
}

/** At most `max` characters, cut with "…" (the end of a message is the least useful part). */
export function clip(message: string, max: number = MAX_MESSAGE): string {
  return message.length > max ? `${message.slice(0, max - 1)}…` : message;
}

/** report.cells["apply.R1.NP"], report.notApplicable[2] */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]{0,29}$/.test(String(seg))) out += out ? `.${String(seg)}` : String(seg);
    else out += `[${excerpt(String(seg), MAX_SEGMENT)}]`;
  }
  return out || '文件顶层';
}

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文本',
  boolean: '真/假值',
  object: '对象',
  record: '对象',
  array: '列表',
  tuple: '列表',
  null: '空值 null',
  undefined: '缺失',
  nan: '数字',
  bigint: '整数',
  date: '日期',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describe(v: unknown): string {
  const type = typeOf(v);
  if (type === 'string' || type === 'number' || type === 'boolean') return `${TYPE_NAMES[type]} ${excerpt(v)}`;
  return TYPE_NAMES[type] ?? '其他类型的值';
}

const CHINESE = /[\u4e00-\u9fff]/;

export function issueMessage(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `缺少字段 ${where}`;
      return `${where} 应为${TYPE_NAMES[issue.expected] ?? '其他类型的值'}，实际为${describe(input)}`;
    case 'unrecognized_keys': {
      const listed = issue.keys.slice(0, 3).map((k) => (/^[\w$.-]{1,30}$/.test(k) ? k : excerpt(k, MAX_SEGMENT)));
      const more = issue.keys.length > listed.length ? ` 等 ${issue.keys.length} 个` : '';
      return `${where} 中有无法识别的字段：${listed.join('、')}${more}`;
    }
    case 'invalid_value':
      return `${where} 应为 ${issue.values.slice(0, 5).map((v) => excerpt(v)).join(' 或 ')}，实际为${describe(input)}`;
    case 'too_small':
    case 'too_big':
      // A cap (shared/report/caps) says what the field is and how far it may go; add how far it went.
      if (typeof input === 'string' || Array.isArray(input)) {
        const unit = typeof input === 'string' ? '个字符' : '条';
        if (CHINESE.test(issue.message)) return `${where} ${issue.message}，实际 ${input.length} ${unit}`;
        const bound = (issue as { maximum?: unknown; minimum?: unknown })[issue.code === 'too_big' ? 'maximum' : 'minimum'];
        const word = issue.code === 'too_big' ? (typeof input === 'string' ? '过长：最多' : '过多：最多') : typeof input === 'string' ? '过短：至少' : '过少：至少';
        if (typeof bound === 'number') return `${where} ${word} ${bound} ${unit}，实际 ${input.length} ${unit}`;
      }
      return `${where} 的值 ${describe(input)} 超出允许范围`;
    case 'invalid_format':
    case 'custom':
      // A cap that counted for itself says it all (shared/draft/caps).
      if (issue.code === 'custom' && (issue.params as { worded?: boolean } | undefined)?.worded) return `${where} ${issue.message}`;
      // Our own refinements carry a Chinese reason; a library's English one is never shown.
      return CHINESE.test(issue.message) ? `${where} ${clip(issue.message, 60)}，实际为${describe(input)}` : `${where} 的值 ${describe(input)} 不正确`;
    default:
      return `${where} 的值 ${describe(input)} 不正确`;
  }
}
