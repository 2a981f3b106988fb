// Narrative never lost and never shredded (issue 20): a city portal's text as a crawler saved it
// (CRLF, its 原始链接 / 正文 header, lines broken inside sentences, figures and punctuation on
// lines of their own, a page number between sentences), a layout's padding between 汉字, an
// address block and a signature that stay lines of their own — and what the summary says.

import { describe, expect, it } from 'vitest';
import { importText, type Imported } from '../../shared/import';
import { joinProse, unpad, wrapWidth } from '../../shared/import/prose';

const ok = (r: Imported) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

const TABLES = [
  '二、主动公开政府信息情况',
  '规章 | 0 | 0 | 0',
  '行政规范性文件 | 3 | 0 | 12',
  '行政许可 | 5',
  '行政处罚 | 0',
  '行政强制 | 0',
  '行政事业性收费 | 0',
  '三、收到和处理政府信息公开申请情况',
  '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  '四、政府信息公开行政复议、行政诉讼情况',
  '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
];

/** A city's report as its portal's crawler saved it. */
const portal = [
  '原始链接：https://www.example.gov.cn/zwgk/ndbg/202401/t20240120_1.html',
  '正文：',
  '某市2023年政府信息公开工作年度报告',
  '本报告由某市人民政府办公室编制。联系地址：某市人民路1号',
  '邮编：100000',
  '电话：010-12345678',
  '一、总体情况',
  '2023年，我市围绕政务公开重点工作，发布调查征集',
  '152',
  '期，收集有效意见建议',
  '45',
  '条，在全省政务公开第三方评估中位列第',
  '17',
  '位',
  '。',
  '全年办理人大代表建议和政协提案',
  '1',
  '62',
  '件',
  '、',
  '办结率100%。',
  '3',
  '（一）主动公开',
  '全年主动公开政府信息8000余条。',
  ...TABLES,
  '五、存在的主要问题及改进情况',
  '政策解读形式还不够丰富。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
  '某市人民政府办公室',
  '2024年1月20日',
].join('\r\n');

describe('a crawler’s copy of a city portal page', () => {
  const r = ok(importText(portal));

  it('joins the sentences the page broke, with the figures it set on lines of their own', () => {
    expect(r.report.text.overview.split('\n')).toEqual([
      '2023年，我市围绕政务公开重点工作，发布调查征集152期，收集有效意见建议45条，在全省政务公开第三方评估中位列第17位。',
      '全年办理人大代表建议和政协提案162件、办结率100%。',
      '（一）主动公开',
      '全年主动公开政府信息8000余条。',
    ]);
  });

  it('drops the crawler’s header lines and the page number between sentences, and lists them', () => {
    expect(r.summary.dropped).toEqual(expect.arrayContaining(['原始链接：https://www.example.gov.cn/zwgk/ndbg/202401/t20240120_1.html', '正文：', '3']));
    expect(Object.values(r.report.text).join('\n')).not.toMatch(/原始链接|正文：/);
  });

  it('keeps an address block as lines of their own, and the signature whole (read as the closing block)', () => {
    expect(r.report.text.preamble.split('\n')).toEqual(['本报告由某市人民政府办公室编制。联系地址：某市人民路1号', '邮编：100000', '电话：010-12345678']);
    expect(r.report.text.other).toBe('本年度未收取信息处理费。');
    expect(r.report.closing).toEqual({ signature: '某市人民政府办公室', date: '2024-01-20' });
  });

  it('says how many breaks inside sentences it took out', () => {
    expect(r.report.importRecord!.notes).toContain('正文中有 12 处在句子中间换行，已接回所在段落（其中 5 个单独成行的数字已放回句中）。');
  });
});

describe('the rules, one by one', () => {
  it('a line that does not end a sentence runs on; one that does, or a heading, does not', () => {
    const joined = joinProse([{ text: '全年共受理' }, { text: '申请12件。' }, { text: '（二）依申请公开' }, { text: '全年办结。' }]);
    expect(joined.paragraphs).toEqual(['全年共受理申请12件。', '（二）依申请公开', '全年办结。']);
  });

  it('a paragraph of the source’s own markup is never run on into, but a stray comma or number is', () => {
    const p = joinProse([{ text: '进一步完善信息发布机制', block: true }, { text: '全年主动公开政府信息1200条。', block: true }, { text: '，共计', block: true }]);
    expect(p.paragraphs).toEqual(['进一步完善信息发布机制', '全年主动公开政府信息1200条。，共计']);
  });

  it('on a page hard-wrapped at one width, a short line ends its paragraph (a heading without a number)', () => {
    const wrapped = ['根据《中华人民共和国政府信息公开条例》和《上海市政府', '信息公开规定》的要求，市科委编制了本年度政务公开工作', '报告，报告全文包括总体情况、主动公开政府信息情况等六', '部分，并附相关指标统计表。本年度报告中所列数据的统计', '周期为本年一月一日至十二月三十一日。年度报告电子版可', '以通过市科委网站下载，各部门按照要求认真做好各项工作', '下载。'];
    const lines = [...wrapped, '本年度信息公开处理费收费情况', '本年度未发生政府信息公开收费事项。'];
    expect(wrapWidth(lines)).toBeGreaterThan(20);
    expect(joinProse(lines.map((text) => ({ text })), wrapWidth(lines)).paragraphs.slice(-2)).toEqual(['本年度信息公开处理费收费情况', '本年度未发生政府信息公开收费事项。']);
    // Without a wrap width (lines of every length), the sentence decides alone.
    expect(wrapWidth(['全年共受理', '申请12件。'])).toBeNull();
  });

  it('takes out a layout’s padding between single 汉字, and only that', () => {
    expect(unpad('联系（地址：某路 90号 ， 邮 编 ： 223100 ， 电 子 邮 箱 ：a@b.cn）')).toEqual({ text: '联系（地址：某路 90号，邮编： 223100 ，电子邮箱：a@b.cn）', removed: 9 });
    expect(unpad('张 三同志').removed).toBe(0);
    expect(unpad('2023 年 12 月').removed).toBe(0);
  });
});

// The narrative's own lines (issue: narrative lost or run together): a year alone on a line
// opens the sentence after it, items start their own lines, the 署名 above a date alone is never
// run into the sentence before it, and a date in Chinese numerals is a line of its own.
describe('the narrative’s own lines', () => {
  const report = (overview: string[], other: string[]) =>
    ['某某县人民政府办公室2022年政府信息公开工作年度报告', '一、总体情况', ...overview, ...TABLES, '五、存在的主要问题及改进情况', '一是公开质量有待提高。', '六、其他需要报告的事项', ...other].join('\n');

  it('a year alone on a line opens the sentence after it (not dropped as a page number)', () => {
    const r = ok(importText(report(['2022', '年，本机关共主动公开政府信息1234条。'], ['无。'])));
    expect(r.report.text.overview).toBe('2022年，本机关共主动公开政府信息1234条。');
    expect(r.summary.dropped).not.toContain('2022');
  });

  it('items written 一是… ① （１） 第一， start their own lines; a sentence the page broke is still joined', () => {
    const items = ['一是加强组织领导', '二是完善工作制度', '①及时更新目录', '②规范发布流程', '（１）第一项内容', '（２）第二项内容', '全年共受理申请12', '件，均已办结。', '第一，强化责任落实', '第二，加强监督检查'];
    const r = ok(importText(report(items, ['无。'])));
    expect(r.report.text.overview.split('\n')).toEqual([...items.slice(0, 6), '全年共受理申请12件，均已办结。', ...items.slice(8)]);
  });

  it('the line above a date alone (the 署名) is not run into the sentence before it; the closing is read', () => {
    const r = ok(importText(report(['本年度依法做好政府信息公开工作。'], ['无', '某某县人民政府办公室', '2023年1月20日'])));
    expect(r.report.text.other).toBe('无');
    expect(r.report.closing?.date).toBe('2023-01-20');
    expect(Object.values(r.report.text).join('\n')).not.toContain('无某某县');
  });

  it('a date in Chinese numerals is a line of its own, read as the closing date', () => {
    const r = ok(importText(report(['本年度依法做好政府信息公开工作。'], ['本年度无其他需要报告的事项', '某某县人民政府办公室', '二〇二三年一月二十日'])));
    expect(r.report.text.other).toBe('本年度无其他需要报告的事项');
    expect(r.report.closing?.date).toBe('2023-01-20');
  });
});
