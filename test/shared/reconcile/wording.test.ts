// Wordings met in published reports the rules were not written from (test/fixtures/unseen-prose):
// each general cause found there has a firing and a silent case — register counts and the body
// acting as 复议机关 (T4-03), cases counted in 起 (T4-03), 收办, 区分处理 and 结转至<next year>
// (T3-08), 均已办结 after the year's count and the carried-over ones (T3-08), 未出现…纠错
// (T4-03), 公民、法人和其他组织, applications counted in 条 and 公开答复 (T3-08), the statistical period however worded
// (TXT-03), last year's annual report and a year after a run-in heading (TXT-01), a signature
// under part 六 (S-01).

import { describe, expect, it } from 'vitest';
import { reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { byRule, loadFixture } from '../../helpers';

// sample-2024 (示例市示例区人民政府, 2021 edition): 新收 141, 上年结转 7, 办结 141, 结转下年度 7.
// Table 四: 行政复议 5 (维持 3, 纠正 1, 尚未审结 1); 行政诉讼 3 + 1.
const sample = loadFixture('sample-2024');
const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });
const on = (text: string, section: keyof Report['text'] = 'overview'): Finding[] =>
  reconcile(withText(sample, { [section]: text })).filter((f) => f.text?.section === section && f.text.end > f.text.start);
const raised = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info' || f.fix);

describe('T4-03: counts of other things than the cases this body answers for', () => {
  it('compares 行政复议案件 with table 四, with the fix, and is silent when they agree', () => {
    const [f] = on('全年发生政府信息公开行政复议案件6件。');
    expect(f).toMatchObject({ rule: 'T4-03', severity: 'warning', fix: { replacement: '5' } });
    expect(on('全年发生政府信息公开行政复议案件5件。')).toEqual([]);
  });

  it('says nothing of a register of cases (备案), whatever its figure', () => {
    expect(on('严格落实案件备案要求，全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。')).toEqual([]);
  });

  it('says nothing of cases the body decides as 复议机关, and still checks its own cases in the next sentence', () => {
    const text = '区政府作为行政复议机关，全年共收到行政复议申请120件，审结115件，均已办结。因政府信息公开被申请行政复议9件。';
    const findings = on(text);
    expect(findings.map((f) => text.slice(f.text!.start, f.text!.end))).toEqual(['9']);
    expect(on('全年受理行政复议申请120件。')).toEqual([]);
  });

  it('counts cases in 起 and 宗 as in 件', () => {
    const text = '全年办理因政府信息公开申请引发的行政复议6起，行政诉讼4宗。';
    const [review, ...rest] = on(text);
    expect(rest).toEqual([]);
    expect(text.slice(review.text!.start, review.text!.end)).toBe('6');
    expect(review.message).toContain('表四行政复议为 5 件');
    expect(on('全年办理因政府信息公开申请引发的行政复议5起，行政诉讼4宗。')).toEqual([]);
  });
});

describe('T3-08: 收办 and next year named by its number', () => {
  it('reads 收办 as the applications handled: 新收 + 上年结转 or （七）总计 agree, anything else asks 请核对 without a fix', () => {
    expect(on('全年共收办政府信息公开申请148件。')).toEqual([]);
    expect(on('全年共收办政府信息公开申请141件。')).toEqual([]);
    const [f] = on('全年共收办政府信息公开申请150件。');
    expect(f).toMatchObject({ rule: 'T3-08', severity: 'warning' });
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('请核对');
  });

  it('reads 结转至2025年 in a 2024 report as 结转下年度, and 结转至2024年 as 上年结转', () => {
    expect(on('共收到政府信息公开申请141件，办结141件，结转至2025年7件。')).toEqual([]);
    const [f] = on('共收到政府信息公开申请141件，办结141件，结转至2025年6件。');
    expect(f).toMatchObject({ rule: 'T3-08', cells: ['apply.R4.TOT'], fix: { replacement: '7' } });
    expect(on('2023年结转至2024年的政府信息公开申请7件。')).toEqual([]);
    const [carried] = on('2023年结转至2024年的政府信息公开申请9件。');
    expect(carried).toMatchObject({ cells: ['apply.R2.TOT'] });
  });
});

describe('T3-08: 公民、法人和其他组织 names every applicant', () => {
  it('compares the applications of 公民、法人和其他组织 with 本年新收, but not a split by applicant', () => {
    expect(on('全年收到公民、法人和其他组织政府信息公开申请141件。')).toEqual([]);
    const [f] = on('全年收到公民、法人和其他组织政府信息公开申请140件。');
    expect(f).toMatchObject({ rule: 'T3-08', cells: ['apply.R1.TOT'] });
    expect(on('全年收到政府信息公开申请141件，其中法人和其他组织申请11件。')).toEqual([]);
  });

  it('reads channels listed before 各类…共计 as a description of the whole, and 其中网上申请 as a part', () => {
    expect(on('全年收到群众通过邮寄、网络提交的各类政府信息公开申请共计141件。')).toEqual([]);
    const [f] = on('全年收到群众通过邮寄、网络提交的各类政府信息公开申请共计8件。');
    expect(f).toMatchObject({ rule: 'T3-08', cells: ['apply.R1.TOT'] });
    expect(on('全年收到政府信息公开申请141件，其中网上申请共计120件。')).toEqual([]);
  });
});

describe('T3-08: applications counted in 条', () => {
  it('compares applications counted in 条, and leaves items of information in 条 alone', () => {
    expect(on('2024年，共收到政府信息公开申请141条。')).toEqual([]);
    const [f] = on('2024年，共收到政府信息公开申请5条。');
    expect(f).toMatchObject({ rule: 'T3-08', cells: ['apply.R1.TOT'] });
    expect(on('全年共制发政府信息349条，其中主动公开政府信息124条、依申请公开173条、不予公开52条。')).toEqual([]);
  });
});

describe('T3-08: the outcome rows by their synonyms', () => {
  it('reads 公开答复 as （一）予以公开, and 依申请公开答复 as every reply', () => {
    expect(on('全年共收到政府信息公开申请141件，办结依申请141件，其中公开答复61件，无法提供30件。')).toEqual([]);
    const [f] = on('全年共收到政府信息公开申请141件，其中公开答复60件。');
    expect(f).toMatchObject({ rule: 'T3-08', cells: ['apply.R3_1.TOT'], fix: { replacement: '61' } });
    expect(on('全年共完成政府信息依申请公开答复141件。')).toEqual([]);
  });

  it('reads 区分处理 as （二）部分公开, with its share of the year', () => {
    const sample21 = '全年收到政府信息公开申请141件，其中区分处理后公开21件，占比14.9%。';
    expect(on(sample21)).toEqual([]);
    const text = '全年收到政府信息公开申请141件，其中区分处理后公开20件。';
    const [f] = on(text);
    expect(f).toMatchObject({ rule: 'T3-08', cells: ['apply.R3_2.TOT'], fix: { replacement: '21' } });
    expect(f.message).toContain('表三“部分公开”为 21 件');
  });
});

describe('T3-08 and T4-03: claims in words', () => {
  it('reads 均已办结 after the year’s count and the carried-over ones as all of them, but not after the carried-over ones alone', () => {
    const [f] = on('全年共收到政府信息公开申请141件，上年结转7件，均已办结。');
    expect(f).toMatchObject({ rule: 'T3-08', severity: 'warning', cells: ['apply.R4.TOT'] });
    expect(f.fix).toBeUndefined();
    expect(on('全年共收到政府信息公开申请141件，其中上年结转7件均已办结。')).toEqual([]);
    expect(on('上年结转的7件政府信息公开申请均已办结。')).toEqual([]);
  });

  it('reads 未出现行政复议纠错 as a claim on table 四 whatever the sentence spoke of before', () => {
    const [f] = on('依申请公开工作规范有序，未出现行政复议纠错。');
    expect(f).toMatchObject({ rule: 'T4-03', severity: 'warning', cells: ['review.RV.CORRECTED'] });
    const upheld = { ...sample, cells: { ...sample.cells, 'review.RV.CORRECTED': 0, 'review.RV.UPHELD': 4 } };
    expect(reconcile(withText(upheld, { overview: '依申请公开工作规范有序，未出现行政复议纠错。' })).filter((x) => x.rule === 'T4-03' && x.text)).toEqual([]);
    expect(on('对发现的问题未及时纠正。')).toEqual([]);
  });
});

describe('TXT-03: the statistical period, however worded', () => {
  const missing = (preamble: string) => byRule(reconcile(withText(sample, { preamble, overview: '全年工作有序推进。' })), 'TXT-03');

  it('is silent on 时段, 数据统计时间 and a span of months', () => {
    for (const preamble of [
      '本报告所列数据统计时段为2024年1月1日至12月31日。',
      '本报告统计数据时间为2024年1月至12月。',
      '报告中数据统计截止时间为2024年12月31日。',
    ]) {
      expect(missing(preamble), preamble).toEqual([]);
    }
  });

  it('still fires when only a date is named', () => {
    expect(missing('本报告于2025年1月20日发布。')).toHaveLength(1);
  });
});

describe('S-01: part 六 with a signature under it', () => {
  const noFees = { ...sample, fees: { noticeCount: null, noticeAmountYuan: null, collectedYuan: null } };
  const part6 = (other: string) => reconcile(withText(noFees, { other })).filter((f) => f.rule === 'S-01' || f.rule === 'S-04');

  it('reads "无" signed and dated as "无": the fee statement is still owed (2021 edition)', () => {
    expect(part6('无。平潭综合实验区经济发展局2025年1月27日').map((f) => `${f.rule} ${f.severity}`)).toEqual(['S-01 error']);
  });

  it('keeps a fee statement that ends in a date, and a signed fee statement, as statements', () => {
    expect(part6('全年收取信息处理费0元，截至2024年12月31日')).toEqual([]);
    expect(part6('2024年，无收取信息处理费情况。 平潭综合实验区财政金融局 2025年1月29日')).toEqual([]);
  });
});

describe('TXT-01: last year’s annual report is named, not left in', () => {
  it('raises nothing where the overview speaks of publishing last year’s report or of the problems it named', () => {
    expect(raised(byRule(on('全面完成2023年度政府信息公开工作年度报告的编制和发布。对照2023年度报告中指出的问题逐项整改。'), 'TXT-01'))).toEqual([]);
    expect(byRule(on('全面完成2023年度政府信息公开工作年度报告的编制和发布。'), 'TXT-01')).toEqual([]);
  });

  it('warns, without a fix, where last year opens a sentence of the year’s work after a run-in heading', () => {
    const text = '(一)主动公开政府信息的数量2023年制作、获取政府信息总数467条，其中主动公开政府信息53条。';
    const [f] = byRule(on(text, 'active'), 'TXT-01');
    expect(f).toMatchObject({ severity: 'warning', text: { start: text.indexOf('2023'), end: text.indexOf('2023') + 4 } });
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('请核对');
    for (const text of ['对2023年制作的规范性文件进行清理。', '2023年受理的申请已于2024年全部办结。']) {
      expect(raised(byRule(on(text, 'active'), 'TXT-01')), text).toEqual([]);
    }
  });

  it('still fires in the preamble, where the report speaks of itself', () => {
    expect(byRule(on('现公布本机关2023年度政府信息公开工作年度报告。', 'preamble'), 'TXT-01')).toHaveLength(1);
  });
});
