// TXT-06 and TXT-07 (issue 24): a word written twice (“资金资金”), never Chinese reduplication
// (常常, 看看, 人人, 研究研究, 一个一个); half-width punctuation inside Chinese text, once per part,
// counted exactly as 一键排版 would correct it.

import { describe, expect, it } from 'vitest';
import { reconcile, type Finding } from '../../../shared/reconcile';
import type { Report } from '../../../shared/report';
import { typeset } from '../../../shared/text/typeset';
import { byRule, loadFixture } from '../../helpers';

const sample = loadFixture('sample-2024');
const on = (rule: string, overview: string): Finding[] => byRule(reconcile({ ...sample, text: { ...sample.text, overview } } as Report), rule);

describe('TXT-06: a word written twice', () => {
  it('asks about a two-character word written twice (请核对, no fix)', () => {
    const text = '公开2023年上海市科技计划资金资金\n分配结果信息。';
    const [f, ...rest] = on('TXT-06', text);
    expect(rest).toEqual([]);
    expect(text.slice(f.text!.start, f.text!.end)).toBe('资金资金');
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f.message).toContain('疑似重复了“资金”，请核对');
    expect(f.fix).toBeUndefined();
  });

  it('offers to remove a longer word written twice', () => {
    const text = '深入贯彻政府信息公开政府信息公开条例。';
    const [f] = on('TXT-06', text);
    expect(text.slice(f.text!.start, f.text!.end)).toBe('政府信息公开政府信息公开');
    expect(f.fix).toEqual({ label: '删去重复的“政府信息公开”', replacement: '政府信息公开' });
  });

  it('finds it across a PDF’s line break', () => {
    expect(on('TXT-06', '贯彻党的二十大及二十届历次全会精神\n精神，落实部署要求。')).toHaveLength(1);
  });

  it('never flags reduplication: 常常, 看看, 人人, 天天, 年年, verbs and adjectives, 一个一个, numerals', () => {
    for (const text of [
      '常常深入基层，看看群众意见，人人参与，天天更新，年年评议。',
      '对群众意见研究研究再答复，大家讨论讨论。',
      '一个一个核对，一件一件落实，一步一步推进。',
      '雪白雪白的纸，非常非常重要。',
      '认认真真、扎扎实实做好每一项工作。',
      '十一十一',
    ]) {
      expect(on('TXT-06', text), text).toEqual([]);
    }
  });
});

describe('TXT-07: half-width punctuation inside Chinese text', () => {
  it('counts the marks 一键排版 corrects, once for the part, with an example', () => {
    const text = '报告全文包括总体情况等六部分,并附统计表;统计期限为2024年1月1日至12月31日。\n联系电话:0591-23165385(工作日)。';
    const [f, ...rest] = on('TXT-07', text);
    expect(rest).toEqual([]);
    const corrected = typeset(text).changes.filter((c) => c.rule === 'punctuation').length;
    expect(f.message).toContain(`有 ${corrected} 处中文之间的半角标点（如“等六部分,”）`);
    expect(f.message).toContain('排版按钮');
    expect(f.text).toEqual({ section: 'overview', start: 0, end: 0 });
    expect(on('TXT-07', typeset(text).text)).toEqual([]);
  });

  it('leaves figures, times and addresses alone', () => {
    expect(on('TXT-07', '共收到1,000件，时间16:47，网址www.gov.cn，比例1.5%。')).toEqual([]);
  });
});
