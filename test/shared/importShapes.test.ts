// The shapes real reports come in beyond the reference files: metadata without a canonical
// title, page chrome inside sentences, broken tables (local rows, （六） as one row, labels
// wrapped or abridged), run-together digits, and drafts too large to reopen.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_BYTES } from '../../shared/draft';
import { MAX_LISTED_DROPS, importPublished, importText, withIdentity, type Imported } from '../../shared/import';
import { isChrome } from '../../shared/import/normalize';
import { rowFigures } from '../../shared/import/digits';
import { referencePath } from '../helpers';

const tianshui = readFileSync(referencePath('published', 'tianshui-2020.txt'), 'utf8');
const ok = (r: Imported) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};
/** tianshui-2020 with its title line replaced (the page's own header lines kept). */
const retitled = (title: string) => tianshui.replace('天水市2020年政府信息公开工作年度报告', title);

describe('which report: organisation and year without a canonical title', () => {
  it.each([
    ['2020年天水市人民政府政府信息公开工作年度报告', '天水市人民政府', '标题'],
    ['天水市人民政府政府信息公开工作年度报告（2020年）', '天水市人民政府', '标题'],
    ['天水市人民政府关于2020年度政府信息公开工作年度报告', '天水市人民政府', '标题'],
  ])('title “%s”', (title, organization, source) => {
    const r = ok(importText(retitled(title)));
    expect([r.report.organization, r.report.year, r.summary.yearSource]).toEqual([organization, 2020, source]);
  });

  it('a title over two lines (organisation, then the year and the words)', () => {
    const r = ok(importText(tianshui.replace('天水市2020年政府信息公开工作年度报告', '天水市人民政府\n\n2020年政府信息公开工作年度报告')));
    expect([r.report.organization, r.report.year]).toEqual(['天水市人民政府', 2020]);
  });

  it('no title: the organisation from 发文机关, the year from the 统计期限 sentence, the date from 发布日期', () => {
    const body = tianshui.slice(tianshui.indexOf('一、总体情况'));
    const text = `发文机关：天水市人民政府\n\n发布日期：2021-02-24\n\n本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。\n\n${body}`;
    const r = ok(importText(text));
    expect([r.report.organization, r.report.year, r.report.publishDate]).toEqual(['天水市人民政府', 2020, '2021-02-24']);
    expect(r.report.importRecord!.notes).toEqual(expect.arrayContaining(['机关名称“天水市人民政府”取自“发文机关”一行。', '报告年度 2020 取自统计期限。', '发布日期 2021-02-24 取自“发布日期”一行。']));
  });

  it('text copied from the middle of a page: the year from the publication date, said to need checking', () => {
    const body = tianshui.slice(tianshui.indexOf('一、总体情况')).replaceAll('2020年', '本年');
    const r = ok(importText(`发布时间：2021-02-24\n\n${body}`));
    expect(r.report.year).toBe(2020);
    expect(r.summary.yearInferred).toBe(true);
    expect(r.findings.find((f) => f.rule === 'IMP-09' && f.message.includes('推断'))).toBeTruthy();
  });

  it('no organisation anywhere: the draft opens with it empty and a finding', () => {
    const body = tianshui.slice(tianshui.indexOf('一、总体情况'));
    const r = ok(importText(`2020年政府信息公开工作年度报告\n\n${body}`));
    expect(r.report.organization).toBe('');
    expect(r.summary.organizationSource).toBeNull();
    expect(r.findings.find((f) => f.rule === 'IMP-09')!.message).toContain('没有找到机关名称');
  });

  it('--year and --org override what the page says, and the summary says so', () => {
    const r = ok(importText(tianshui, { year: 2020, organization: '甘肃省天水市人民政府' }));
    expect([r.report.organization, r.summary.organizationSource, r.summary.yearSource]).toEqual(['甘肃省天水市人民政府', '导入时指定', '导入时指定']);
  });

  it('the title and the statistical period disagree: imported by the title, with a warning', () => {
    const r = ok(importText(tianshui.replace(/统计期限[^。]*。/, '统计期限自2019年1月1日起至2019年12月31日止。')));
    if (!tianshui.includes('统计期限')) return;
    expect(r.findings.find((f) => f.rule === 'IMP-09')!.message).toContain('标题写 2020 年，统计期限写 2019 年');
  });

  it('the confirmation step changes the organisation and the year, and the record says so', () => {
    const r = ok(importText(tianshui));
    const changed = withIdentity(r.report, { organization: '天水市人民政府办公室', year: 2020 });
    expect(changed.organization).toBe('天水市人民政府办公室');
    expect(changed.importRecord!.notes.at(-1)).toBe('导入确认时把机关名称由“天水市人民政府”改为“天水市人民政府办公室”。');
    expect(withIdentity(r.report, { organization: r.report.organization, year: 2020 })).toBe(r.report);
  });
});

describe('a year no draft may hold', () => {
  it('is refused with the year and the way out, not saved as a draft that will not open again', () => {
    const page = tianshui.replaceAll('2020年', '4202年');
    const r = importText(page);
    expect(r).toEqual({ ok: false, message: '读出的报告年度为 4202 年，报告年度应为 2019 至 2100 年之间的年份。请在导入时指定报告年度（命令行用 --year）' });
    expect(ok(importText(page, { year: 2020 })).report.year).toBe(2020);
  });
});

describe('page chrome goes only as whole lines', () => {
  const words = ['网站标识码', 'ICP备', '主办单位', '承办单位', '版权所有', '联系我们', '网站地图', '扫一扫', '打印本页', '关闭窗口', '上一篇', '下一篇', '相关链接', '我要纠错', '公网安备', '分享到'];
  it.each(words)('a narrative sentence that mentions “%s” survives', (word) => {
    const sentence = `我们在门户网站底部和“${word}”栏目一并公开了相关信息，方便公众查询。`;
    const r = ok(importText(tianshui.replace('一、总体情况\n\n', `一、总体情况\n\n${sentence}\n\n`)));
    expect(r.report.text.overview).toContain(sentence);
    expect(r.summary.dropped).not.toContain(sentence);
  });

  it.each(['主办单位：天水市人民政府办公室  网站标识码：6205000001', '陇ICP备05000580号-1', '扫一扫在手机打开当前页', '索引号：014314799/2024-00002', '- 3 -', '2019年12月3日星期二'])('the chrome line “%s” is dropped and listed', (line) => {
    expect(isChrome(line)).toBe(true);
    const r = ok(importText(tianshui.replace('一、总体情况\n\n', `一、总体情况\n\n${line}\n\n`)));
    expect(r.report.text.overview).not.toContain(line);
    expect(r.summary.dropped).toContain(line);
    expect(r.report.importRecord!.notes).toContain(`删去原文一行：“${line}”`);
  });
});

/** A 2021-form page with table 三 as pipe rows; `rows` replaces some rows by label. */
function applyPage(rows: Record<string, string | null> = {}): string {
  const labels = [
    '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
    '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
    '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理',
  ];
  const figures: Record<string, string> = { '一、本年新收政府信息公开申请数量': '| 5 | 1 | 0 | 0 | 0 | 0 | 6 |', '（一）予以公开': '| 5 | 1 | 0 | 0 | 0 | 0 | 6 |', '（七）总计': '| 5 | 1 | 0 | 0 | 0 | 0 | 6 |' };
  const body = labels.map((l) => (l in rows ? rows[l] : `| ${l} ${figures[l] ?? '| 0 | 0 | 0 | 0 | 0 | 0 | 0 |'}`)).filter((l) => l !== null);
  return ['某县教育局2022年政府信息公开工作年度报告', '一、总体情况', '全年依法公开政府信息。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', ...body, '四、政府信息公开行政复议、行政诉讼情况', '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'].join('\n\n');
}

describe('many dropped lines', () => {
  it('counts every one, and keeps the first 300 in the record with how many more', () => {
    const chrome = Array.from({ length: 450 }, (_, i) => `索引号：014314799/2024-${String(i).padStart(5, '0')}`).join('\n\n');
    const r = ok(importText(tianshui.replace('一、总体情况\n\n', `一、总体情况\n\n${chrome}\n\n`)));
    expect(r.summary.droppedCount).toBe(r.summary.dropped.length);
    expect(r.summary.droppedCount).toBeGreaterThanOrEqual(450);
    const notes = r.report.importRecord!.notes;
    expect(notes.filter((n) => n.startsWith('删去原文一行：'))).toHaveLength(MAX_LISTED_DROPS);
    expect(notes).toContain(`另有 ${r.summary.droppedCount - MAX_LISTED_DROPS} 行被删去，未逐一列出。`);
  });
});

describe('broken tables', () => {
  it('the page as built reads cleanly (the cases below change one thing)', () => {
    const r = ok(importText(applyPage()));
    expect(r.report.cells['apply.R1.BIZ']).toBe(1);
    expect(r.findings.filter((f) => f.rule.startsWith('IMP') && f.rule !== 'IMP-02')).toEqual([]);
  });

  it('a local variant’s extra row is reported and never merged into a statutory row', () => {
    const r = ok(importText(applyPage({ '（一）予以公开': '| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |\n\n| 其中：网上申请 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |' })));
    expect(r.report.cells['apply.R3_1.NP']).toBe(5);
    expect(r.report.cells['apply.R3_2.NP']).toBe(0);
    expect(r.findings.find((f) => f.rule === 'IMP-06')!.message).toContain('有一行格式之外的“其中：网上申请”（数字 3 1 0 0 0 0 4），没有并入任何一行');
  });

  it('（六）其他处理 printed as one row of a 2021 table: reported, its sub-rows left blank and marked', () => {
    const six = { '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': '| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': null, '3.其他': null };
    const r = ok(importText(applyPage(six)));
    expect(r.findings.find((f) => f.rule === 'IMP-06')!.message).toContain('把“（六）其他处理”印成了一行（数字 0 0 0 0 0 0 0）');
    expect(r.report.cells['apply.R3_6_1.NP']).toBeUndefined();
    expect(r.report.importMarks['apply.R3_6_3.TOT']).toBeUndefined(); // totals are never marked
    expect(r.report.importMarks['apply.R3_6_2.NP'].reason).toBe('unreadable');
    expect(r.report.cells['apply.R3_7.NP']).toBe(5);
  });

  it('an abridged set of rows: the missing rows are named and left blank, the rest read', () => {
    const r = ok(importText(applyPage({ '3.要求提供公开出版物': null, '4.无正当理由大量反复申请': null })));
    expect(r.findings.filter((f) => f.rule === 'IMP-02').map((f) => f.message)).toEqual([
      '表三（依申请公开）没有找到“3.要求提供公开出版物”这一行，已留空',
      '表三（依申请公开）没有找到“4.无正当理由大量反复申请”这一行，已留空',
    ]);
    expect(r.report.cells['apply.R3_5_5.NP']).toBe(0);
  });

  it('abridged labels and a label wrapped over two lines', () => {
    const r = ok(importText(applyPage({ '5.属于三类内部事务信息': '5.属于三类内部信息\n\n| 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开（区分处理的，\n\n| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\n只计这一情形，不计其他情形）' })));
    expect([r.report.cells['apply.R3_3_5.NP'], r.report.cells['apply.R3_2.TOT']]).toEqual([2, 1]);
  });
});

describe('run-together digits', () => {
  const kinds = Array(7).fill('count');
  it('lists every cut without leading zeros', () => {
    const run = { text: '230 000023', run: true, at: { kind: 'text' as const, line: 9, column: 40 } };
    const cuts = rowFigures([run], kinds);
    expect(cuts).toMatchObject({ kind: 'cuts', raw: '230 000023', cuts: [[2, 30, 0, 0, 0, 0, 23], [23, 0, 0, 0, 0, 0, 23], [230, 0, 0, 0, 0, 2, 3]] });
    // Each value of each cut knows where in the run it was printed.
    const second = cuts.kind === 'cuts' ? cuts.printed[1] : [];
    expect(second.map((p) => [p.text, p.offset])).toEqual([['23', 0], ['0', 2], ['0', 4], ['0', 5], ['0', 6], ['0', 7], ['23', 8]]);
    expect(rowFigures([{ text: '0000000', run: true }], kinds)).toMatchObject({ kind: 'cuts', raw: '0000000', cuts: [[0, 0, 0, 0, 0, 0, 0]] });
  });

  it('a row whose cut the arithmetic cannot decide is left blank, naming the row and the cuts', () => {
    // “110000011” is 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11 (both add up); with （一） and （七）
    // run together the same way, both combinations satisfy T3-02, T3-03 and T3-04.
    const text = applyPage({
      '一、本年新收政府信息公开申请数量': '一、本年新收政府信息公开申请数量110000011',
      '（一）予以公开': '（一）予以公开110000011',
      '（七）总计': '（七）总计110000011',
    });
    const r = ok(importText(text));
    const f = r.findings.find((x) => x.rule === 'IMP-08' && x.message.includes('一、本年新收'))!;
    expect(f.message).toContain('可拆为 1|10|0|0|0|0|11；11|0|0|0|0|0|11，按 T3-02、T3-03、T3-04 仍有多种拆法成立');
    expect(r.report.cells['apply.R1.NP']).toBeUndefined();
    expect(r.report.importMarks['apply.R1.NP'].reason).toBe('ambiguous');
  });

  it('a row the arithmetic decides is placed, and the summary says by which rules', () => {
    // The same row, with （一） and （七） printed with separators: T3-04 leaves one cut.
    const eleven = '| 11 | 0 | 0 | 0 | 0 | 0 | 11 |';
    const text = applyPage({
      '一、本年新收政府信息公开申请数量': '一、本年新收政府信息公开申请数量110000011',
      '（一）予以公开': `| （一）予以公开 ${eleven}`,
      '（七）总计': `| （七）总计 ${eleven}`,
    });
    const r = ok(importText(text));
    expect([r.report.cells['apply.R1.NP'], r.report.cells['apply.R1.BIZ'], r.report.cells['apply.R1.TOT']]).toEqual([11, 0, 11]);
    expect(r.report.importRecord!.notes.find((n) => n.includes('110000011'))).toContain('可有 4 种拆法，按 T3-02、T3-04 只有 11|0|0|0|0|0|11 成立，已采用');
  });
});

describe('what a draft may hold', () => {
  it('a page whose draft would be over 8 MB (so could not be reopened) is refused', async () => {
    const narrative = `<p>${'政府信息公开工作稳步推进。'.repeat(250_000)}</p>`;
    const page = `<html><body><h1>某县2020年政府信息公开工作年度报告</h1><p>一、总体情况</p>${narrative}</body></html>`;
    const r = await importPublished('大.html', new TextEncoder().encode(page));
    expect(new TextEncoder().encode(page).length).toBeGreaterThan(MAX_DRAFT_BYTES);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('超过草稿文件的上限 8.0 MB') });
  });
});
