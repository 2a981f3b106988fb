// The editions as data against spec §4–6: labels, shapes, kinds and derived cells.

import { describe, expect, it } from 'vitest';
import { EDITIONS, PARTS, cellIndex, editionForYear, isGroup, leaves, reportYearProblem } from '../../shared/formats';

const e2019 = EDITIONS['2019'];
const e2021 = EDITIONS['2021'];

describe('editionForYear (spec §1)', () => {
  it.each([
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2025, '2021'],
  ])('report year %i uses the %s edition', (year, id) => {
    expect(editionForYear(year)?.id).toBe(id);
  });

  it('has no format before the revised 条例 (2019)', () => {
    expect(editionForYear(2018)).toBeUndefined();
  });

  it('takes a report year from 2019 to 2100 only (one rule for the file, the forms and the command line)', () => {
    for (const year of [2019, 2024, 2100]) expect(reportYearProblem(year)).toBeNull();
    for (const year of [2018, 2101, 20225, 2024.5, Number.NaN]) expect(reportYearProblem(year)).toBe('报告年度应为 2019 至 2100 年之间的年份');
  });
});

describe('six-part outline (spec §2)', () => {
  it('has the official headings in order, tables in parts 二三四', () => {
    expect(PARTS.map((p) => p.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(PARTS.map((p) => p.table ?? null)).toEqual([null, 'active', 'apply', 'review', null, null]);
  });
});

describe('table 二 (spec §4)', () => {
  it('2019 edition: five blocks with the printed captions, columns and rows', () => {
    const blocks = e2019.active.blocks.map((b) => [b.caption, b.columns.map((c) => c.label), b.rows.map((r) => r.label)]);
    expect(blocks).toEqual([
      ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']],
      ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']],
      ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']],
      ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['行政事业性收费']],
      ['第二十条第（九）项', ['采购项目数量', '采购总金额'], ['政府集中采购']],
    ]);
    expect(e2019.active.rowHeader).toBe('信息内容');
  });

  it('2021 edition: four blocks, 行政规范性文件, no 其他对外管理服务事项 or 政府集中采购', () => {
    const blocks = e2021.active.blocks.map((b) => [b.caption, b.columns.map((c) => c.label), b.rows.map((r) => r.label)]);
    expect(blocks).toEqual([
      ['第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']],
      ['第二十条第（五）项', ['本年处理决定数量'], ['行政许可']],
      ['第二十条第（六）项', ['本年处理决定数量'], ['行政处罚', '行政强制']],
      ['第二十条第（八）项', ['本年收费金额（单位：万元）'], ['行政事业性收费']],
    ]);
  });

  it('only 本年增/减 is signed and only the money columns are amounts', () => {
    const kinds = (id: '2019' | '2021', kind: string) =>
      cellIndex(EDITIONS[id]).tableCells.active.filter((c) => c.kind === kind).map((c) => c.key);
    expect(kinds('2019', 'signedCount')).toEqual(['LIC', 'SVC', 'PEN', 'ENF', 'FEE'].map((r) => `active.${r}.DELTA`));
    expect(kinds('2019', 'amount')).toEqual(['active.PROC.AMOUNT']);
    expect(kinds('2021', 'signedCount')).toEqual([]);
    expect(kinds('2021', 'amount')).toEqual(['active.FEE.AMOUNT']);
  });

  it('uses the cell keys of design §2', () => {
    expect(cellIndex(e2019).tableCells.active.map((c) => c.key)).toHaveLength(2 * 3 + 4 * 3 + 2 + 2);
    expect(cellIndex(e2021).tableCells.active.map((c) => c.key)).toEqual([
      'active.REG.ISSUED', 'active.REG.REPEALED', 'active.REG.IN_FORCE',
      'active.NORM.ISSUED', 'active.NORM.REPEALED', 'active.NORM.IN_FORCE',
      'active.LIC.DECISIONS', 'active.PEN.DECISIONS', 'active.ENF.DECISIONS', 'active.FEE.AMOUNT',
    ]);
  });
});

describe('table 三 (spec §5)', () => {
  it('has the printed header: 申请人情况 over 自然人, 法人或其他组织 (5 columns), 总计', () => {
    const [top] = e2021.apply.columns;
    expect(isGroup(top) && top.group).toBe('申请人情况');
    const labels = e2021.apply.columns.flatMap((c) => leaves(c)).map((c) => c.label);
    expect(labels).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const legal = isGroup(top) ? top.children[1] : undefined;
    expect(legal && isGroup(legal) && [legal.group, legal.children.length]).toEqual(['法人或其他组织', 5]);
    expect(e2021.apply.corner).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  });

  it('has 23 data rows × 7 = 161 cells in 2019 and 25 × 7 = 175 in 2021', () => {
    expect(cellIndex(e2019).tableCells.apply).toHaveLength(161);
    expect(cellIndex(e2021).tableCells.apply).toHaveLength(175);
  });

  it('differs between editions only in （六）其他处理', () => {
    const rows = (id: '2019' | '2021') => EDITIONS[id].apply.rows.flatMap((r) => leaves(r)).map((r) => r.key);
    expect(rows('2019').filter((r) => !rows('2021').includes(r))).toEqual(['R3_6']);
    expect(rows('2021').filter((r) => !rows('2019').includes(r))).toEqual(['R3_6_1', 'R3_6_2', 'R3_6_3']);
    const other = EDITIONS['2021'].apply.rows.flatMap((n) => (isGroup(n) ? n.children : [])).find((n) => isGroup(n) && n.group === '（六）其他处理');
    expect(other && leaves(other).map((r) => r.label)).toEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ]);
  });

  it('prints the national wording of the labels that real reports abridge', () => {
    const labels = e2019.apply.rows.flatMap((r) => leaves(r)).map((r) => r.label);
    expect(labels).toContain('5.属于三类内部事务信息');
    expect(labels).toContain('6.属于四类过程性信息');
    expect(labels).toContain('5.要求行政机关确认或重新出具已获取信息');
    expect(labels).toContain('3.危及“三安全一稳定”');
    expect(labels).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  });

  it('groups 三、本年度办理结果 over (一)…(七) with sub-groups (三)(四)(五)', () => {
    const result = e2019.apply.rows[2];
    expect(isGroup(result) && result.group).toBe('三、本年度办理结果');
    const subGroups = isGroup(result) ? result.children.filter(isGroup).map((g) => [g.group, g.children.length]) : [];
    expect(subGroups).toEqual([['（三）不予公开', 8], ['（四）无法提供', 3], ['（五）不予处理', 5]]);
  });

  it('derives the 总计 column (T3-02) and （七）总计 (T3-03) and nothing else', () => {
    const index = cellIndex(e2021);
    const derived = index.tableCells.apply.filter((c) => c.derived);
    expect(derived.filter((c) => c.derived!.by === 'T3-02')).toHaveLength(24);
    expect(derived.filter((c) => c.derived!.by === 'T3-03').map((c) => c.key)).toEqual(
      ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT'].map((c) => `apply.R3_7.${c}`),
    );
    expect(index.byKey.get('apply.R1.TOT')!.derived!.sumOf).toEqual(
      ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH'].map((c) => `apply.R1.${c}`),
    );
    const r37np = index.byKey.get('apply.R3_7.NP')!.derived!.sumOf;
    expect(r37np).toHaveLength(2 + 8 + 3 + 5 + 3);
    expect(r37np).not.toContain('apply.R1.NP');
    expect(r37np).not.toContain('apply.R4.NP');
    expect(index.byKey.get('apply.R4.NP')!.derived).toBeUndefined();
  });

  it('orders derived cells after what they sum', () => {
    const { derived } = cellIndex(e2019);
    const seen = new Set<string>();
    for (const cell of derived) {
      for (const key of cell.derived!.sumOf) {
        if (derived.some((d) => d.key === key)) expect(seen.has(key)).toBe(true);
      }
      seen.add(cell.key);
    }
  });
});

describe('table 四 (spec §6)', () => {
  it('has 15 cells: 行政复议, 未经复议直接起诉, 复议后起诉 × five results', () => {
    const cells = cellIndex(e2021).tableCells.review;
    expect(cells.map((c) => c.key)).toEqual(
      ['RV', 'LD', 'LR'].flatMap((r) => ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'].map((c) => `review.${r}.${c}`)),
    );
    expect(e2021.review.columns.map((c) => c.label)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(cells.filter((c) => c.derived).map((c) => c.key)).toEqual(['review.RV.TOTAL', 'review.LD.TOTAL', 'review.LR.TOTAL']);
  });

  it('puts 行政诉讼 over its two kinds, as printed', () => {
    expect(e2019.review.header).toEqual(['RV', { group: '行政诉讼', children: ['LD', 'LR'] }]);
    expect(cellIndex(e2019).byKey.get('review.LD.OTHER')!.rowLabel).toBe('行政诉讼（未经复议直接起诉）');
  });
});

describe('labels', () => {
  it('use full-width punctuation, never ASCII brackets, commas or colons', () => {
    const all = (['2019', '2021'] as const).flatMap((id) => {
      const index = cellIndex(EDITIONS[id]);
      return [
        ...index.all.flatMap((c) => [c.rowLabel, c.columnLabel]),
        ...EDITIONS[id].active.blocks.map((b) => b.caption),
        ...PARTS.map((p) => p.heading),
      ];
    });
    for (const label of all) expect(label).not.toMatch(/[(),:;]/);
  });
});
