// Header words (issue: "结果维 / 持", "总 / 计"): every column and group label of both editions
// is cut into whole words, so that no narrow column breaks one.

import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../../shared/export';
import { blankReport } from '../../../shared/report';
import { labelWords } from '../../../shared/export/words';

const HEADER_ROLES = new Set(['column', 'columnGroup', 'rowGroup']);

describe('label words', () => {
  it.each([2020, 2022])('cuts every header label of the %i edition into words of two or more characters', (year) => {
    const labels = new Set<string>();
    for (const t of ['active', 'apply', 'review'] as const) {
      const l = tableLayout(blankReport('某局', year), t);
      for (const c of [...l.head, ...l.bodies.flat()].flat()) if (HEADER_ROLES.has(c.role)) labels.add(c.text);
    }
    const single = [...labels].flatMap((label) => labelWords(label).filter((w) => [...w].length === 1 && w !== '或').map((w) => `${label}: ${w}`));
    expect(single).toEqual([]);
  });

  it.each([
    ['社会公益组织', ['社会', '公益', '组织']],
    ['结果维持', ['结果', '维持']],
    ['三、本年度办理结果', ['三、', '本年度', '办理', '结果']],
    ['（三）不予公开', ['（三）', '不予', '公开']],
    ['本年收费金额（单位：万元）', ['本年', '收费', '金额', '（单位：万元）']],
    ['法人或其他组织', ['法人', '或', '其他', '组织']],
  ])('%s', (label, words) => {
    expect(labelWords(label)).toEqual(words);
  });
});
