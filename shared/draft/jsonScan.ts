// One linear pass over a draft's text before JSON.parse sees it: the JSON grammar (RFC 8259),
// the nesting depth and the key names that could pollute prototypes. Each problem is told in
// Chinese with its line and column, which V8's own messages do not always give.

import { excerpt, fieldPath } from './messages';

/** A draft is nested five levels deep; anything far beyond is not one (and would exhaust the stack). */
export const MAX_JSON_DEPTH = 64;

/** Keys that reach Object.prototype when copied into a plain object: refused, never dropped. */
export const POLLUTING_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonProblem {
  /** Bad JSON, too deep to be a draft, or a key that could pollute prototypes. */
  kind: 'syntax' | 'depth' | 'key';
  line: number;
  column: number;
  /** What is wrong at that place, e.g. "此处缺少逗号"; the place itself is in line and column. */
  what: string;
}

const enum Expect {
  Value,
  ValueOrClose, // right after "["
  KeyOrClose, // right after "{"
  Key, // after "," in an object
  Colon,
  CommaOrClose,
  End,
}

interface Frame {
  array: boolean;
  /** The current key (raw, still escaped) or array index: for naming a place. */
  key: string | number;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The first problem in the text, or null when JSON.parse will accept it within the depth. */
export function scanJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonProblem | null {
  const stack: Frame[] = [];
  let expect = Expect.Value;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const problem = (at: number, what: string, kind: JsonProblem['kind'] = 'syntax'): JsonProblem => ({ kind, line, column: columnOf(text, lineStart, at), what });

  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (WHITESPACE.has(c)) {
      if (c === 0x0a) {
        line++;
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    switch (expect) {
      case Expect.End:
        return problem(i, `JSON 内容已经结束，后面还有多余的${shown(text, i)}`);
      case Expect.Colon:
        if (c !== 0x3a) return problem(i, `字段名后应为冒号 :，实际为${shown(text, i)}`);
        i++;
        expect = Expect.Value;
        continue;
      case Expect.CommaOrClose:
        if (c === 0x2c) {
          i++;
          if (top.array) {
            top.key = (top.key as number) + 1;
            expect = Expect.Value;
          } else expect = Expect.Key;
          continue;
        }
        if (c === (top.array ? 0x5d : 0x7d)) {
          stack.pop();
          i++;
          expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
          continue;
        }
        return problem(i, `此处应为逗号或${top.array ? '右方括号 ]' : '右花括号 }'}，实际为${shown(text, i)}`);
      case Expect.KeyOrClose:
      case Expect.Key: {
        if (c === 0x7d && expect === Expect.KeyOrClose) {
          stack.pop();
          i++;
          expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
          continue;
        }
        if (c !== 0x22) {
          const trailing = c === 0x7d ? '（JSON 不允许最后一项后面有逗号）' : '';
          return problem(i, `此处应为带双引号的字段名，实际为${shown(text, i)}${trailing}`);
        }
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return problem(end.at, end.what);
        const raw = text.slice(i + 1, end);
        const name = decodeKey(raw);
        if (POLLUTING_KEYS.has(name)) {
          const where = fieldPath(stack.slice(0, -1).map((f) => (typeof f.key === 'number' ? f.key : decodeKey(f.key))));
          return problem(i, `${where} 中不允许出现字段名 ${JSON.stringify(name)}（可能是被篡改的文件）`, 'key');
        }
        top.key = raw;
        i = end + 1;
        expect = Expect.Colon;
        continue;
      }
      case Expect.ValueOrClose:
      case Expect.Value: {
        if (c === 0x5d && expect === Expect.ValueOrClose) {
          stack.pop();
          i++;
          expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
          continue;
        }
        if (c === 0x7b || c === 0x5b) {
          if (stack.length >= maxDepth) return problem(i, `嵌套超过 ${maxDepth} 层，年报草稿不会有这样的结构`, 'depth');
          stack.push({ array: c === 0x5b, key: 0 });
          i++;
          expect = c === 0x5b ? Expect.ValueOrClose : Expect.KeyOrClose;
          continue;
        }
        if (c === 0x5d && expect === Expect.Value && top?.array) return problem(i, '此处应为一个值（JSON 不允许最后一项后面有逗号）');
        const end = valueEnd(text, i);
        if (typeof end !== 'number') return problem(end.at, end.what);
        i = end;
        expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
        continue;
      }
    }
  }
  if (expect === Expect.End) return null;
  if (stack.length === 0) return problem(i, '文件是空的，没有任何内容');
  return problem(i, `文件在此处意外结束，缺少${stack[stack.length - 1].array ? '右方括号 ]' : '右花括号 }'}（文件可能不完整）`);
}

type Failure = { at: number; what: string };

/** Index of the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number | Failure {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i;
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, what: '字符串中的 \\u 转义后应为 4 位十六进制数' };
        i += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else return { at: i, what: `字符串中有无效的转义 ${excerpt(text.slice(i, i + 2))}` };
      continue;
    }
    if (c < 0x20) {
      return { at: i, what: c === 0x0a || c === 0x0d ? '字符串在行尾没有结束（缺少右双引号）' : `字符串中有未转义的控制字符 U+${c.toString(16).padStart(4, '0').toUpperCase()}` };
    }
    i++;
  }
  return { at: start, what: '字符串没有结束（缺少右双引号，文件可能不完整）' };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Index just past the string, number or literal starting at `start`. */
function valueEnd(text: string, start: number): number | Failure {
  const c = text[start];
  if (c === '"') {
    const end = stringEnd(text, start);
    return typeof end === 'number' ? end + 1 : end;
  }
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = start;
    if (!NUMBER.test(text)) return { at: start, what: `数字格式不正确：${excerpt(text.slice(start, start + 12))}` };
    const end = NUMBER.lastIndex;
    if (/[0-9.eE+-]/.test(text[end] ?? '')) return { at: start, what: `数字格式不正确：${excerpt(text.slice(start, end + 1))}` };
    return end;
  }
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  return { at: start, what: `此处应为一个值（数字、文本、true、false、null、对象或列表），实际为${shown(text, start)}` };
}

function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The character at i, for a message: quoted when printable, as U+XXXX when not. */
function shown(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  const ch = String.fromCodePoint(cp);
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfeff ? `字符 U+${cp.toString(16).padStart(4, '0').toUpperCase()}` : `“${ch}”`;
}

/** 1-based column in characters (a surrogate pair counts once) of index `at` on its line. */
function columnOf(text: string, lineStart: number, at: number): number {
  let column = 1;
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) column++;
  }
  return column;
}
