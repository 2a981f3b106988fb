// Claims against the tables (issue 24): 均已办结 / 全部办结 / 无结转 against 结转下年度; 均获维持 /
// 无败诉 / 零纠错 against table 四; 未发生 / 没有 … 行政复议 / 诉讼 against table 四 — a warning only
// where the sentence is unambiguous, a 请核对 note where it may mean something else.

import { describe, expect, it } from 'vitest';
import { reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { loadFixture, withCells } from '../../helpers';

// sample-2024: 上年结转 7, 结转下年度 7. Table 四: 行政复议 5 (维持 3, 纠正 1, 尚未审结 1); 行政诉讼:
// 未经复议直接起诉 3 (维持 2, 其他结果 1), 复议后起诉 1 (维持 1).
const sample = loadFixture('sample-2024');
const CLAIM_RULES = ['T3-08', 'T4-03'];
const on = (text: string, report: Report = sample, section: keyof Report['text'] = 'applications'): Finding[] =>
  reconcile({ ...report, text: { ...report.text, [section]: text } }).filter((f) => CLAIM_RULES.includes(f.rule) && f.text?.section === section && f.text.end > f.text.start);
const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.text!.start, f.text!.end));
const noCarry = withCells(sample, { 'apply.R4.NP': 0, 'apply.R4.BIZ': 0, 'apply.R4.RES': 0, 'apply.R4.NGO': 0, 'apply.R4.LAW': 0, 'apply.R4.OTH': 0 });

describe('nothing carried to next year', () => {
  it('warns on “全部办结” and “无结转下年度” while 结转下年度继续办理 has applications', () => {
    const text = '全年新收政府信息公开申请141件，全部办结，无结转下年度的申请。';
    const findings = on(text);
    expect(spans(text, findings)).toEqual(['全部办结', '无结转下年度']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[1].message).toContain('表三“结转下年度继续办理”为 7 件');
  });

  it('reads “无上年结转” as 上年结转, and a bare “无结转” as either: wrong when both have some', () => {
    expect(on('本年无上年结转申请。').map((f) => f.message)).toEqual([expect.stringContaining('表三“上年结转”为 7 件')]);
    const [either] = on('本年度无结转申请。');
    expect(either.severity).toBe('warning');
    expect(either.message).toContain('表三“上年结转”7 件、“结转下年度继续办理”7 件');
  });

  it('asks (请核对) about a bare “无结转” when only one of the two has some', () => {
    const [f] = on('本年度无结转申请。', noCarry);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('请核对指的是哪一项');
  });

  it('asks (请核对) about “均…办结” with no count in its sentence to say it means every application', () => {
    const [f] = on('对收到的政府信息公开申请，均在法定期限内办结。');
    expect(f).toMatchObject({ rule: 'T3-08', severity: 'info' });
    expect(f.message).toContain('请核对这句话是否说的是全部申请');
  });

  it('is silent where the table agrees, and on a part (“除1件外，其余均已办结”)', () => {
    expect(on('全年新收政府信息公开申请141件，全部办结，无结转下年度的申请。', noCarry)).toEqual([]);
    expect(on('除7件结转下年度外，其余均已办结。')).toEqual([]);
    expect(on('对收到的政府信息公开申请，均在法定期限内办结。', noCarry)).toEqual([]);
  });
});

describe('outcomes of 行政复议 and 行政诉讼', () => {
  it('warns on “零纠错” while table 四 has a 结果纠正, and not on 行政诉讼 that have none', () => {
    expect(spans('行政复议案件零纠错。', on('行政复议案件零纠错。', sample, 'review'))).toEqual(['零纠错']);
    expect(on('行政诉讼案件零纠错，无败诉。', sample, 'review')).toEqual([]);
  });

  it('warns on “未发生…行政诉讼” and “没有…行政复议” while table 四 has cases', () => {
    const text = '本年度未发生因政府信息公开引起的行政诉讼，没有被申请行政复议的情况。';
    const findings = on(text, sample, 'review');
    expect(findings.map((f) => f.message.split('，').pop())).toEqual(['表四的行政诉讼共 4 件。', '表四的行政复议共 5 件。']);
    const none = withCells(sample, Object.fromEntries(['RV', 'LD', 'LR'].flatMap((g) => ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING'].map((c) => [`review.${g}.${c}`, 0]))));
    expect(on(text, none, 'review')).toEqual([]);
  });

  it('does not read a denied outcome as no case (“未发生行政诉讼败诉”)', () => {
    expect(on('未发生行政诉讼败诉的情况。', sample, 'review')).toEqual([]);
  });
});
