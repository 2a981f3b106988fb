// Two tables 三 in one page (issue 21, item 5): a second copy — last year's, or a fake — printed
// before the real one must not win. Both are named; the cells are left blank with each copy's
// figure, unless the page's own headings prove which copy is this year's.

import { describe, expect, it } from 'vitest';
import { importText, type Imported } from '../../shared/import';

const ok = (r: Imported) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理',
];

/** A complete table 三 whose 一, （一） and （七） hold `n` natural persons' applications. */
const applyTable = (n: number) => [
  '| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
  ...LABELS.map((l) => `| ${l} | ${['一、本年新收政府信息公开申请数量', '（一）予以公开', '（七）总计'].includes(l) ? `${n} | 0 | 0 | 0 | 0 | 0 | ${n}` : '0 | 0 | 0 | 0 | 0 | 0 | 0'} |`),
];

const page = (apply: string[]) =>
  [
    '某县2023年政府信息公开工作年度报告',
    '一、总体情况',
    '本年度依法做好政府信息公开工作。',
    '二、主动公开政府信息情况',
    '规章 | 0 | 0 | 0',
    '行政规范性文件 | 3 | 0 | 12',
    '行政许可 | 5',
    '行政处罚 | 0',
    '行政强制 | 0',
    '行政事业性收费 | 0',
    '三、收到和处理政府信息公开申请情况',
    ...apply,
    '四、政府信息公开行政复议、行政诉讼情况',
    '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '五、存在的主要问题及改进情况',
    '公开内容还不够丰富。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');

describe('two tables 三 in one page', () => {
  it('with nothing to tell them apart: both named, every cell blank with each copy’s figure, counted as undetermined', () => {
    const r = ok(importText(page([...applyTable(7), ...applyTable(12)])));
    expect(r.report.cells['apply.R1.NP']).toBeUndefined();
    expect(Object.keys(r.report.cells).filter((k) => k.startsWith('apply.'))).toEqual([]);
    expect(r.report.importMarks['apply.R1.NP']).toEqual({ reason: 'ambiguous', detail: '原文有 2 份表三（依申请公开）：第 1 份为 7，第 2 份为 12' });
    expect(r.report.importMarks['apply.R2.BIZ'].detail).toBe('原文有 2 份表三（依申请公开）：第 1 份为 0，第 2 份为 0');
    const f = r.findings.find((x) => x.rule === 'IMP-11')!;
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      '表三（依申请公开）在原文中出现了 2 份（第 1 份在第 13 行第 3 列，没有标题；第 2 份在第 39 行第 3 列，没有标题），标题不能证明哪一份是本年度的，该表各单元格已留空，每格注明各份的数字，请对照原文选定后填写',
    );
    expect(r.summary.cellsAmbiguous).toBe(144);
    expect(r.summary.cellsMissing).toBe(144);
    // The other tables are read as usual.
    expect(r.report.cells['active.NORM.IN_FORCE']).toBe(12);
  });

  it('a caption naming last year over one copy and this year over the other: this year’s is taken, and said', () => {
    const r = ok(importText(page(['（一）2022年度（上年）情况', ...applyTable(7), '（二）2023年度情况', ...applyTable(12)])));
    expect([r.report.cells['apply.R1.NP'], r.report.cells['apply.R3_7.TOT']]).toEqual([12, 12]);
    expect(r.report.provenance['apply.R1.NP'].place).toMatchObject({ kind: 'text', line: 41 });
    expect(r.findings.filter((f) => f.rule === 'IMP-11')).toEqual([]);
    expect(r.report.importRecord!.notes).toContain(
      '表三（依申请公开）在原文中出现了 2 份（第 1 份在第 14 行第 3 列，标题“（一）2022年度（上年）情况”；第 2 份在第 41 行第 3 列，标题“（二）2023年度情况”）；按标题采用第 2 份，其余未导入。',
    );
    // Neither copy leaks into the narrative or is called stray figures.
    expect(r.report.text.applications).toBe('（一）2022年度（上年）情况\n（二）2023年度情况');
    expect(r.findings.filter((f) => f.rule === 'IMP-06')).toEqual([]);
  });

  it('captions that do not settle it (both this year’s) prove nothing', () => {
    const r = ok(importText(page(['2023年度情况（一）', ...applyTable(7), '2023年度情况（二）', ...applyTable(12)])));
    expect(r.report.cells['apply.R1.NP']).toBeUndefined();
    expect(r.findings.some((f) => f.rule === 'IMP-11')).toBe(true);
  });
});

// Only some rows printed again (issue: a partial earlier-year table): last year's first rows
// before this year's table. The first copy of a label never wins by default.
describe('some rows of table 三 printed twice', () => {
  const lastYear = ['| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |', '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'];

  it('captions naming last year over the rows and this year over the table: this year’s figures, nothing stray', () => {
    const r = ok(importText(page(['2022年度（上年）申请情况对比：', ...lastYear, '2023年度申请情况：', ...applyTable(12)])));
    expect([r.report.cells['apply.R1.NP'], r.report.cells['apply.R1.TOT'], r.report.cells['apply.R2.NP'], r.report.cells['apply.R3_7.TOT']]).toEqual([12, 12, 0, 12]);
    expect(r.report.provenance['apply.R1.NP'].place).toMatchObject({ kind: 'text', line: 17 });
    expect(r.findings.filter((f) => f.rule === 'IMP-11' || f.rule === 'IMP-06')).toEqual([]);
    expect(r.report.text.applications).toBe('2022年度（上年）申请情况对比：\n2023年度申请情况：');
  });

  it('with nothing to tell them apart: the rows printed twice blank, both copies named, the rest read', () => {
    const r = ok(importText(page([...lastYear, ...applyTable(12)])));
    expect(Object.keys(r.report.cells).filter((k) => /^apply\.R[12]\./.test(k))).toEqual([]);
    expect(r.report.importMarks['apply.R1.NP']).toEqual({ reason: 'ambiguous', detail: '原文有 2 份表三（依申请公开）的这一行：第 1 份为 5，第 2 份为 12' });
    expect(r.report.cells['apply.R3_1.NP']).toBe(12);
    const f = r.findings.filter((x) => x.rule === 'IMP-11');
    expect(f).toHaveLength(1);
    expect(f[0].cells).toHaveLength(12);
    expect(f[0].message).toBe(
      '表三（依申请公开）的“一、本年新收政府信息公开申请数量”、“二、上年结转政府信息公开申请数量”在原文中印了 2 次（第 1 份在第 12 行第 3 列，没有标题；第 2 份在第 15 行第 3 列，没有标题），标题不能证明哪一份是本年度的，这几行已留空，每格注明各份的数字，请对照原文选定后填写',
    );
    expect(r.findings.filter((x) => x.rule === 'IMP-06')).toEqual([]);
  });
});
