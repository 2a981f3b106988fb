// Real reports the importer was not developed on (test/fixtures/unseen): each imports to its
// hand-checked figures, and each pattern they showed has its own small case below — chrome inside
// a one-line scrape, an office named as publisher, a table inside a narrative run, HTML comments,
// a doubled numeral, PDF text copied with its layout, totals that contradict every cut.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { importText, type Imported } from '../../shared/import';
import { isLabel } from '../../shared/import/labels';
import { expectPrintedFigures, expectedImports, importedOnce } from '../importAcceptance';

const unseen = (...parts: string[]) => fileURLToPath(new URL(['../fixtures/unseen', ...parts].join('/'), import.meta.url));

const expectations = expectedImports(unseen('expected'));
const load = importedOnce((file) => unseen(file));
const ok = (r: Imported) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe.each(expectations.map((e) => [e.file, e] as const))('%s', (file, expected) => {
  it('imports every printed figure exactly and nothing else', async () => {
    expectPrintedFigures((await load(file)).report, expected);
  });

  it('never fills an ambiguous cell; each is marked and named in an IMP finding with its cuts', async () => {
    const { report, findings } = await load(file);
    for (const key of expected.ambiguous) {
      expect(report.cells[key], key).toBeUndefined();
      if (!cellIndex(EDITIONS[report.edition]).byKey.get(key)!.derived) {
        expect(report.importMarks[key], key).toBeDefined();
        expect(findings.some((f) => f.rule.startsWith('IMP') && f.severity === 'error' && f.cells.includes(key)), key).toBe(true);
      }
    }
    for (const f of findings.filter((x) => x.rule === 'IMP-08')) expect(f.message).toMatch(/可拆为 [-\d.|]+；/);
  });

  it('rows whose printed totals contradict every cut are said to, and left blank', async () => {
    const { findings } = await load(file);
    for (const row of expected.contradicted_rows ?? []) {
      const f = findings.find((x) => x.rule === 'IMP-08' && x.cells.includes(`apply.${row}.NP`))!;
      expect(f.message, row).toContain('都不能同时成立（原表的合计之间本身有矛盾）');
      expect(f.message, row).not.toContain('仍有多种拆法成立');
    }
  });

  it('reports the publisher’s broken rules, and no broken rule over figures it placed', async () => {
    const { report, findings } = await load(file);
    for (const violation of expected.rule_violations) expect(findings.some((f) => f.rule === violation.split(' ')[0] && f.severity === 'error'), violation).toBe(true);
    if (expected.rule_violations.length === 0) {
      // (A rule over a cell the import could not establish is reconcile's to qualify, not a publisher error.)
      const overPlaced = findings.filter((f) => ['T3-02', 'T3-03', 'T3-04', 'T4-02'].includes(f.rule) && !(expected.contradicted_rows ?? []).some((r) => f.cells.some((c) => c.includes(`.${r}.`) || report.importMarks[c])));
      expect(overPlaced).toEqual([]);
    }
  });

  it('recognises the organisation, the year and the edition', async () => {
    const { report } = await load(file);
    expect([report.organization, report.year, report.edition]).toEqual([expected.organization, expected.year, expected.format]);
  });

  it('keeps every sentence of the narrative, and no table debris or chrome in it', async () => {
    const { report, summary } = await load(file);
    const all = Object.values(report.text).join('\n');
    expect(all).not.toMatch(/第二十条第（|本年新收政府信息公开申请数量|结果维持结果纠正|<!--|-->|当前位置|QQ空间|附件下载|^标题:/m);
    expect(report.text.overview.length).toBeGreaterThan(300);
    expect(report.text.problems.length).toBeGreaterThan(100);
    expect(summary.dropped.length).toBeGreaterThan(0);
  });
});

describe('what the unseen reports teach', () => {
  it('pingtan-caijin-2022: the sentences around a table set inside part 二’s run stay part 二’s text', async () => {
    const { report } = await load('published/pingtan-caijin-2022.txt');
    expect(report.text.active).toContain('主动公开的政府信息占26%。');
    expect(report.text.active).toContain('(二)主动公开政府信息的主要类别2022年，在主动公开的123条政府信息中');
    expect(report.text.active).not.toMatch(/第二十条|9116\.36/);
    expect(report.cells['active.FEE.AMOUNT']).toBe(9116.36);
  });

  it('pingtan-2021: the breadcrumb, the share bar and 附件下载 are dropped and listed, the preamble starts at 根据', async () => {
    const { report, summary } = await load('published/pingtan-2021.txt');
    expect(report.text.preamble.startsWith('根据《中华人民共和国政府信息公开条例》')).toBe(true);
    expect(report.text.other).toBe('2021年，无收取信息处理费情况。');
    expect(summary.dropped).toEqual(expect.arrayContaining(['当前位置： 首页政务公开政府信息公开政府信息公开年报', '来源：平潭县人民政府', '时间：2022-02-08 16:34', '附件下载']));
  });

  it('shanghai-bgt-2019: part 六 printed “无。” stays the report’s text, so S-01 does not call it empty', async () => {
    const { report, findings } = await load('published/shanghai-bgt-2019.html');
    expect(report.text.other).toBe('无。');
    expect(findings.filter((f) => f.rule === 'S-01')).toEqual([]);
  });
});

/** A small 2021-form page around `body` (parts 一 to 六), for the pattern cases. */
const page = (head: string, body: string, tail = '') =>
  [head, '一、总体情况', '本年度依法做好政府信息公开工作，全年主动公开政府信息一百余条。', body, '五、存在的主要问题及改进情况', '公开内容还不够丰富，下一步将加强培训。', '六、其他需要报告的事项', `本年度未收取信息处理费。${tail}`].join('\n');
const table2 = '二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件808第二十条第（五）项信息内容本年处理决定数量行政许可5第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费12.5';

describe('patterns', () => {
  it('a title’s organisation is not completed into the office that published it (发布机构 …办公室)', () => {
    const r = ok(importText(page('标题: 某某区2022年度政府信息公开工作年度报告\n发布机构: 某某区管委会办公室', table2)));
    expect(r.report.organization).toBe('某某区');
    const full = ok(importText(page('标题: 某某区2022年度政府信息公开工作年度报告\n发文机关: 某某区人民政府', table2)));
    expect(full.report.organization).toBe('某某区人民政府');
  });

  it('HTML comment debris before a table is dropped and the table is read', () => {
    const r = ok(importText(page('某县2022年政府信息公开工作年度报告', table2.replace('情况 第二十条', '情况<!--[if !supportMisalignedColumns]--><!--[endif]-->第二十条'))));
    expect(r.report.cells['active.NORM.ISSUED']).toBe(8);
    expect(r.summary.dropped).toContain('<!--[if !supportMisalignedColumns]--><!--[endif]-->');
    expect(Object.values(r.report.text).join('')).not.toContain('<!--');
  });

  it('a numeral printed twice before a label (“0000000三三、本年度办理结果”) does not cost the row its figures', () => {
    const r = ok(importText(page('某县2022年政府信息公开工作年度报告', `${table2}三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000三三、本年度办理结果（一）予以公开1000001`)));
    expect(['R2.NP', 'R2.TOT', 'R3_1.NP'].map((k) => r.report.cells[`apply.${k}`])).toEqual([0, 0, 1]);
  });

  it('a sentence that mentions 当前位置 or 附件下载 stays; only a run’s leading breadcrumb and trailing words go', () => {
    const sentence = '我们在网站“当前位置”导航和“附件下载”栏目中一并公开了相关文件。';
    const r = ok(importText(page('某县2022年政府信息公开工作年度报告', table2).replace('全年主动公开政府信息一百余条。', `全年主动公开政府信息一百余条。${sentence}`)));
    expect(r.report.text.overview).toContain(sentence);
  });

  it('PDF text copied with its layout: a page number inside a table, blank lines after a row, a typo’d label before its figures', () => {
    const lines = ['二、主动公开政府信息情况', '第二十条第（一）项', '', '信息内容   本年制发件数    本年废止件数    现行有效件数', '', '规章               0          0       0', '', '行政规范性文件          3          0       8', '', '-2-', '第二十条第（五）项', '', '行政许可                      9487', '', '', ''];
    const apply = ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量       2    0    0    0   0   0     2', '（一）予以公开      2    0    0    0   0   0     2', '2.其他法律行政止公开      0     0         0     0   0   0     0', '（七）总计       2    0    0    0   0   0     2'];
    const r = ok(importText(page('某县2022年政府信息公开工作年度报告', [...lines, ...apply].join('\n'))));
    expect(['NORM.ISSUED', 'NORM.IN_FORCE', 'LIC.DECISIONS'].map((k) => r.report.cells[`active.${k}`])).toEqual([3, 8, 9487]);
    expect(r.report.cells['apply.R3_3_2.NP']).toBe(0);
    expect(r.summary.dropped).toContain('-2-');
  });

  it('table 四 on one line under broken header words: the blank lines before it are not its cells', () => {
    const review = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议    行政诉讼', '', '结果   结果     其他   尚未', '维持   纠正     结果   审结   总计', '', '', '', ' 1    1      0   0    2   1    0   0   0    1   2   0     1   0   3'];
    const r = ok(importText(page('某县2022年政府信息公开工作年度报告', [table2, ...review].join('\n'))));
    expect(['RV.UPHELD', 'RV.TOTAL', 'LD.UPHELD', 'LR.OTHER', 'LR.TOTAL'].map((k) => r.report.cells[`review.${k}`])).toEqual([1, 2, 1, 1, 3]);
  });

  it('an empty 来源 field, the share bar, the title printed again, and 附件下载 after the signature: chrome, listed; the text stays', () => {
    const head = '某县财政局2020年度政府信息公开工作年度报告 来源： 时间：2021-01-28 09:43 --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： 某县财政局2020年度 政府信息公开工作年度报告 根据《条例》要求编制本报告。';
    const r = ok(importText(page(head, table2, ' 某县财政局 2021年1月27日 附件下载').replace(/2022/g, '2020')));
    expect(r.report.text.preamble).toBe('根据《条例》要求编制本报告。');
    // The signature and date after the last sentence are the closing block (shared/import/closing.ts).
    expect(r.report.text.other).toBe('本年度未收取信息处理费。');
    expect(r.report.closing).toEqual({ signature: null, date: '2021-01-27' });
    expect(r.summary.dropped).toEqual(expect.arrayContaining(['来源：', '时间：2021-01-28 09:43', '附件下载']));
  });

  it('part 六 printed as “无。” keeps those words; a part 六 with no line stays empty', () => {
    const said = ok(importText(page('某县2022年政府信息公开工作年度报告', table2).replace('本年度未收取信息处理费。', '无。')));
    expect(said.report.text.other).toBe('无。');
    const none = ok(importText(page('某县2022年政府信息公开工作年度报告', table2).replace('本年度未收取信息处理费。', '')));
    expect(none.report.text.other).toBe('');
  });

  it('rows a converter printed as “规章 | 0 | 0 | 0 |” (no bar before the first cell) are table rows; a sentence with a bar stays text', () => {
    const table2Rows = ['二、主动公开政府信息情况', '第二十条第(一)项 |', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 0 | 0 | 0 |', '行政规范性文件 | 3 | 0 | 101 |', '第二十条第(五)项 |', '信息内容 | 本年处理决定数量 |', '行政许可 | 7 |', '第二十条第(六)项 |', '行政处罚 | 2 |', '行政强制 | 0 |', '第二十条第(八)项 |', '行政事业性收费 | 0 |'];
    const apply = ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 | 2 | | | | | | 2 |', '二、上年结转政府信息公开申请数量 | | | | | | | 0 |', '三、本年度办理结果 | (一)予以公开 | 2 | | | | | | 2 |'];
    const sentence = '我局在网站“通知|公告”栏目中一并公开了相关文件。';
    const r = ok(importText(page('某县某局2022年政府信息公开工作年度报告', [...table2Rows, ...apply].join('\n')).replace('全年主动公开政府信息一百余条。', `全年主动公开政府信息一百余条。\n${sentence}`)));
    expect(['REG.ISSUED', 'NORM.ISSUED', 'NORM.IN_FORCE', 'LIC.DECISIONS', 'PEN.DECISIONS'].map((k) => r.report.cells[`active.${k}`])).toEqual([0, 3, 101, 7, 2]);
    expect(['R1.NP', 'R1.TOT', 'R3_1.NP'].map((k) => r.report.cells[`apply.${k}`])).toEqual([2, 2, 2]);
    expect(r.report.text.overview).toContain(sentence);
  });

  it('without part 四’s heading, table 四 is looked for after table 三’s rows, never in them', () => {
    // A page cut after table 三's fifth 不予公开 row (the lines as 徐闻 printed them): no table 四.
    const cut = ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 | 0 | | | | | | 0 |', '二、上年结转政府信息公开申请数量 | | | | | | | 0 |', '三、本年度办理结果 | (一)予以公开 | | | | | | | 0 |', '| (二)部分公开(区分处理的,只计这一情形,不计其他情形) | | | | | | | 0 |', '| (三)不予公开 | 1.属于国家秘密 | | | | | | | 0 |', '| | 2.其他法律行政法规禁止公开 | | | | | | | 0 |', '| | 3.危及“三安全一稳定” | | | | | | | 0 |', '| | 4.保护第三方合法权益 | | | | | | | 0 |', '| | 5.属于三类内部事务信息 | | | | | | | 0 |'];
    const none = ok(importText(page('某县某局2022年政府信息公开工作年度报告', [table2, ...cut].join('\n'))));
    expect(Object.keys(none.report.cells).filter((k) => k.startsWith('review.'))).toEqual([]);
    expect(none.findings.some((f) => f.rule === 'S-02' && f.message.includes('表四'))).toBe(true);
    // Its row printed after table 三, with or without its header words, is still read.
    const apply = ['三、收到和处理政府信息公开申请情况', '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| （七）总计 | 1 | | | | | | 1 |', '| 四、结转下年度继续办理 | | | | | | | 0 |'];
    const review = '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    for (const header of [['行政复议 | 行政诉讼 |'], []]) {
      const after = ok(importText(page('某县2022年政府信息公开工作年度报告', [table2, ...apply, ...header, review].join('\n'))));
      expect(['RV.UPHELD', 'RV.TOTAL', 'LD.UPHELD'].map((k) => after.report.cells[`review.${k}`])).toEqual([1, 1, 0]);
      // Those figures were imported into table 四: table 三 does not call them left out.
      expect(after.findings.filter((f) => f.rule === 'IMP-06').map((f) => f.message)).toEqual([]);
    }
    // Figures after table 三 that no table takes are still said to be left out.
    const stray = ok(importText(page('某县2022年政府信息公开工作年度报告', [table2, ...apply, '| 7 | 8 |', '四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼 |', review].join('\n'))));
    expect(stray.findings.filter((f) => f.rule === 'IMP-06').map((f) => f.message)).toEqual(['表三（依申请公开）中有不属于任何一行的数字“7 8”，没有导入']);
  });

  it('a row label whose note in brackets is worded otherwise (“只计这一情况”) is still its row; another row with that note is not', () => {
    const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
    expect(isLabel('(二)部分公开(区分处理的,只计这一情况,不计其他情形)', label)).toBe(true);
    expect(isLabel('(一)予以公开(区分处理的,只计这一情况,不计其他情形)', label)).toBe(false);
    expect(isLabel('(二)部分公开信息(区分处理的)', label)).toBe(false);
    // The 二道区 page: the row, printed one cell a line with blank cells as “|”, is read.
    const apply = ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 |', '2 |', '|', '|', '|', '|', '|', '2 |', '(二)部分公开(区分处理的,只计这一情况,不计其他情形) |', '1 |', '|', '|', '|', '|', '|', '1 |'];
    const r = ok(importText(page('某区某办2022年政府信息公开工作年度报告', [table2, ...apply].join('\n'))));
    expect(['R1.NP', 'R3_2.NP', 'R3_2.TOT'].map((k) => r.report.cells[`apply.${k}`])).toEqual([2, 1, 1]);
  });

  it('a page date that does not exist (“2021-03-00”) is not taken as the publication date', () => {
    const r = ok(importText(page('某县2022年政府信息公开工作年度报告\n发布日期：2023-03-00', table2)));
    expect(r.report.publishDate).toBeNull();
  });
});
