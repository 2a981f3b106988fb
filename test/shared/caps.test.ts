// What a draft may hold (shared/report/caps): a draft at every cap opens; one over a cap is
// refused — as a file, over IPC and as an import — with a message naming the field.

import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_BYTES, WORKFLOW_LIMITS, parseDraft, serializeDraft, validateReport } from '../../shared/draft';
import { importText } from '../../shared/import';
import * as caps from '../../shared/report/caps';
import type { Report } from '../../shared/report';
import { largeDraft } from '../bench/largeDraft';
import { loadFixture } from '../helpers';

const sample = loadFixture('sample-2024');
const empty = Object.fromEntries(Object.keys(sample.text).map((k) => [k, ''])) as Report['text'];
const lines = (n: number, width: number) => Array.from({ length: n }, () => '字'.repeat(width)).join('\n');

const OVER: [string, Report, string][] = [
  ['the organisation', { ...sample, organization: '局'.repeat(caps.MAX_ORGANIZATION_CHARS + 1) }, 'report.organization 机关名称过长：最多 100 个字符，实际 101 个字符'],
  ['the title', { ...sample, title: '题'.repeat(caps.MAX_TITLE_CHARS + 1) }, 'report.title 标题过长：最多 200 个字符，实际 201 个字符'],
  ['a part’s characters', { ...sample, text: { ...sample.text, overview: '字'.repeat(caps.MAX_PART_CHARS + 1) } }, 'report.text.overview 「一、总体情况」的文字过长：最多 50000 个字符，实际 50001 个字符'],
  ['a part’s paragraphs', { ...sample, text: { ...sample.text, problems: lines(caps.MAX_PART_LINES + 1, 1) } }, 'report.text.problems 「五、存在的主要问题及改进情况」段落过多：最多 1000 段，实际 1001 段'],
  [
    'the whole narrative’s characters',
    { ...sample, text: { ...empty, overview: '字'.repeat(40_000), problems: '字'.repeat(40_000), other: '字'.repeat(30_000) } },
    'report.text 正文过长：前言和六个部分合计最多 100000 个字符，实际 110000 个字符',
  ],
  [
    'the whole narrative’s paragraphs',
    { ...sample, text: { ...empty, preamble: lines(700, 1), overview: lines(700, 1), problems: lines(700, 1), other: '无' } },
    'report.text 正文段落过多：前言和六个部分合计最多 2000 段，实际 2101 段',
  ],
  [
    'the accepted warnings',
    { ...sample, acknowledgements: Array.from({ length: caps.MAX_ACKNOWLEDGEMENTS + 1 }, (_, i) => ({ rule: 'TXT-01', anchor: `part:overview:${i}`, reason: '属实' })) },
    'report.acknowledgements 已说明的警告过多：最多 500 条，实际 501 条',
  ],
  ['a reason', { ...sample, acknowledgements: [{ rule: 'TXT-01', anchor: 'part:overview', reason: '因'.repeat(caps.MAX_REASON_CHARS + 1) }] }, 'report.acknowledgements[0].reason 说明过长：最多 2000 个字符，实际 2001 个字符'],
  ['the explanations', { ...sample, explanations: Object.fromEntries(Array.from({ length: caps.MAX_EXPLANATIONS + 1 }, (_, i) => [`R-${i}`, '说明'])) }, 'report.explanations 说明过多：最多 100 条，实际 101 条'],
  [
    'the import notes',
    { ...sample, importRecord: { source: 'a.txt', importedAt: '2025-01-01T00:00:00Z', notes: Array.from({ length: caps.MAX_IMPORT_NOTES + 1 }, () => '删去原文一行') } },
    'report.importRecord.notes 导入说明过多：最多 1000 条，实际 1001 条',
  ],
];

describe('a draft over a cap', () => {
  it.each(OVER)('%s: refused as a file and over IPC, naming the field', (_what, report, message) => {
    const file = parseDraft(serializeDraft(report));
    expect(!file.ok && file.message).toBe(`文件内容有误：\n  · ${message}`);
    const ipc = validateReport(report);
    expect(!ipc.ok && ipc.message).toBe(`报告内容有误：\n  · ${message}`);
  });

  it('the cells printed as "/": refused over IPC (a file is written with each cell once)', () => {
    const ipc = validateReport({ ...sample, notApplicable: Array.from({ length: caps.MAX_NOT_APPLICABLE + 1 }, () => 'active.REG.ISSUED') });
    expect(!ipc.ok && ipc.message).toBe('报告内容有误：\n  · report.notApplicable 不适用（“/”）的单元格过多：最多 500 条，实际 501 条');
  });

  it('a list of the report’s life past its limit (WORKFLOW_LIMITS) says its limit too', () => {
    const remark = { id: 'a', anchor: 'x', quote: 'q', text: 't', by: '张三', at: '2025-01-01', resolved: null };
    const remarks = Array.from({ length: WORKFLOW_LIMITS.remarks + 1 }, (_, i) => ({ ...remark, id: String(i) }));
    const ipc = validateReport({ ...sample, workflow: { ...sample.workflow, remarks } });
    expect(!ipc.ok && ipc.message).toBe(`报告内容有误：\n  · report.workflow.remarks 过多：最多 ${WORKFLOW_LIMITS.remarks} 条，实际 ${WORKFLOW_LIMITS.remarks + 1} 条`);
  });

  it('refused as last year’s report too, named as such', () => {
    const file = parseDraft(serializeDraft(sample, new Date(), { ...sample, organization: '局'.repeat(101) }));
    expect(!file.ok && file.message).toBe('文件内容有误：\n  · prior.organization 机关名称过长：最多 100 个字符，实际 101 个字符');
  });

  it('refused as an import, naming the part', () => {
    // Sentences, each a paragraph: a line that does not end one would be joined to the next.
    const body = lines(caps.MAX_PART_LINES + 500, 7).replaceAll('\n', '。\n') + '。';
    const imported = importText(`某县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n${body}\n二、主动公开政府信息情况\n`);
    expect('message' in imported && imported.message).toBe('导入后的草稿超出了草稿能容纳的范围，不像是一份年报：report.text.overview 「一、总体情况」段落过多：最多 1000 段，实际 1500 段');
  });
});

describe('a draft at every cap', () => {
  it('opens: the benchmark’s draft, every list and text at its cap, 8 MB with last year’s', () => {
    const { report, prior, bytes } = largeDraft();
    expect(bytes).toBeGreaterThan(MAX_DRAFT_BYTES * 0.95);
    expect(report.acknowledgements).toHaveLength(caps.MAX_ACKNOWLEDGEMENTS);
    expect(Object.values(report.text).reduce((n, t) => n + t.length, 0)).toBe(caps.MAX_TEXT_CHARS);
    expect(Object.values(report.text).reduce((n, t) => n + caps.lineCount(t), 0)).toBe(caps.MAX_TEXT_LINES);
    const parsed = parseDraft(serializeDraft(report, new Date(), prior));
    expect(parsed.ok).toBe(true);
  });

  it('counts paragraphs as lines', () => {
    expect([caps.lineCount(''), caps.lineCount('a'), caps.lineCount('a\nb'), caps.lineCount('\n\n')]).toEqual([0, 1, 2, 3]);
  });
});
