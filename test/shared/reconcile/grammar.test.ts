// The narrative checks made general (issue 24): what a figure covers read from the sentence's
// grammar (等, 其他, 其余, 合计, 分别), every sum that reading allows, and blanks as unknowns — with
// a firing test for each of the three failures a new user met on fresh reports: a sum of the
// remaining outcome categories read as one category (a harmful fix), a count of handled
// applications nearly four times the table's 总计 left unflagged, and a table with blank cells
// silencing every check.

import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/imports';
import { reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { loadFixture, withCells } from '../../helpers';
import { unseenFile } from '../../unseenReports';

// sample-2024: 新收 141, 上年结转 7, （七）总计 141, 结转 7; 予以公开 61, 部分公开 21, 不予公开 15,
// 无法提供 30, 不予处理 10, 其他处理 4. Table 四: 行政复议 5 (维持 3, 纠正 1, 尚未审结 1).
const sample = loadFixture('sample-2024');
const NARRATIVE = ['T3-08', 'T4-03'];
const on = (text: string, report: Report = sample, section: keyof Report['text'] = 'applications'): Finding[] =>
  reconcile({ ...report, text: { ...report.text, [section]: text } }).filter((f) => NARRATIVE.includes(f.rule) && f.text?.section === section && f.text.end > f.text.start);
const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.text!.start, f.text!.end));

describe('等, 其他 and 其余: the remaining outcome categories', () => {
  it('reads “不予公开等其他类型59件” as 不予公开 and the categories not named before it, and offers no fix', () => {
    const right = '全年新收政府信息公开申请141件，其中予以公开61件，部分公开21件，不予公开等其他类型59件。';
    expect(on(right)).toEqual([]);
    const wrong = right.replace('59件', '66件');
    const [f, ...rest] = on(wrong);
    expect(rest).toEqual([]);
    expect(spans(wrong, [f])).toEqual(['66']);
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('表三“不予公开”为 15 件，加上“无法提供”、“不予处理”、“其他处理”中的任何几类也不是 66 件，请核对');
  });

  it('accepts any of the remaining categories the 等 may cover (不予公开 and 无法提供 only)', () => {
    expect(on('予以公开61件，部分公开21件，不予公开等45件。')).toEqual([]);
    expect(on('予以公开61件，部分公开21件，不予公开等15件。')).toEqual([]);
  });

  it('reads “其余59件” after a list of outcomes as what the list left', () => {
    expect(on('予以公开61件，部分公开21件，其余59件。')).toEqual([]);
    const [f] = on('予以公开61件，部分公开21件，其余50件。');
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('请核对');
  });

  it('still reads 其他处理 as its own category', () => {
    const [f] = on('其他处理5件。');
    expect(f.fix).toEqual({ label: '改为 4', replacement: '4' });
  });
});

describe('合计 and 分别', () => {
  it('checks a 合计 against the table and against the figures it adds up', () => {
    expect(on('予以公开61件、部分公开21件，合计82件。')).toEqual([]);
    const text = '予以公开61件、部分公开21件，合计83件。';
    const [f, ...rest] = on(text);
    expect(rest).toEqual([]);
    expect(spans(text, [f])).toEqual(['83']);
    expect(f.message).toContain('所列各数相加为 61 + 21 = 82 件，与合计不符');
    // The list adds up, the table does not: the item and the total are each said against the table.
    const wrongItem = '予以公开60件、部分公开21件，合计81件。';
    const findings = on(wrongItem);
    expect(spans(wrongItem, findings)).toEqual(['60', '81']);
    expect(findings[1].message).toContain('表三“予以公开”与“部分公开”之和为 82 件，请核对');
    expect(findings[1].fix).toBeUndefined();
  });

  it('gives each category its own figure after 分别 (before, 60 was read as 予以公开 + 部分公开 and “fixed” to 82)', () => {
    expect(on('予以公开、部分公开分别为61件、21件。')).toEqual([]);
    const text = '予以公开、部分公开分别为60件、21件。';
    const [f, ...rest] = on(text);
    expect(rest).toEqual([]);
    expect(spans(text, [f])).toEqual(['60']);
    expect(f.fix).toEqual({ label: '改为 61', replacement: '61' });
  });

  it('says nothing when the figures after 分别 do not pair with the categories', () => {
    expect(on('予以公开、部分公开分别为60件。')).toEqual([]);
  });
});

describe('a plain contradiction the words leave no doubt about', () => {
  it('finds a count of handled applications nearly four times the table’s 总计 under a sub-heading', () => {
    const text = '（二）依申请公开\n全年共办理申请548件，办理情况良好。';
    const [f, ...rest] = on(text, sample, 'overview');
    expect(rest).toEqual([]);
    expect(spans(text, [f])).toEqual(['548']);
    expect(f.message).toContain('表三办理结果“（七）总计”为 141 件，请核对');
    // Under a sub-heading about something else, the figure is not the applications'.
    expect(on('（二）12345热线办理\n全年共办理548件，办理情况良好。', sample, 'overview')).toEqual([]);
  });

  it('reads the figure’s own words after it: “办理548件政府信息公开申请”', () => {
    const text = '2024年，本机关共办理548件政府信息公开申请。';
    expect(spans(text, on(text, sample, 'overview'))).toEqual(['548']);
    expect(on('2024年，本机关共办理548件群众来信。', sample, 'overview')).toEqual([]);
  });

  it('reads 依申请公开事项 as the applications, not as other 事项', () => {
    expect(spans('全年共办理依申请公开事项548件。', on('全年共办理依申请公开事项548件。', sample, 'overview'))).toEqual(['548']);
    expect(on('全年共办理行政许可事项548件。', sample, 'overview')).toEqual([]);
  });
});

describe('blanks as unknowns: a contradiction that holds whatever the blanks hold', () => {
  // 予以公开 of 科研机构 and 社会公益组织, 部分公开 of 商业企业 left blank: 予以公开 + 部分公开 is at least 80.
  const blank = withCells(sample, { 'apply.R3_1.RES': undefined, 'apply.R3_1.NGO': undefined, 'apply.R3_2.BIZ': undefined });

  it('warns, without a fix, when the text says less than the table’s settled figures already add up to', () => {
    const text = '予以公开及部分公开70件。';
    const [f] = on(text, blank);
    expect(f.fix).toBeUndefined();
    expect(f.message).toMatch(/至少为 \d+ 件（表中还有空白或存疑的单元格，按最少计），请核对/);
  });

  it('says nothing where the blanks could make the text right', () => {
    expect(on('予以公开及部分公开90件。', blank)).toEqual([]);
  });

  it('finds “均获维持” against a pending case with other cells of table 四 blank', () => {
    const review = withCells(sample, { 'review.RV.OTHER': undefined, 'review.LD.UPHELD': undefined });
    expect(on('行政复议案件均获维持。', review, 'review').map((f) => f.rule)).toEqual(['T4-03']);
  });

  it('on 上海市人民政府办公厅 2019 imported as published (blank cells): finds 258 against 272 + 3 and 均获维持, and nothing on what agrees', async () => {
    const imported = await importFile('test/fixtures/unseen/published/shanghai-bgt-2019.html');
    if (!imported.ok) throw new Error(imported.message);
    const report = imported.report;
    expect(Object.keys(report.importMarks).length).toBeGreaterThan(50);
    const placed = reconcile(report).filter((f) => f.text && f.text.end > f.text.start && (f.severity !== 'info' || f.fix));
    const at = (quote: string) => {
      const section = (Object.keys(report.text) as (keyof Report['text'])[]).find((s) => report.text[s].includes(quote))!;
      const start = report.text[section].indexOf(quote);
      return placed.filter((f) => f.text!.section === section && f.text!.start < start + quote.length && f.text!.end > start);
    };
    expect(at('予以公开及部分公开258件').map((f) => f.rule)).toEqual(['T3-08']);
    expect(at('均获维持').map((f) => f.rule)).toEqual(['T4-03']);
    for (const claim of unseenFile('shanghai-bgt-2019').claims.filter((c) => ['AGREES', 'OTHER', 'LEGIT_PRIOR_YEAR'].includes(c.verdict))) {
      expect(at(claim.quote), claim.quote).toEqual([]);
    }
    expect(placed.filter((f) => f.fix)).toEqual([]);
  });
});
