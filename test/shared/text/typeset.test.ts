// 一键排版 (issue: editor parity, 4): each rule on made-up lines and on the narrative of three
// published reports (read from the fixtures through the importer), and what it must never touch.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { applyChanges, typeset, type TypesetChange, type TypesetRule } from '../../../shared/text/typeset';
import { referencePath } from '../../helpers';

const PUBLISHED = ['tianshui-2020', 'shangjie-2020', 'hongqiao-2020'] as const;

/** The narrative of a published report, every part, one paragraph per line (as the importer keeps it). */
function narrative(name: (typeof PUBLISHED)[number]): string {
  const imported = importText(readFileSync(referencePath('published', `${name}.txt`), 'utf8'));
  if (!('report' in imported)) throw new Error(`${name}: ${imported.message}`);
  return Object.values(imported.report.text).filter((t) => t !== '').join('\n');
}

const ruleChanges = (changes: TypesetChange[], rule: TypesetRule) => changes.filter((c) => c.rule === rule);
/** Letters, digits and 汉字 only: what typesetting must never change. */
const content = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
const CHINESE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”';

describe('punctuation: half-width marks inside Chinese text become full-width', () => {
  it('turns each of ，。：；！？（）“” full-width', () => {
    const { text, changes } = typeset('2020年,我市完成了三项工作:一是规划;二是公开.是否完成?已完成!依据"条例"(国务院令第711号)办理');
    expect(text).toBe('2020年，我市完成了三项工作：一是规划；二是公开。是否完成？已完成！依据“条例”（国务院令第711号）办理');
    expect(new Set(changes.map((c) => c.after))).toEqual(new Set(['，', '：', '；', '。', '？', '！', '“', '”', '（', '）']));
    expect(changes.every((c) => c.rule === 'punctuation')).toBe(true);
  });

  it('leaves figures, times, addresses and English alone', () => {
    const untouched = ['共1,000件', '时间16:47', '增长1.5万件', '网址http://www.gov.cn/a.html', 'see (Annex 1), p. 2', '共计约……'];
    for (const line of untouched) expect(typeset(line).text, line).toBe(line);
  });

  it('takes the mark between a figure and Chinese, and a URL in parentheses within Chinese', () => {
    expect(typeset('邮编:741000,电话:0938-8218307,电子邮箱:a@b.com').text).toBe('邮编：741000，电话：0938-8218307，电子邮箱：a@b.com');
    expect(typeset('占12%;部分').text).toBe('占12%；部分');
    expect(typeset('见网站(http://www.zzsj.gov.cn/)下载').text).toBe('见网站（http://www.zzsj.gov.cn/）下载');
  });

  it.each(PUBLISHED)('%s: no half-width ，：；（） is left between Chinese characters', (name) => {
    const before = narrative(name);
    const { text, changes } = typeset(before);
    const between = new RegExp(`[${CHINESE}][,:;()][${CHINESE}]`, 'u');
    expect(between.test(before)).toBe(true);
    expect(between.test(text)).toBe(false);
    expect(ruleChanges(changes, 'punctuation').length).toBeGreaterThan(0);
    // Each change listed is one mark, shown in its place.
    for (const c of ruleChanges(changes, 'punctuation')) {
      expect([',', ':', ';', '(', ')', '.', '!', '?', '"']).toContain(c.before);
      expect(c.lead.length + c.trail.length).toBeGreaterThan(0);
    }
  });
});

describe('spaces: stray spaces go, meant ones stay', () => {
  it('removes spaces at the ends of lines, beside Chinese punctuation and between 汉字 and figures', () => {
    const { text, changes } = typeset('\u3000\u3000全年共收到 23 件， 其中《 条例 》规定的 2020 年 \n  第二行 ');
    expect(text).toBe('全年共收到23件，其中《条例》规定的2020年\n第二行');
    expect(changes.every((c) => c.rule === 'spaces')).toBe(true);
    expect(changes.map((c) => c.line)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]);
  });

  it('keeps a space between two 汉字, and between words', () => {
    for (const line of ['中共中央办公厅 国务院办公厅关于全面推进政务公开工作的意见', '坚决打赢疫情防控阻击战 保障人民群众身体健康', '使用 Microsoft Word 编辑']) {
      expect(typeset(line).text, line).toBe(line);
    }
  });

  it('shangjie-2020: removes the space after 《 and keeps the ones between the two offices and in the slogan', () => {
    const { text, changes } = typeset(narrative('shangjie-2020'));
    expect(ruleChanges(changes, 'spaces').map((c) => `${c.lead.slice(-5)}|${c.trail.slice(0, 3)}`)).toEqual(['《条例》《|中共中']);
    expect(text).toContain('《中共中央办公厅 国务院办公厅关于全面推进政务公开工作的意见》');
    expect(text).toContain('坚决打赢疫情防控阻击战\u00a0保障人民群众身体健康'); // a no-break space, as published
  });

  it('hongqiao-2020: removes the space before an opening quote', () => {
    const { text, changes } = typeset(narrative('hongqiao-2020'));
    expect(ruleChanges(changes, 'spaces')).toHaveLength(1);
    expect(text).toContain('从“政府信息公开”');
  });
});

describe('numbering: 一、 （一） 1. （1）', () => {
  it('normalises each level at the start of a line', () => {
    const lines = ['一. 总体情况', '(一)主动公开', '( 二 ) 依申请公开', '1、加强领导', '2．完善制度', '３. 加强监督', '(1)规章', '2)规范性文件', '（3)其他'];
    expect(typeset(lines.join('\n')).text.split('\n')).toEqual(['一、总体情况', '（一）主动公开', '（二）依申请公开', '1.加强领导', '2.完善制度', '3.加强监督', '（1）规章', '（2）规范性文件', '（3）其他']);
  });

  it('leaves figures that only look like numbers, and numbers inside a line', () => {
    for (const line of ['1.5万件信息', '12.3%的申请', '2020年共收到', '其中(一)项', '（一）主动公开', '1.加强领导']) {
      expect(ruleChanges(typeset(line).changes, 'numbering'), line).toEqual([]);
    }
  });

  it.each(PUBLISHED)('%s: every “(一)” heading becomes “（一）”, reported as numbering', (name) => {
    const before = narrative(name);
    const headings = before.split('\n').filter((l) => /^\([一二三四五六七八九十]+\)/.test(l));
    const { text, changes } = typeset(before);
    const numbering = ruleChanges(changes, 'numbering');
    expect(headings.length).toBeGreaterThan(0);
    expect(numbering).toHaveLength(headings.length);
    expect(numbering.every((c) => /^（[一二三四五六七八九十]+）$/.test(c.after))).toBe(true);
    expect(text.split('\n').filter((l) => /^\([一二三四五六七八九十]+\)/.test(l))).toEqual([]);
  });
});

describe('the whole text', () => {
  it.each(PUBLISHED)('%s: no letter, digit or 汉字 changes, lines stay, and a second run finds nothing', (name) => {
    const before = narrative(name);
    const { text, changes } = typeset(before);
    expect(changes.length).toBeGreaterThan(10);
    expect(content(text)).toBe(content(before));
    expect(text.split('\n')).toHaveLength(before.split('\n').length);
    expect(typeset(text).changes).toEqual([]);
  });

  it('keeps Windows line breaks and empty lines as they are', () => {
    expect(typeset('一、总体情况\r\n\r\n2020年,全年').text).toBe('一、总体情况\r\n\r\n2020年，全年');
  });

  it('changes nothing in text already typeset', () => {
    expect(typeset('（一）主动公开\n1.全年公开信息4213条，其中政策解读86篇。').changes).toEqual([]);
  });
});

describe('what 一键排版 left behind before (issue 22, item 10)', () => {
  it('a full stop after 汉字 before a figure ends the sentence', () => {
    expect(typeset('四、存在的主要问题及改进情况.2024年，我局').text).toBe('四、存在的主要问题及改进情况。2024年，我局');
    // Not a decimal, a section number or a file name.
    for (const line of ['增长1.5万件', '第3.2条', '附件1.doc']) expect(typeset(line).text, line).toBe(line);
  });

  it('joins a word a PDF spaced out letter by letter, and keeps the space between words', () => {
    expect(typeset('邮 编：741000').text).toBe('邮编：741000');
    expect(typeset('联 系 电 话：0938-8218307').text).toBe('联系电话：0938-8218307');
    expect(typeset('地　址：天水市秦州区').text).toBe('地址：天水市秦州区');
    for (const line of ['中共中央办公厅 国务院办公厅', '不忘初心 牢记使命', '我 们的工作']) expect(typeset(line).text, line).toBe(line);
  });
});

describe('each change can be made alone (accepted or left out one by one)', () => {
  const pieces = ['一.', '(一)', '1、', '2 . ', '（1)', '中', '文', '汉字', '2024', '年', ' ', '\u3000', ',', '.', ':', ';', '(', ')', '"', '“', '。', '，', 'a', 'www.gov.cn', '\n', '\r\n'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('all the changes, made by applyChanges, give the typeset text, which has nothing left to change; each names what it replaces', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { text: done, changes } = typeset(text);
        expect(applyChanges(text, changes)).toBe(done);
        expect(typeset(done).changes).toEqual([]);
        const spans = [...changes].sort((a, b) => a.start - b.start);
        spans.forEach((c, i) => {
          expect(text.slice(c.start, c.end)).toBe(c.before);
          if (i > 0) expect(c.start).toBeGreaterThanOrEqual(spans[i - 1].end);
        });
      }),
    );
  });

  it('leaving one out keeps that place as it was and makes the others', () => {
    const text = '2020年,我市完成 3 项工作.一是规划';
    const { changes } = typeset(text);
    const comma = changes.find((c) => c.before === ',')!;
    expect(applyChanges(text, changes.filter((c) => c !== comma))).toBe('2020年,我市完成3项工作。一是规划');
  });
});
