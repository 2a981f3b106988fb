// S-11: characters nobody sees in the organisation's name, the title or the text are flagged
// when the draft is opened (checked), named by code and kind; a clean report says nothing.

import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../shared/reconcile';
import { byRule, loadFixture } from '../../helpers';
import { NAME, VARIANTS } from '../units/variants';

const sample = loadFixture('sample-2024');

describe('S-11 characters nobody sees', () => {
  it('is silent on a clean report', () => {
    expect(byRule(reconcile(sample), 'S-11')).toEqual([]);
  });

  it.each(VARIANTS.filter(([what]) => !/space|full-width|Kangxi|variation/.test(what)))('flags a name with %s', (_what, variant) => {
    const [f] = byRule(reconcile({ ...sample, organization: variant }), 'S-11');
    expect(f.severity).toBe('warning');
    expect(f.part).toBe('preamble');
    expect(f.message).toMatch(/^机关名称中有看不见的字符：U\+[0-9A-F]{4}（.+）。汇总时不计这些字符来识别单位/);
  });

  it('leaves a name alone whose spaces or width differ: those are visible', () => {
    for (const [, variant] of VARIANTS.filter(([what]) => /space|full-width|Kangxi/.test(what) && !/zero-width|tab/.test(what))) {
      expect(byRule(reconcile({ ...sample, organization: variant }), 'S-11'), variant).toEqual([]);
    }
    expect(byRule(reconcile({ ...sample, organization: NAME }), 'S-11')).toEqual([]);
  });

  it('flags a title with a direction override', () => {
    const [f] = byRule(reconcile({ ...sample, title: '示例区\u202E报告' }), 'S-11');
    expect(f.message).toBe('标题中有看不见的字符：U+202E（方向控制符）。请重新输入标题。');
  });

  it('points at the first hidden character of a part, counts them, and says Word cannot hold U+FFFF', () => {
    const overview = '本年度\uFFFF共收到申请\u200B10件。\n第二段\uFFFF。';
    const [f] = byRule(reconcile({ ...sample, text: { ...sample.text, overview } }), 'S-11');
    expect(f.text).toEqual({ section: 'overview', start: 3, end: 4 });
    expect(f.message).toBe(
      '「一、总体情况」中有 3 个看不见的字符（U+FFFF（非字符）、U+200B（零宽空格）），多来自复制的网页或转换的文件。它们不显示，却会随报告发布；其中 Word 文档不能容纳的字符在导出时删去；“一键排版”可删去它们。',
    );
  });

  it('takes tabs, line breaks (also \\r\\n) and the page feeds a PDF converter leaves as white space', () => {
    expect(byRule(reconcile({ ...sample, text: { ...sample.text, other: '无。\r\n\t说明\n\f第二页' } }), 'S-11')).toEqual([]);
  });
});
