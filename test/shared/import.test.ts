// Import of published reports: the three fixtures to their hand-checked figures, never guessing,
// the shapes real pages come in, and what is reported.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { importPublished, importText, type Imported } from '../../shared/import';
import { cellValues } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { referencePath } from '../helpers';
import { expectTraceable, textResolver } from '../importTrace';

const FIXTURES = referencePath();
const published = (name: string) => readFileSync(join(FIXTURES, 'published', `${name}.txt`), 'utf8');
const expected = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'expected', `${name}.json`), 'utf8'));
const ok = (r: Imported) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

const COLUMNS = ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT'];
const ACTIVE_ROWS: Record<string, string> = { 规章: 'REG', 规范性文件: 'NORM', 行政许可: 'LIC', 其他对外管理服务事项: 'SVC', 行政处罚: 'PEN', 行政强制: 'ENF', 行政事业性收费: 'FEE', 政府集中采购: 'PROC' };
const ACTIVE_COLUMNS: Record<string, string> = { 本年新制作数量: 'MADE', 本年新公开数量: 'PUBLISHED', 对外公开总数量: 'TOTAL_PUBLIC', 上一年项目数量: 'PREV_ITEMS', '本年增/减': 'DELTA', 处理决定数量: 'DECISIONS', 采购项目数量: 'ITEMS', 采购总金额_万元: 'AMOUNT' };
const REVIEW = ['RV', 'LD', 'LR'].flatMap((r) => ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'].map((c) => `review.${r}.${c}`));

/** The hand-checked figures of test/fixtures/reference/expected as cell key → value (null: unknown). */
function expectedCells(name: string): Record<string, number | null> {
  const e = expected(name);
  const out: Record<string, number | null> = {};
  for (const block of Object.values(e.active) as Record<string, Record<string, string | number>>[]) {
    for (const [row, cols] of Object.entries(block)) for (const [col, v] of Object.entries(cols)) out[`active.${ACTIVE_ROWS[row]}.${ACTIVE_COLUMNS[col]}`] = Number(v);
  }
  for (const [row, values] of Object.entries(e.applications as Record<string, number[]>)) values.forEach((v, i) => (out[`apply.${row}.${COLUMNS[i]}`] = v));
  (e.review_litigation as (number | null)[]).forEach((v, i) => (out[REVIEW[i]] = v));
  return out;
}

/**
 * Figures the hand-check put in reading order where the page does not prove their columns:
 * shangjie-2020's table 四 prints 13 of its 15 cells (its notes say so); the blocks whose 总计
 * add up are proved, the three figures after them could belong to any of the last five cells.
 */
const UNPROVEN: Record<string, string[]> = { 'shangjie-2020': ['review.LR.UPHELD', 'review.LR.CORRECTED', 'review.LR.OTHER'] };

describe.each(['tianshui-2020', 'shangjie-2020', 'hongqiao-2020'])('%s', (name) => {
  const result = ok(importText(published(name)));

  it('imports to the hand-checked figures exactly, totals included', () => {
    const values = cellValues(result.report);
    for (const [key, v] of Object.entries(expectedCells(name))) {
      // null: a cell the published page does not let anyone place — it must stay blank.
      if (v === null || UNPROVEN[name]?.includes(key)) expect(result.report.cells[key], key).toBeUndefined();
      else expect(values[key], key).toBe(v);
    }
  });

  it('recognises the organisation, the year and the edition', () => {
    const e = expected(name);
    expect([result.report.organization, result.report.year, result.report.edition]).toEqual([e.organization, e.year, e.format]);
  });

  it('keeps the narrative of each part, without page chrome', () => {
    expect(result.report.text.overview.length).toBeGreaterThan(200);
    expect(result.report.text.preamble).toContain('条例');
    for (const text of Object.values(result.report.text)) expect(text).not.toMatch(/索引号|扫一扫|浏览次数|登录|主办单位/);
  });
});

describe('never guessing', () => {
  it('reports shangjie-2020’s table 四 as incomplete (13 of 15) and invents neither missing cell', () => {
    const r = ok(importText(published('shangjie-2020')));
    const [f] = r.findings.filter((x) => x.rule === 'IMP-02');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('只找到 13 个单元格，格式应有 15 个');
    // The blocks whose 总计 add up are proved; the three figures after them are listed with
    // where they stood, and no cell gets one of them.
    expect(f.message).toContain('前 10 个按顺序填入（各栏总计核对无误）；其后的数字无法确定所在栏目：0（第 652 行第 1 列）、0（第 654 行第 1 列）、0（第 656 行第 1 列），与其余单元格一并留空');
    for (const key of ['review.LR.UPHELD', 'review.LR.CORRECTED', 'review.LR.OTHER', 'review.LR.PENDING', 'review.LR.TOTAL']) expect(r.report.cells[key], key).toBeUndefined();
    for (const key of ['review.LR.UPHELD', 'review.LR.CORRECTED', 'review.LR.OTHER', 'review.LR.PENDING']) {
      expect(r.report.importMarks[key]).toEqual({ reason: 'unreadable', detail: '原文这一行有 13 个单元格（其后未定的数字：0 0 0），格式应有 15 个，无法确定哪一个属于此格' });
    }
    expect(r.report.provenance['review.LD.OTHER']).toMatchObject({ printed: '2', proof: 'arithmetic' });
    expect(r.report.importMarks['review.LD.TOTAL']).toBeUndefined();
    expect(r.summary).toMatchObject({ cellsRecovered: 162, cellsMissing: 4 });
  });

  it('leaves a row blank when its figures do not fit the form, saying which and how many', () => {
    // Drop one figure of 一、本年新收 (tianshui: 80 13 0 0 0 0 93).
    const text = published('tianshui-2020').replace(/(一、本年新收政府信息公开申请数量\n\n)80\n\n/, '$1');
    const r = ok(importText(text));
    const f = r.findings.find((x) => x.rule === 'IMP-02')!;
    expect(f.message).toBe(
      '表三（依申请公开）“一、本年新收政府信息公开申请数量”找到 6 个单元格，格式应有 7 个，无法确定各数字所在的栏目：13（第 205 行第 1 列）、0（第 207 行第 1 列）、0（第 209 行第 1 列）、0（第 211 行第 1 列）、0（第 213 行第 1 列）、93（第 215 行第 1 列），已留空',
    );
    expect(r.report.cells['apply.R1.NP']).toBeUndefined();
    expect(r.report.cells['apply.R2.NP']).toBe(0);
  });

  it('reports a printed total that disagrees with its figures as an error of the published report', () => {
    const text = published('tianshui-2020').replace(/(\n\n13\n\n0\n\n0\n\n0\n\n0\n\n)93(\n\n二、上年结转)/, '$195$2');
    const r = ok(importText(text));
    // The printed total stays as stated; reconcile reports it (T3-02), and nothing else moves.
    expect(r.report.cells['apply.R1.TOT']).toBe(95);
    const f = r.findings.find((x) => x.rule === 'T3-02')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('原文为 95，与本行自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之和 93 不符（相差 2）；导出时打印 93');
    expect(f.cells[0]).toBe('apply.R1.TOT');
  });

  it('recognises the edition from the labels, and says when it is not the one the year needs', () => {
    const r = ok(importText(published('tianshui-2020').replaceAll('2020年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告')));
    expect([r.report.year, r.report.edition]).toEqual([2021, '2019']);
    expect(r.findings.find((f) => f.rule === 'IMP-05')!.message).toContain('发布的表格是 2019 年版格式，但 2021 年度应使用 2021 年版格式');
    expect(r.findings.map((f) => f.rule)).toContain('S-03');
  });

  it('says when a table is missing (published as an image)', () => {
    const text = published('tianshui-2020');
    const start = text.indexOf('四、因政府信息公开工作被申请行政复议');
    const end = text.indexOf('五、政府信息公开工作存在的主要问题');
    const r = ok(importText(text.slice(0, text.indexOf('\n', start)) + '\n\n（表格为图片）\n\n' + text.slice(end)));
    expect(r.findings.find((f) => f.rule === 'S-02')!.message).toBe('没有找到表四（复议诉讼）的数据（可能以图片发布），该表留空');
  });

  it('refuses what has no report in it, with a reason', () => {
    expect(importText('随便一段文字')).toEqual({ ok: false, message: expect.stringContaining('没有找到报告年度') });
    expect(importText('2020年政府信息公开工作年度报告\n\n随便一段文字')).toEqual({ ok: false, message: expect.stringContaining('没有找到年报的内容') });
  });
});

describe('the shapes real pages come in', () => {
  const tianshui = published('tianshui-2020');
  const figures = (r: Report) => cellValues(r);
  const reference = figures(ok(importText(tianshui)).report);

  it('single-spaced text, where an empty line is a blank cell', () => {
    const single = tianshui.replace(/\n\n/g, '\n');
    expect(figures(ok(importText(single)).report)).toEqual(reference);
  });

  it('"cell |" lines and "| a | b |" rows', () => {
    const withBars = tianshui.replace(/\n(\d[\d,]*|\+\d+|0)\n/g, '\n$1 |\n');
    expect(figures(ok(importText(withBars)).report)).toEqual(reference);
    const pipeRow = tianshui.replace(/一、本年新收政府信息公开申请数量\n\n80\n\n13\n\n0\n\n0\n\n0\n\n0\n\n93\n/, '| 一、本年新收政府信息公开申请数量 | 80 | 13 | 0 | 0 | 0 | 0 | 93 |\n');
    expect(figures(ok(importText(pipeRow)).report)).toEqual(reference);
  });

  it('a page entirely in 繁體, with pinyin inserts', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 't' })(tianshui).replace('政府', '政(zhèng)府');
    const r = ok(importText(traditional));
    expect(r.summary.traditional).toBe(true);
    expect(figures(r.report)).toEqual(reference);
    // Converted and with pinyin cut out, every figure is still where its provenance says.
    expectTraceable(r.report, textResolver(new TextEncoder().encode(traditional)));
    expect(r.report.organization).toBe('天水市人民政府');
  });

  it('a saved HTML page and a Word file go through the same recognition', async () => {
    const html = `<html><body><h1>天水市2020年政府信息公开工作年度报告</h1>${tianshui
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</body></html>`;
    const r = ok(await importPublished('page.html', new TextEncoder().encode(html)));
    expect(r.summary.format).toBe('html');
    expect(figures(r.report)).toEqual(reference);
  });
});
