// Every real report in test/fixtures/reference/published, whatever its format (scraped text with
// cells run together, markdown from a PDF converter, a saved portal page, a PDF), imports to its
// hand-checked figures: printed figures exact, blank cells blank or 0 only with an IMP finding
// that names them, ambiguous cells never filled, the publisher's broken rules reported as errors.

import { describe, expect, it } from 'vitest';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { referencePath } from '../helpers';
import { expectPrintedFigures, expectedImports, importedOnce } from '../importAcceptance';

/** The reference files by file name (the first three use another format; import.test.ts reads them). */
const byKey = expectedImports(referencePath('expected')).map((e) => [e.file.replace(/^.*published\//, ''), e] as const);
const load = importedOnce((file) => referencePath('published', file));

describe.each(byKey)('%s', (file, expected) => {
  it('imports every printed figure exactly, stated totals as printed', async () => {
    expectPrintedFigures((await load(file)).report, expected);
  });

  it('leaves blank cells blank, or reads them as 0 only where an IMP finding names them, and marks them', async () => {
    const { report, findings } = await load(file);
    for (const key of expected.blank) {
      if (report.cells[key] === undefined) continue;
      expect(report.cells[key], key).toBe(0);
      expect(findings.some((f) => f.rule.startsWith('IMP') && f.cells.includes(key)), key).toBe(true);
      expect(report.importMarks[key]?.reason, key).toBe('blankAsZero');
    }
  });

  it('never fills an ambiguous cell, and says which rows and which cuts', async () => {
    const { report, findings } = await load(file);
    for (const key of expected.ambiguous) {
      expect(report.cells[key], key).toBeUndefined();
      const entered = !cellIndex(EDITIONS[report.edition]).byKey.get(key)!.derived;
      if (entered) {
        expect(report.importMarks[key], key).toBeDefined();
        expect(findings.some((f) => f.rule.startsWith('IMP') && f.cells.includes(key)), key).toBe(true);
      }
    }
    for (const f of findings.filter((x) => x.rule === 'IMP-08')) expect(f.message).toMatch(/可拆为 [\d|]+；/);
  });

  it('reports the publisher’s broken rules as errors', async () => {
    const { findings } = await load(file);
    for (const violation of expected.rule_violations) {
      const rule = violation.split(' ')[0];
      expect(findings.some((f) => f.rule === rule && f.severity === 'error'), violation).toBe(true);
    }
    if (expected.rule_violations.length === 0) expect(findings.filter((f) => ['T3-02', 'T3-03', 'T3-04', 'T4-02'].includes(f.rule))).toEqual([]);
  });

  it('recognises the organisation, the year and the edition, and says where they came from', async () => {
    const { report, summary } = await load(file);
    expect([report.organization, report.year, report.edition]).toEqual([expected.organization, expected.year, expected.format]);
    expect(summary.organizationSource).toBeTruthy();
    expect(report.importRecord?.source).toBe(file);
    expect(report.importRecord?.notes.join('\n')).toContain(`报告年度 ${expected.year} 取自`);
  });

  it('keeps narrative, and keeps table debris and page chrome out of it', async () => {
    const { report, summary } = await load(file);
    expect(report.text.overview.length).toBeGreaterThan(100);
    expect(report.text.problems.length + report.text.review.length).toBeGreaterThan(50);
    for (const text of Object.values(report.text)) {
      expect(text).not.toMatch(/^(索引号|发布时间|原文链接|- \d+ -)/m);
      // No line of the narrative is a bare figure or a header word of a table.
      for (const line of text.split('\n')) expect(line).not.toMatch(/^[\d\s.|]+$|^(结果维持|商业企业|本年新收政府信息公开申请数量)$/);
    }
    // Whatever was left out is listed, for the summary.
    expect(summary.dropped.length).toBeGreaterThan(0);
    for (const line of summary.dropped) expect(report.importRecord!.notes).toContain(`删去原文一行：“${line.length > 80 ? `${line.slice(0, 80)}…` : line}”`);
  });
});

describe('what the reference reports teach', () => {
  it('pingtan-2019: the unique cut of “230 000023” is proved by T3-02/T3-03/T3-04 and said', async () => {
    const { report } = await load('pingtan-2019.txt');
    expect(report.importRecord!.notes.find((n) => n.includes('230 000023'))).toContain('只有 23|0|0|0|0|0|23 成立');
  });

  it('lists the lines it left out: crawler headers, page numbers, site menus', async () => {
    expect((await load('pingtan-2019.txt')).summary.dropped).toEqual(expect.arrayContaining(['发布时间: 2020-01-20 15:22', '==================== 正文 ====================']));
    expect((await load('hongze-2023.pdf')).summary.dropped).toEqual(['- 1 -', '- 2 -', '- 3 -', '- 4 -', '- 5 -']);
    expect((await load('shuyang-fagaiju-2023.html')).summary.dropped).toEqual(expect.arrayContaining(['首页', '索引号', '014314799/2024-00002']));
  });

  it('hongze-2023: （六）其他处理 printed as one row is reported, its sub-rows left blank and marked', async () => {
    const { report, findings } = await load('hongze-2023.pdf');
    expect(findings.find((f) => f.rule === 'IMP-06')!.message).toContain('把“（六）其他处理”印成了一行');
    for (const key of ['apply.R3_6_1.NP', 'apply.R3_6_2.TOT', 'apply.R3_6_3.OTH']) expect(report.cells[key], key).toBeUndefined();
    expect(report.importMarks['apply.R3_6_1.NP'].reason).toBe('unreadable');
  });

  it('shanghai-kewei-2024: dislocated rows read in the form’s order only because the arithmetic holds; the stray figure is reported', async () => {
    const { findings } = await load('shanghai-kewei-2024.md');
    expect(findings.map((f) => f.rule)).toContain('IMP-10');
    expect(findings.find((f) => f.rule === 'IMP-06')!.message).toContain('不属于任何一行的数字“1”');
  });
});
