// Turns schema issues into Chinese sentences that name the field's path in the file.

import type { z } from 'zod';

/** report.cells["apply.R1.NP"], report.notApplicable[2] */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(seg))) out += out ? `.${String(seg)}` : String(seg);
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out || '文件顶层';
}

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  string: '文本',
  boolean: '真/假值',
  object: '对象',
  array: '列表',
  null: '空值 null',
  undefined: '缺失',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describe(v: unknown): string {
  const type = typeOf(v);
  if (type === 'string' || type === 'number' || type === 'boolean') {
    const s = JSON.stringify(v);
    return `${TYPE_NAMES[type]} ${s.length > 40 ? `${s.slice(0, 40)}…` : s}`;
  }
  return TYPE_NAMES[type] ?? type;
}

export function issueMessage(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `缺少字段 ${where}`;
      return `${where} 应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际为${describe(input)}`;
    case 'unrecognized_keys':
      return `${where} 中有无法识别的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `${where} 应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}，实际为${describe(input)}`;
    case 'too_small':
    case 'too_big':
      return `${where} 的值 ${describe(input)} 超出允许范围`;
    default:
      return `${where} 不正确：${issue.message}`;
  }
}
