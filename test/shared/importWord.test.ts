// Word files as offices keep them (issue 20), built here by hand in WordprocessingML since real
// ones are rarely public: a red-header (红头) cover page, tracked changes, fields, a text box
// (with its fallback drawing), a footnote, table 二 inside a layout table's cell, table 三 with
// vertically merged labels and split over two Word tables by a page break, and a signature.

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importPublished, type Imported } from '../../shared/import';
import { expectTraceable, resolverFor } from '../importTrace';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const r = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.map((x) => (x.startsWith('<') ? x : r(x))).join('')}</w:p>`;
const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
const row = (cells: string[], props = '') => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
const table = (rows: string[]) => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
const figures = (values: number[]) => values.map((v) => cell(String(v)));

const ins = (text: string) => `<w:ins w:id="1" w:author="张三" w:date="2024-01-10T10:00:00Z">${r(text)}</w:ins>`;
const del = (text: string) => `<w:del w:id="2" w:author="张三" w:date="2024-01-10T10:00:00Z"><w:r><w:delText>${esc(text)}</w:delText></w:r></w:del>`;
const field = (code: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const textBox = (text: string) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
const footnote = (id: number) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

const APPLY_LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他',
  '（七）总计', '四、结转下年度继续办理',
];
/** The figures of table 三's rows: 一 and （一）, （七） carry 9 applications of natural persons. */
const applyRow = (label: string) => (['一、本年新收政府信息公开申请数量', '（一）予以公开', '（七）总计'].includes(label) ? [9, 1, 0, 0, 0, 0, 10] : [0, 0, 0, 0, 0, 0, 0]);

/** Table 三's rows 一 … 三（三）, with 三、本年度办理结果 as a vertically merged label. */
function applyRows(labels: string[], merged: boolean): string[] {
  return labels.map((label, i) => {
    const outcome = i >= 2 && !label.startsWith('（七）') && !label.startsWith('四、');
    const first = outcome ? cell(i === 2 ? '三、本年度办理结果' : '', `<w:vMerge${i === 2 || !merged ? ' w:val="restart"' : ''}/>`) : '';
    return row([first, cell(label), ...figures(applyRow(label))]);
  });
}

function documentXml(): string {
  const header = row([cell(''), cell('自然人'), cell('商业企业'), cell('科研机构'), cell('社会公益组织'), cell('法律服务机构'), cell('其他'), cell('总计')], '<w:tblHeader/>');
  const cover = [p('<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>某县人民政府办公室文件</w:t></w:r>'), p('某政办〔2024〕3号'), pageBreak];
  const body = [
    p('某县人民政府办公室2023年政府信息公开工作年度报告'),
    p('本报告依据', field('DOCPROPERTY Title', '《中华人民共和国政府信息公开条例》'), '编制。', textBox('（此件公开发布）')),
    p('一、总体情况'),
    p('全年主动公开政府信息', del('1100'), ins('1200'), '条，', footnote(1), '各项工作稳步推进。'),
    `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="张三" w:date="2024-01-10T10:00:00Z"/></w:rPr></w:pPr>${r('依申请公开工作')}</w:p>`,
    p('依法规范办理。'),
    `<w:moveFrom w:id="4" w:author="张三" w:date="2024-01-10T10:00:00Z">${p('这段文字已移走。')}</w:moveFrom>`,
    p('二、主动公开政府信息情况'),
    // Table 二 inside a one-cell layout table.
    table([
      row([
        `<w:tc><w:tcPr/>${p('第二十条第（一）项')}${table([
          row([cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')]),
          row([cell('规章'), ...figures([0, 0, 1])]),
          row([cell('规章（已删）'), ...figures([5, 5, 5])], '<w:del w:id="5" w:author="张三" w:date="2024-01-10T10:00:00Z"/>'),
          row([cell('行政规范性文件'), ...figures([3, 0, 12])]),
          row([cell('行政许可'), ...figures([5])]),
          row([cell('行政处罚'), ...figures([2])]),
          row([cell('行政强制'), ...figures([0])]),
          row([cell('行政事业性收费'), cell('0.5')]),
        ])}${p('')}</w:tc>`,
      ]),
    ]),
    p('三、收到和处理政府信息公开申请情况'),
    // Table 三 over two Word tables, the header row repeated after the page break.
    table([header, ...applyRows(APPLY_LABELS.slice(0, 12), true)]),
    pageBreak,
    table([header, ...applyRows(APPLY_LABELS.slice(12), true)]),
    p('四、政府信息公开行政复议、行政诉讼情况'),
    table([row([cell('行政复议'), cell('行政诉讼')]), row(figures([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))]),
    p('五、存在的主要问题及改进情况'),
    p('政策解读形式还不够丰富。'),
    p('六、其他需要报告的事项'),
    p('本年度未收取信息处理费。'),
    p('某县人民政府办公室'),
    p('2024年1月20日'),
  ];
  const ns = ['w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', 'mc="http://schemas.openxmlformats.org/markup-compatibility/2006"', 'wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"', 'a="http://schemas.openxmlformats.org/drawingml/2006/main"', 'wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"', 'v="urn:schemas-microsoft-com:vml"'];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns.map((n) => `xmlns:${n}`).join(' ')}><w:body>${[...cover, ...body].join('')}<w:sectPr/></w:body></w:document>`;
}

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1">${p('')}</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r('注：含政府网站和政务新媒体发布的信息。')}</w:p></w:footnote></w:footnotes>`;

async function officeDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', documentXml());
  zip.file('word/footnotes.xml', FOOTNOTES);
  return zip.generateAsync({ type: 'uint8array' });
}

const ok = (x: Imported) => {
  if (!x.ok) throw new Error(x.message);
  return x;
};

describe('a Word file as an office keeps it', async () => {
  const bytes = await officeDocx();
  const imported = ok(await importPublished('年报.docx', bytes));
  const { report, summary } = imported;
  const all = Object.values(report.text).join('\n');

  it('finds the report behind its red-header cover page, which is listed as left out', () => {
    expect([report.organization, report.year]).toEqual(['某县人民政府办公室', 2023]);
    expect(summary.dropped).toEqual(expect.arrayContaining(['某县人民政府办公室文件', '某政办〔2024〕3号']));
  });

  it('reads tracked changes as accepted, and says so', () => {
    expect(report.text.overview).toContain('全年主动公开政府信息1200条，各项工作稳步推进。');
    expect(all).not.toMatch(/1100|已移走|规章（已删）/);
    // A paragraph mark deleted: the two paragraphs are one.
    expect(report.text.overview).toContain('依申请公开工作依法规范办理。');
    expect(summary.notes).toContain('原文带有修订痕迹（插入 1 处、删除 4 处），已按接受全部修订后的文字导入，请与定稿核对。');
  });

  it('prints a field’s result, never its code; a text box once; a footnote after the paragraph citing it', () => {
    expect(report.text.preamble).toBe('本报告依据《中华人民共和国政府信息公开条例》编制。\n（此件公开发布）');
    expect(all).not.toMatch(/DOCPROPERTY/);
    expect(report.text.overview.split('\n')[1]).toBe('注：含政府网站和政务新媒体发布的信息。');
    expect(summary.notes).toContain('原文有 1 段脚注或尾注，已接在引用它的段落（或表格）之后。');
  });

  it('reads table 二 inside a layout cell, table 三 over two Word tables with merged labels, and table 四', () => {
    const cells = report.cells;
    expect([cells['active.REG.IN_FORCE'], cells['active.NORM.ISSUED'], cells['active.NORM.IN_FORCE'], cells['active.LIC.DECISIONS'], cells['active.FEE.AMOUNT']]).toEqual([1, 3, 12, 5, 0.5]);
    expect([cells['apply.R1.NP'], cells['apply.R1.TOT'], cells['apply.R3_1.BIZ'], cells['apply.R3_6_3.NP'], cells['apply.R3_7.TOT'], cells['apply.R4.TOT']]).toEqual([9, 10, 1, 0, 10, 0]);
    expect([cells['review.RV.UPHELD'], cells['review.RV.TOTAL']]).toEqual([1, 1]);
    expect(summary.cellsMissing).toBe(0);
    expect(imported.findings.filter((f) => f.rule.startsWith('IMP') || ['T3-02', 'T3-03', 'T3-04', 'T4-02'].includes(f.rule))).toEqual([]);
    // Each figure's table, row and cell, as the markup numbers them (the nested table is the second).
    expect(report.provenance['active.NORM.IN_FORCE']).toMatchObject({ place: { kind: 'table', table: 2, row: 4, cell: 4 }, printed: '12' });
    expect(report.provenance['apply.R3_6_3.NP'].place).toMatchObject({ kind: 'table', table: 4 });
  });

  it('every figure is where its provenance says, read back from the document’s own tables', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nianbao-word-')), '年报.docx');
    writeFileSync(path, bytes);
    expectTraceable(report, await resolverFor(path));
  });

  it('keeps the signature whole, so that it is read as the closing block, not joined into the text', () => {
    expect(report.text.other).toBe('本年度未收取信息处理费。');
    // (The 署名 is the organisation's own name: kept as null, which prints that name.)
    expect(report.closing).toEqual({ signature: null, date: '2024-01-20' });
  });
});
