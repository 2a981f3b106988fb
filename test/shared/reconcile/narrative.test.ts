// Figures and claims of the text against tables 三 and 四 (T3-08, T3-09, T4-03): each precision
// case of issue "Checks a clerk can trust" fires where the sentence is about what the cell
// counts and stays silent where it is not; a fix only where the words name the figure exactly.

import { describe, expect, it } from 'vitest';
import { reconcile, type Finding } from '../../../shared/reconcile';
import { EDITIONS, cellIndex } from '../../../shared/formats';
import { blankReport, type Report } from '../../../shared/report';
import { byRule, loadFixture, withCells } from '../../helpers';

// sample-2024 (示例市示例区人民政府, 2021 edition): 新收 141, 上年结转 7, 办结 141, 结转下年度 7;
// 予以公开 61, 部分公开 21, 不予公开 15, 无法提供 30, 不予处理 10, 其他处理 4.
// Table 四: 行政复议 5 (维持 3, 纠正 1, 尚未审结 1); 行政诉讼 3 + 1 (纠正 0, 其他结果 1).
const sample = loadFixture('sample-2024');
const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });
const NARRATIVE = ['T3-08', 'T3-09', 'T4-03'];
const narrative = (report: Report): Finding[] => reconcile(report).filter((f) => NARRATIVE.includes(f.rule));
/** The findings in one section after putting the text there. */
const on = (text: string, section: keyof Report['text'] = 'applications', report = sample) =>
  narrative(withText(report, { [section]: text })).filter((f) => f.text?.section === section);
const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.text!.start, f.text!.end));

describe('T3-08: what a figure counts', () => {
  it('compares 新收 with 本年新收 and offers the table’s figure', () => {
    const text = '全年新收政府信息公开申请145件，上年结转7件，办结141件，另有7件结转下年度继续办理。';
    const [f, ...rest] = on(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'T3-08', severity: 'warning', cells: ['apply.R1.TOT'], fix: { label: '改为 141', replacement: '141' } });
    expect(spans(text, [f])).toEqual(['145']);
    expect(f.message).toBe('「三、收到和处理政府信息公开申请情况」写“全年新收政府信息公开申请145件”，表三“本年新收”为 141 件。');
  });

  it('quotes the words the text uses (答复, not 办结), and compares them with （七）总计 without a fix', () => {
    const text = '答复政府信息公开申请140件。';
    const [f] = on(text);
    expect(f.message).toContain('写“答复政府信息公开申请140件”，表三办理结果“（七）总计”为 141 件，请核对。');
    expect(f.fix).toBeUndefined();
  });

  it('reads 收到 as 本年新收 or 新收 + 上年结转: the second is a 请核对 note without a fix, anything else a warning without a fix', () => {
    expect(on('全年收到政府信息公开申请141件。')).toEqual([]);
    const [note] = on('全年收到政府信息公开申请148件。');
    expect(note).toMatchObject({ severity: 'info' });
    expect(note.fix).toBeUndefined();
    expect(note.message).toContain('是表三“本年新收”141 件与“上年结转”7 件之和。请核对');
    const [wrong] = on('全年收到政府信息公开申请150件。');
    expect(wrong).toMatchObject({ severity: 'warning' });
    expect(wrong.fix).toBeUndefined();
    expect(wrong.message).toContain('表三“本年新收”为 141 件（加“上年结转”7 件为 148 件），请核对。');
  });

  it('sums combined categories: 予以公开及部分公开 = （一）+（二）', () => {
    expect(on('其中予以公开及部分公开82件。')).toEqual([]);
    const text = '其中予以公开及部分公开61件，不予公开和无法提供共45件。';
    const [f] = on(text);
    expect(spans(text, [f])).toEqual(['61']);
    expect(f.message).toContain('表三“予以公开”与“部分公开”之和为 82 件');
    expect(f.cells).toEqual(['apply.R3_1.TOT', 'apply.R3_2.TOT']);
    expect(f.fix!.replacement).toBe('82');
  });

  it('takes 同意公开 for 予以公开 (no outcome-word finding) and reads every category', () => {
    const text = '所有办结的信息公开申请中同意公开答复 61 件，部分公开答复 21 件，不予公开答复 15\n件，无法提供的 30 件，不予处理 10 件，其他处理 4 件，转下一\n年度办理答复的有 7 件。';
    expect(on(text)).toEqual([]);
    const [f] = on(text.replace('不予处理 10 件', '不予处理 9 件'));
    expect(f.message).toContain('写“不予处理 9 件”，表三“不予处理”为 10 件。');
  });

  it('is silent on 留言、信件、工单、热线、咨询 counts, even in a paragraph about applications', () => {
    const text =
      '全年共收到政府信息公开申请141件。收到《省长信箱》信件337个，答复337件。“12345”热线形成工单5500件，办结4498件。受理网民各类咨询、投诉和建议154件，办结154件。承办人大代表建议和政协提案50件。';
    expect(on(text, 'overview')).toEqual([]);
  });

  it('is silent on a named unit’s share, and compares the body’s own count', () => {
    expect(on('2024年示例区人民政府办公室共受理并办结政府信息依申请公开28件，政府组成部门共受理政府信息依申请公开41件。', 'overview')).toEqual([]);
    expect(on('区本级受理政府信息公开申请30件，各镇街受理政府信息公开申请111件。', 'overview')).toEqual([]);
    expect(on('2024年示例区人民政府共收到政府信息公开申请130件。', 'overview')).toHaveLength(1);
    expect(on('2024年全区收到政府信息公开申请130件。', 'overview')).toHaveLength(1);
  });

  it('is silent on last year’s and several years’ figures, changes, and 主动公开 counts', () => {
    for (const text of [
      '上年共收到政府信息公开申请120件。',
      '2023年收到政府信息公开申请120件。',
      '自2019年以来累计收到政府信息公开申请600件。',
      '全年收到政府信息公开申请同比增加20件。',
      '全年主动公开政府信息4213件。',
      '其中通过互联网提交申请56件，自然人申请120件。',
    ]) {
      expect(on(text, 'overview'), text).toEqual([]);
    }
  });

  it('compares a figure with cells only when they are settled: not blank, not unreadable, not marked by an import', () => {
    const text = '全年新收政府信息公开申请145件。';
    expect(on(text)).toHaveLength(1);
    expect(on(text, 'applications', withCells(sample, { 'apply.R1.NP': undefined }))).toEqual([]);
    expect(on(text, 'applications', { ...sample, importMarks: { 'apply.R1.BIZ': { reason: 'ambiguous', detail: '' } } })).toEqual([]);
    const findings = reconcile(withText(sample, { applications: text }), undefined, { unreadable: new Set(['apply.R1.NP']) });
    expect(byRule(findings, 'T3-08')).toEqual([]);
  });

  it('checks a share against the figures it is computed from, rounded or cut off', () => {
    expect(on('予以公开61件，占总办结数的43%；部分公开21件，占总办结数的14.9%；无法提供30件，占21.27%。')).toEqual([]);
    // 30 ÷ 141 = 21.2766…%: 21.27 (cut off) and 21.3 (rounded) are right, 22 is not.
    expect(on('无法提供30件，占22%。')).toHaveLength(1);
    expect(on('无法提供30件，占21.3%。')).toEqual([]);
    const text = '予以公开61件，占总办结数的50%。';
    const [f] = on(text);
    expect(spans(text, [f])).toEqual(['50']);
    expect(f.message).toContain('写“予以公开61件，占总办结数的50%”，按表三计算为 61 ÷ 141 = 43.3%，请核对。');
    expect(f.fix).toBeUndefined();
  });

  it('checks 办结率 against 办结 ÷（新收 + 上年结转）', () => {
    const text = '全部申请均按期答复，办结率100%。';
    const [f] = on(text);
    expect(f.message).toContain('写“办结率100%”，按表三为办结 141 件 ÷（本年新收与上年结转）148 件 = 95.3%');
    expect(on('办结率95.3%。')).toEqual([]);
    expect(on('12345热线工单办结率100%。', 'overview')).toEqual([]);
  });
});

describe('T3-08: claims in words that table 三 decides', () => {
  it('fires on "所有申请均已办结" while applications are carried to next year, and is silent when none are', () => {
    const text = '全年收到政府信息公开申请141件，所有申请均已按要求办理完成。';
    const [f] = on(text);
    expect(spans(text, [f])).toEqual(['所有申请均已按要求办理完成']);
    expect(f.message).toContain('表三“结转下年度继续办理”为 7 件，并非全部办结。');
    expect(f.fix).toBeUndefined();
    const concluded = Object.fromEntries(['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH'].flatMap((c) => [[`apply.R4.${c}`, 0], [`apply.R3_1.${c}`, sample.cells[`apply.R3_1.${c}`] + sample.cells[`apply.R4.${c}`]]]));
    expect(on(text, 'applications', withCells(sample, concluded))).toEqual([]);
  });

  it('reads "均在法定期限内答复" after the year’s count as about the whole year, after a part as about that part', () => {
    expect(on('全区受理政府信息公开申请141件，均在法定期限内答复。')).toHaveLength(1);
    expect(on('全区收到政府信息公开申请141件，涉及自然人120件、商业企业14件，均在法定期限内予以答复。')).toHaveLength(1);
    expect(on('上年结转7件，均已办结。')).toEqual([]);
    expect(on('全区收到政府信息公开申请141件，其中网上申请56件，均已办结。')).toEqual([]);
    expect(on('答复政府信息公开申请141件，均按时进行了答复，另有7件结转下年度继续办理。')).toEqual([]);
    expect(on('除7件结转下年度外，其余申请均已办结。')).toEqual([]);
  });

  it('fires on "未收到政府信息公开申请" while table 三 has some', () => {
    const [f] = on('本年度未收到政府信息公开申请。');
    expect(f.message).toContain('表三“本年新收”为 141 件');
  });

  it('reads "未接收到依申请公开" and "未收到申请公开事项" (real wordings) as the same claim, not 依申请公开 as a subject', () => {
    for (const text of ['本年度未接收到依申请公开，尚未发现应主动公开政府信息而未予公开的情况。', '申请公开情况。本年度我局未收到申请公开事项。']) {
      const [f] = on(text);
      expect(f?.rule, text).toBe('T3-08');
      expect(f.message).toContain('表三“本年新收”为 141 件');
    }
    expect(on('本年度未收到对依申请公开工作的投诉，依申请公开件数较上年增加。')).toEqual([]);
    expect(on('本年度未受理依申请公开相关咨询。')).toEqual([]);
  });
});

describe('T3-09: outcome words', () => {
  it('fires on tianshui-2020’s "主动公开80件" among the outcomes of applications, with the fix', () => {
    const text = '全年共收到政府信息公开申请141件。其中:办结141件。办理结果为:主动公开61件,占总办结数的43%;部分公开21件。';
    const [f] = on(text, 'overview');
    expect(f.rule).toBe('T3-09');
    expect(spans(text, [f])).toEqual(['主动公开']);
    expect(f.fix!.replacement).toBe('予以公开');
    expect(on(text.replace('主动公开', '予以公开'), 'overview')).toEqual([]);
  });

  it('is silent on 主动公开 in its own sense', () => {
    expect(on('全年主动公开政府信息4213件，办结各类事项。', 'active')).toEqual([]);
  });
});

describe('T4-03: 行政复议 and 行政诉讼', () => {
  it('fires on "无…行政复议" while table 四 has some, and on a count that differs, with the count’s fix', () => {
    const text = '本年度无因政府信息公开工作被申请行政复议的情况；被提起行政诉讼2件。';
    const findings = on(text, 'review');
    expect(spans(text, findings)).toEqual(['2', '无因政府信息公开工作被申请行政复议']);
    expect(findings[0].fix!.replacement).toBe('4');
    expect(findings[1].message).toContain('表四的行政复议共 5 件。');
    expect(findings[1].fix).toBeUndefined();
  });

  it('is silent when the text agrees, and on 未经复议 and denied outcomes', () => {
    expect(on('被申请行政复议5件，被提起行政诉讼4件。', 'review')).toEqual([]);
    expect(on('未经复议直接提起行政诉讼3件。', 'review')).toEqual([]);
    expect(on('行政诉讼案件中未有败诉。', 'review')).toEqual([]);
  });

  it('fires on "均获维持" while cases are corrected or pending, and on "均已审结" while one is pending', () => {
    const text = '被申请行政复议5件，均获维持。';
    const [upheld] = on(text, 'review');
    expect(spans(text, [upheld])).toEqual(['均获维持']);
    expect(upheld.message).toContain('表四行政复议有结果纠正、其他结果或尚未审结的案件共 2 件。');
    const [pending] = on('被申请行政复议5件，均已审结。', 'review');
    expect(pending.message).toContain('表四行政复议“尚未审结”1 件。');
    expect(on('被提起行政诉讼4件，均已审结。', 'review')).toEqual([]);
  });

  it('fires on "无败诉" / "未被纠错" only where table 四 shows 结果纠正', () => {
    expect(on('行政诉讼无败诉。', 'review')).toEqual([]);
    const [f] = on('该行政复议件未被复议机关纠错。', 'review');
    expect(f.message).toContain('表四行政复议“结果纠正”1 件。');
  });
});

describe('T3-08 and T4-03: a row of a category is not its total', () => {
  it('is silent on one reason of 不予公开 or 不予处理, and on one result of 行政复议', () => {
    expect(on('其中属于国家秘密不予公开1件，因信访举报投诉类申请不予处理4件。')).toEqual([]);
    expect(on('行政复议结果维持3件，结果纠正1件。', 'review')).toEqual([]);
  });

  it('reads "受理…X件（含上年结转Y件）" as 新收 + 上年结转', () => {
    expect(on('全年受理政府信息公开申请148件（含上年结转7件）。')).toEqual([]);
    expect(on('全年受理政府信息公开申请（含上年结转）148件。')).toEqual([]);
    expect(on('全年受理政府信息公开申请150件（含上年结转7件）。')[0].message).toContain('表三“本年新收”与“上年结转”之和为 148 件');
  });
});

describe('a report the rules were not written from: 平潭综合实验区 2023 (figures read by hand from its tables)', () => {
  const cells: Record<string, number> = Object.fromEntries(
    cellIndex(EDITIONS['2021']).entered.filter((c) => c.table !== 'active').map((c) => [c.key, 0]),
  );
  Object.assign(cells, {
    'apply.R1.NP': 80, 'apply.R1.BIZ': 1, 'apply.R3_1.NP': 22, 'apply.R3_2.NP': 19, 'apply.R3_2.BIZ': 1,
    'apply.R3_3_4.NP': 1, 'apply.R3_3_6.NP': 1, 'apply.R3_3_7.NP': 1, 'apply.R3_3_8.NP': 2, 'apply.R3_4_1.NP': 31,
    'apply.R3_5_2.NP': 1, 'apply.R3_6_1.NP': 1, 'apply.R3_6_3.NP': 1,
    'review.RV.UPHELD': 1, 'review.RV.CORRECTED': 1, 'review.LD.UPHELD': 4, 'review.LD.PENDING': 1, 'review.LR.UPHELD': 1, 'review.LR.OTHER': 1,
  });
  const report: Report = { ...blankReport('平潭综合实验区', 2023), cells };
  const published =
    '（二）依申请公开方面持续强化服务理念，严格按照《条例》要求，做好申请公开登记、审核、办理、答复、归档等各项工作。2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。';

  it('raises nothing on the text as published', () => {
    expect(on(published, 'overview', report)).toEqual([]);
  });

  it('finds each figure changed, quoting it as written', () => {
    const changed = published.replace('42件', '40件').replace('占38.27%', '占39%').replace('其他处理2件', '其他处理3件').replace('行政诉讼案件7件', '行政诉讼案件6件');
    expect(on(changed, 'overview', report).map((f) => f.message.replace(/^「一、总体情况」/, ''))).toEqual([
      '写“予以公开及部分公开40件”，表三“予以公开”与“部分公开”之和为 42 件。',
      '写“无法提供31件，占39%”，按表三计算为 31 ÷ 81 = 38.3%，请核对。',
      '写“其他处理3件”，表三“其他处理”为 2 件。',
      '写“行政诉讼案件6件”，表四行政诉讼为 7 件。',
    ]);
  });
});
