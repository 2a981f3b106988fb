// Heading levels from numbering, and the near-empty page: a run of "1.…；" list items
// taken for headings and all kept with the next. A numbered line is a heading only when it
// reads like one.

import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../shared/export';

const one = (line: string) => paragraphs(line)[0];

describe('headings and list items', () => {
  it.each([
    ['一、总体情况', 1],
    ['（一）主动公开情况', 2],
    ['(二)依申请公开', 2],
    ['（三）政府信息管理情况。', 2],
    ['（三）完善公开制度规范，加强政府信息管理', 2],
    ['（四）政府信息资源的标准化、规范化管理情况', 2],
    ['1.加强组织领导', 3],
    ['（1）加强政策解读信息公开。', 4],
  ] as const)('"%s" is a level-%i heading on its own line', (line, level) => {
    expect(one(line)).toEqual({ level, lead: line, rest: '', heading: true });
  });

  it.each([
    '1.行政法规、规章和规范性文件；',
    '7.财政预算、决算信息；',
    '15.法律、法规、规章和国家有关规定应当主动公开的其他政府信息。',
    '2.把握工作重点，扎实推进信息公开',
    '3.创新公开形式，拓展公开范围重点依托实验区政府门户网站，开设部门专栏，及时发布政务服务类信息。',
    '（二）主要做法1.加强组织领导，健全工作机制将政府信息公开工作列入议事日程，区党工委管委会办公室领导经常听取相关工作情况汇报。',
    '一、是部分单位政策解读形式单一，二是依申请公开答复规范性有待提高。',
  ])('"%s" is body text, never kept with the next', (line) => {
    expect(one(line)).toEqual({ level: 0, lead: '', rest: line, heading: false });
  });

  it('styles the phrase of a run-in heading and keeps the sentence after it as body', () => {
    expect(one('1.加强组织领导。及时召开了全市政务公开领导小组会议。')).toEqual({ level: 3, lead: '1.加强组织领导。', rest: '及时召开了全市政务公开领导小组会议。', heading: false });
    expect(one('（一）主动公开情况。主要通过政府门户网站主动公开。')).toMatchObject({ level: 2, lead: '（一）主动公开情况。', heading: false });
  });

  it('reads a list of items as body text: not one heading among them', () => {
    const list = ['在主动公开信息工作中，主动公开以下信息：', ...Array.from({ length: 15 }, (_, i) => `${i + 1}.第${i + 1}类政府信息的依据、条件、程序；`)].join('\n');
    expect(paragraphs(list).filter((p) => p.heading)).toEqual([]);
  });

  it('is not fooled by figures: "1.5万件" and "2020年" are body text', () => {
    expect(one('1.5万件申请已办结。').heading).toBe(false);
    expect(one('2020年，全区共公开信息。').level).toBe(0);
  });
});
