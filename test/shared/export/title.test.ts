// The title broken as GB/T 9704 asks (spec §10) and published reports do: after the organisation
// when the rest fits a line; otherwise only between units of meaning, in as few balanced lines as
// fit the 20 characters of a 2号 line, the upper line the longer.

import { describe, expect, it } from 'vitest';
import { titleLines, titleSegments } from '../../../shared/export';
import { textWidth } from '../../../shared/export/title';

describe('title lines', () => {
  it.each([
    ['示例市示例区人民政府', 2024, ['示例市示例区人民政府', '2024年政府信息公开工作年度报告']],
    ['天水市人民政府', 2020, ['天水市人民政府', '2020年政府信息公开工作年度报告']],
    ['国家税务总局上海市浦东新区税务局', 2024, ['国家税务总局上海市浦东新区税务局', '2024年政府信息公开工作年度报告']],
    ['上海市市场监督管理局', 2024, ['上海市市场监督管理局', '2024年政府信息公开工作年度报告']],
  ])('%s %i', (organization, year, expected) => {
    expect(titleLines(`${organization}${year}年政府信息公开工作年度报告`, organization, 20)).toEqual(expected);
  });

  it('keeps a short title on one line', () => {
    expect(titleLines('某局2024年政府信息公开工作年度报告', '某局', 20)).toEqual(['某局2024年政府信息公开工作年度报告']);
  });

  it('breaks a custom title ("…2019年度…") after the organisation too', () => {
    expect(titleLines('平潭综合实验区2019年度政府信息公开工作年度报告', '平潭综合实验区', 20)).toEqual(['平潭综合实验区', '2019年度政府信息公开工作年度报告']);
  });

  it('balances the lines when the title does not start with the organisation, or its rest is longer than a line', () => {
    expect(titleLines('关于某县教育局2024年政府信息公开工作年度报告', '某县教育局', 20)).toEqual(['关于某县教育局2024年', '政府信息公开工作年度报告']);
    expect(titleLines('某局2024年政府信息公开工作年度报告（第二次修订稿）', '某局', 20)).toEqual(['某局2024年政府信息公开', '工作年度报告（第二次修订稿）']);
  });

  it('cuts an organisation longer than a line only after a level of government or a body', () => {
    const organization = '中国共产党某某自治区某某某某某某某某委员会办公厅某某某某处';
    const lines = titleLines(`${organization}2024年政府信息公开工作年度报告`, organization, 20);
    expect(lines).toEqual(['中国共产党某某自治区', '某某某某某某某某委员会办公厅某某某某处', '2024年政府信息公开工作年度报告']);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(20);
  });

  it('never breaks inside 政府信息公开 or 工作年度报告, whatever the width', () => {
    for (let width = 8; width <= 30; width++) {
      const lines = titleLines('天水市人民政府2020年政府信息公开工作年度报告', '天水市人民政府', width);
      for (const unit of ['天水市人民政府', '2020年', '政府信息公开', '工作年度报告']) expect(lines.some((l) => l.includes(unit))).toBe(true);
      expect(lines.join('')).toBe('天水市人民政府2020年政府信息公开工作年度报告');
    }
  });

  it('segments the title into the units the HTML title may wrap between', () => {
    expect(titleSegments('上海市市场监督管理局2024年政府信息公开工作年度报告')).toEqual(['上海市', '市场监督管理局', '2024年', '政府信息公开', '工作年度报告']);
  });
});
