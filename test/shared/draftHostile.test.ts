// Hostile draft files (issue 12): deep nesting, prototype-polluting keys, malformed JSON and huge
// values are refused in Chinese, naming the place, in at most 300 characters — never a crash.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft, scanJson, serializeDraft, validateReport } from '../../shared/draft';
import { loadFixture } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break untyped JSON on purpose
type Json = Record<string, any>;
const draftText = () => serializeDraft(loadFixture('tianshui-2020'));
const refusal = (text: string): string => {
  const result = parseDraft(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
};

/** Chinese, short, no English sentence from a library, no stack trace. */
function expectClerkMessage(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message.length).toBeLessThanOrEqual(300);
  expect(message).not.toMatch(/[A-Za-z]{3,}[ ,:]+[A-Za-z]{3,}[ ,:]+[A-Za-z]{3,}/);
  expect(message).not.toMatch(/\bat .*:\d+:\d+/);
}

describe('nesting depth is checked before JSON.parse', () => {
  it('refuses 10,000 levels at once, naming the line and column where the limit is passed', () => {
    const message = refusal(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(message).toContain('第 1 行第 65 列');
    expect(message).toContain('嵌套超过 64 层');
    expectClerkMessage(message);
  });

  it('refuses an 8 KB draft nested 4,100 levels deep inside a real draft', () => {
    const text = draftText().replace('"title": null', `"title": ${'{"a":'.repeat(4100)}1${'}'.repeat(4100)}`);
    const message = refusal(text);
    expect(message).toMatch(/第 \d+ 行第 \d+ 列/);
    expectClerkMessage(message);
  });

  it('accepts 64 levels as far as the grammar goes', () => {
    expect(scanJson(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeNull();
    expect(scanJson(`${'['.repeat(65)}${']'.repeat(65)}`)).toMatchObject({ line: 1, column: 65 });
  });
});

describe('keys that would pollute prototypes are refused, not dropped', () => {
  it.each([
    ['"__proto__"', 'report.cells'],
    ['"\\u005f_proto__"', 'report.cells'],
    ['"constructor"', 'report.cells'],
  ])('%s among the cells', (key, where) => {
    const text = draftText().replace('"cells": {', `"cells": {\n    ${key}: {"x": 1},`);
    const message = refusal(text);
    expect(message).toContain(where);
    expect(message).toMatch(/第 \d+ 行第 5 列/);
    expect(message).toMatch(/不允许出现字段名 "(__proto__|constructor)"/);
    expectClerkMessage(message);
  });

  it('at the top of the file', () => {
    expect(refusal('{"prototype": 1}')).toContain('文件顶层 中不允许出现字段名 "prototype"');
  });

  it('in a report that arrives over IPC (already parsed)', () => {
    const report = JSON.parse(JSON.stringify(loadFixture('tianshui-2020')).replace('"cells":{', '"cells":{"__proto__":{"polluted":1},'));
    const result = validateReport(report);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('report.cells 中不允许出现字段名 "__proto__"');
  });
});

describe('malformed JSON: every message names the place', () => {
  it.each([
    ['a missing comma', '{"a": 1\n "b": 2}', 2, 2, '应为逗号'],
    ['a trailing comma', '{"a": 1,\n}', 2, 1, '最后一项后面有逗号'],
    ['a trailing comma in a list', '[1, 2,]', 1, 7, '最后一项后面有逗号'],
    ['a cut-off file', '{"a": [1, 2', 1, 12, '意外结束'],
    ['an unterminated string', '{"a": "abc', 1, 7, '缺少右双引号'],
    ['a raw line break in a string', '{"a": "ab\nc"}', 1, 10, '行尾没有结束'],
    ['a single-quoted key', "{'a': 1}", 1, 2, '带双引号的字段名'],
    ['a bad escape', '{"a": "\\x41"}', 1, 8, '无效的转义'],
    ['a leading zero', '{"a": 012}', 1, 7, '数字格式不正确'],
    ['NaN', '{"a": NaN}', 1, 7, '应为一个值'],
    ['text after the end', '{"a": 1} x', 1, 10, '多余的'],
    ['an empty file', '   \n  ', 2, 3, '文件是空的'],
    ['CJK before the fault counts one column per character', '{"机关": "某县"，"a": 1}', 1, 12, '应为逗号'],
  ])('%s', (_name, text, line, column, what) => {
    const message = refusal(text);
    expect(message).toContain(`第 ${line} 行第 ${column} 列`);
    expect(message).toContain(what);
    expectClerkMessage(message);
  });

  it('agrees with JSON.parse on any text, and names a line and column for every refusal', () => {
    const valid = draftText();
    const broken = fc.oneof(
      fc.json({ maxDepth: 6 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 3 })).map(([at, cut, insert]) => {
        const i = at % valid.length;
        return valid.slice(0, i) + insert + valid.slice(i + cut);
      }),
    );
    fc.assert(
      fc.property(broken, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const problem = scanJson(text);
        if (problem?.kind === 'key') return; // valid JSON that a draft may not hold
        expect(problem === null).toBe(parses);
        if (!parses) {
          const message = refusal(text);
          expect(message).toMatch(/第 \d+ 行第 \d+ 列/);
          expectClerkMessage(message);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('messages quote a bad value, never all of it', () => {
  const doc = () => JSON.parse(draftText());
  const huge = 'x'.repeat(1_000_000);

  it.each([
    ['a huge text where a figure belongs', (d: Json) => (d.report.cells['apply.R1.NP'] = huge)],
    ['a huge unknown field name', (d: Json) => (d.report[huge] = 1)],
    ['a huge kind', (d: Json) => (d.kind = huge)],
    ['a huge fileVersion', (d: Json) => (d.fileVersion = huge)],
    ['a huge cell key', (d: Json) => (d.report.cells[huge] = 1)],
    ['cells that are a list (zod says "record")', (d: Json) => (d.report.cells = [1])],
    ['a thousand wrong cells', (d: Json) => Object.keys(d.report.cells).forEach((k) => (d.report.cells[k] = huge.slice(0, 1000)))],
  ])('%s', (_name, spoil) => {
    const d = doc();
    spoil(d);
    const message = refusal(JSON.stringify(d));
    expectClerkMessage(message);
    expect(message).not.toContain('record');
  });

  it('says 应为对象 where zod expected a record', () => {
    const d = doc();
    d.report.cells = [1];
    expect(refusal(JSON.stringify(d))).toContain('report.cells 应为对象，实际为列表');
  });
});
