// The 检查报告 page (issue 24): every rule in one checklist item; ✓ / ✗ / 请核对 as the findings
// decide; what could not be checked said so; one A4 page however many findings; the Word file
// and the print layout showing the same lines.

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CHECKLIST, CHECKLIST_PAGE, checklistLayout, checklistOf, itemOf, type ChecklistPage } from '../../shared/checklist';
import { checklistDocx } from '../../shared/checklist/docx';
import { RULES, reconcile, type Finding } from '../../shared/reconcile';
import type { Report } from '../../shared/report';
import { loadFixture, withCells } from '../helpers';
import { REFERENCE_REPORTS, referenceReport } from '../referenceReports';
import { UNSEEN_REPORTS, unseenFile, unseenReport } from '../unseenReports';

const sample = loadFixture('sample-2024');
const page = (report: Report, prior: Report | null = null, findings = reconcile(report, prior ?? undefined)): ChecklistPage =>
  checklistOf({ report, findings, prior, officeEntries: 0, date: '2025-01-20' });
const row = (p: ChecklistPage, id: string) => p.rows.find((r) => r.id === id)!;

it('puts every rule of the catalogue in exactly one item, and names no rule the catalogue lacks', () => {
  const listed = CHECKLIST.flatMap((item) => item.rules);
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual(Object.keys(RULES).sort());
  // A rule nobody listed (the editor's INPUT-01) goes by its cell's table.
  expect(itemOf('INPUT-01', ['review.RV.UPHELD'])).toBe('review');
});

describe('the items’ results', () => {
  it('✓ everywhere a clean report was checked with last year’s', () => {
    const p = page({ ...sample, publishDate: '2025-01-20' }, { ...sample, year: 2023, text: { ...sample.text, overview: '', problems: '' } }, []);
    expect(p.rows.map((r) => r.status)).toEqual(CHECKLIST.map(() => 'pass'));
    expect(p.status).toBe('pass');
  });

  it('✗ on an error or an open warning, 请核对 on a note or a warning explained', () => {
    const errors = reconcile(withCells(sample, { 'apply.R1.NP': 121 }));
    expect(row(page(sample, null, errors), 'apply').status).toBe('fail');
    const note: Finding = { rule: 'T2B-06', severity: 'info', cells: ['active.PEN.DECISIONS'], message: '请核对' };
    expect(row(page(sample, null, [note]), 'active').status).toBe('check');
    const explained: Finding = { rule: 'TXT-04', severity: 'warning', cells: [], message: '没有说明整改', acknowledged: '上年报告未列问题' };
    const p = page(sample, null, [explained]);
    expect(row(p, 'remedies').status).toBe('check');
    expect(row(p, 'remedies').lines.join('')).toContain('（已说明：上年报告未列问题）');
  });

  it('says what it could not check: no last year’s report, no 发布日期; 不适用 for a department', () => {
    const p = page({ ...sample, publishDate: null }, null, []);
    expect([row(p, 'repetition').status, row(p, 'repetition').lines.join('')]).toEqual(['check', '没有上年报告，未比对重复率']);
    expect(row(p, 'deadline').status).toBe('check');
    const department = page({ ...sample, organization: '示例区教育局', organizationType: 'department' }, null, []);
    expect([row(department, 'government').status, row(department, 'government').lines.join('')]).toEqual(['pass', '不适用（本报告不是人民政府的报告）']);
  });
});

/** The lowest point of the page's items, mm from the top. */
const bottom = (p: ChecklistPage) => Math.max(...checklistLayout(p, sample.exportOptions).pages[0].items.map((i) => i.y + i.height));

describe('one page', () => {
  it('fits A4 for every reference and unseen report, checked against itself as last year’s', () => {
    const reports: Report[] = [...REFERENCE_REPORTS.map(referenceReport), ...UNSEEN_REPORTS.map((n) => unseenReport(unseenFile(n)))];
    for (const report of reports) {
      const p = page(report, { ...report, year: report.year - 1 });
      expect(checklistLayout(p, report.exportOptions).pages).toHaveLength(1);
      expect(bottom(p), report.organization).toBeLessThanOrEqual(CHECKLIST_PAGE.margin + CHECKLIST_PAGE.height);
    }
  });

  it('fits with many long findings in every item, listing fewer and saying how many more', () => {
    const message = '这是一条很长的检查结果，用来确认检查报告在每一项都有许多问题时仍然只占一页，并说明另有多少项。'.repeat(2);
    const findings: Finding[] = CHECKLIST.flatMap((item) => Array.from({ length: 9 }, () => ({ rule: item.rules[0], severity: 'error' as const, cells: [], message })));
    const p = page(sample, null, findings);
    expect(bottom(p)).toBeLessThanOrEqual(CHECKLIST_PAGE.margin + CHECKLIST_PAGE.height);
    expect(p.rows.every((r) => r.status === 'fail')).toBe(true);
    expect(p.rows[0].lines.at(-1)).toMatch(/^……另有 \d+ 项，见编辑器的“检查结果”$/);
    expect(p.rows.every((r) => r.findings.length === 9)).toBe(true);
  });
});

it('gives the Word file the same lines as the print layout, row by row', async () => {
  const report = referenceReport('shangjie-2020');
  const p = page(report, { ...report, year: 2019 });
  const xml = await (await JSZip.loadAsync(await checklistDocx(p, report.exportOptions))).file('word/document.xml')!.async('string');
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
    [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0].replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')),
  );
  expect(rows[0]).toEqual(p.header);
  p.rows.forEach((r, i) => expect(rows[i + 1][3].split('\n'), r.id).toEqual(r.lines));
  const printed = checklistLayout(p, report.exportOptions).pages[0].items.flatMap((item) => (item.kind === 'line' ? [item.runs.map((run) => run.text).join('')] : []));
  for (const r of p.rows) for (const line of r.lines) expect(printed).toContain(line);
});
