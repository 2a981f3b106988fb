// The 审核签批单 as one A4 page: Word (docx) and HTML (printed to PDF by Chromium in the app;
// the command line converts the Word file with LibreOffice). Both draw the same rows: the
// report, its version fingerprint, each stage with name and date, the remarks, the check summary
// with each accepted warning's reason, and blank lines for handwritten signatures.

import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, convertMillimetersToTwip } from 'docx';
import type { ExportOptions } from '../report';
import type { SignoffSheet } from '../workflow/signoff';
import { cssFontFamily, fontNames } from './fonts';
import { escapeHtml } from './html';

export const SIGNOFF_TITLE = '政府信息公开工作年度报告审核签批单';

interface Cell {
  text: string;
  span?: number;
  /** A label column (黑体) rather than a value. */
  label?: boolean;
  /** Smaller type: the fingerprint, the warnings' reasons. */
  small?: boolean;
  /** Room for a handwritten signature. */
  tall?: boolean;
}

/** Four columns, in mm: label, value, label, value (160 mm: A4 less 25 mm margins). */
const COLUMNS_MM = [30, 50, 30, 50];
const MARGIN_MM = 25;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const groups = (fp: string) => (fp.match(/.{1,8}/g) ?? []).map((g, i) => (i === 4 ? `\n${g}` : i > 0 ? ` ${g}` : g)).join('');

export function signoffRows(sheet: SignoffSheet): Cell[][] {
  const checks = sheet.checks;
  const summary = `错误 ${checks.errors} 项；警告 ${checks.warnings} 项${checks.accepted.length + sheet.acceptedMore > 0 ? `（已说明理由 ${checks.accepted.length + sheet.acceptedMore} 项）` : ''}；提示 ${checks.infos} 项`;
  const accepted = checks.accepted.map((w, i) => `${i + 1}. [${w.rule}] ${clip(w.message, 70)}\n理由：${clip(w.reason, 60)}`);
  if (sheet.acceptedMore > 0) accepted.push(`另有 ${sheet.acceptedMore} 项已说明的警告，见年报编辑器“检查结果”。`);
  return [
    [{ text: '报告名称', label: true }, { text: sheet.title, span: 3 }],
    [{ text: '报送单位', label: true }, { text: sheet.organization }, { text: '报告年度', label: true }, { text: `${sheet.year} 年度` }],
    // In groups of eight, four to a line: read aloud and compared by eye, never cut mid-group.
    [{ text: '版本指纹', label: true }, { text: groups(sheet.fingerprint), span: 3, small: true }],
    [{ text: '当前阶段', label: true }, { text: sheet.stage }, { text: '审核意见', label: true }, { text: `未处理 ${sheet.remarks.open} 条，已处理 ${sheet.remarks.resolved} 条${sheet.returns > 0 ? `（退回 ${sheet.returns} 次）` : ''}` }],
    [{ text: '环节', label: true }, { text: '经办人', label: true }, { text: '日期', label: true }, { text: '说明', label: true }],
    ...sheet.stages.map((s, i) => [{ text: s.name, label: true }, { text: s.by }, { text: s.date }, { text: clip(i === sheet.stages.length - 1 && sheet.portalUrl ? [sheet.portalUrl, s.note].filter(Boolean).join('；') : s.note, 60), small: true }]),
    [{ text: '检查结果', label: true }, { text: summary, span: 3 }],
    ...(accepted.length > 0 ? [[{ text: '已说明的警告', label: true }, { text: accepted.join('\n'), span: 3, small: true }]] : []),
    ...sheet.signatures.map((who) => [{ text: who.replace('（', '\n（'), label: true }, { text: '签字：', tall: true }, { text: '日期', label: true }, { text: '　　年　　月　　日', tall: true }]),
  ];
}

const FOOT = '版本指纹是报告内容（标题、机关、年度、格式、各部分文字和表格数字）的 SHA-256 值，与导出的 Word、PDF、网页文件中记录的指纹相同；可用命令 verify 核对已发布的文件与本版本是否一致。';

export function signoffHtml(sheet: SignoffSheet, options: ExportOptions): string {
  const rows = signoffRows(sheet)
    .map((row) => `<tr>${row.map((c) => `<td${c.span ? ` colspan="${c.span}"` : ''} class="${[c.label ? 'label' : '', c.small ? 'small' : '', c.tall ? 'tall' : ''].join(' ').trim()}">${escapeHtml(c.text).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(SIGNOFF_TITLE)}</title>
<style>
@page { size: A4; margin: ${MARGIN_MM}mm; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: ${cssFontFamily('body', options)}; font-size: 12pt; line-height: 1.45; }
h1 { font-family: ${cssFontFamily('title', options)}; font-size: 20pt; font-weight: normal; text-align: center; margin: 0 0 6mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.label { width: ${COLUMNS_MM[0]}mm; }
td { border: 0.75pt solid #000; padding: 1.6mm 2mm; vertical-align: middle; overflow-wrap: anywhere; }
td.label { font-family: ${cssFontFamily('level1', options)}; text-align: center; }
td.small { font-size: 10pt; line-height: 1.35; }
td.tall { height: 16mm; vertical-align: bottom; }
p.foot { font-size: 9pt; line-height: 1.4; margin: 4mm 0 0; color: #333; }
</style>
</head>
<body>
<h1>${escapeHtml(SIGNOFF_TITLE)}</h1>
<table>
<colgroup>${COLUMNS_MM.map((w, i) => `<col${i % 2 === 0 ? ' class="label"' : ''} style="width: ${w}mm">`).join('')}</colgroup>
${rows}
</table>
<p class="foot">${escapeHtml(FOOT)}</p>
</body>
</html>
`;
}

const DXA_PER_MM = 1440 / 25.4;
const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

export async function signoffDocx(sheet: SignoffSheet, options: ExportOptions): Promise<Uint8Array> {
  const fonts = fontNames(options);
  const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
  const widths = COLUMNS_MM.map((w) => Math.round(w * DXA_PER_MM));
  const run = (text: string, c: Partial<Cell>) => text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: font(c.label ? fonts.level1 : fonts.body), size: c.small ? 20 : 24 }));
  const rows = signoffRows(sheet).map((row) => {
    let column = 0;
    return new TableRow({
      cantSplit: true,
      height: row.some((c) => c.tall) ? { value: Math.round(16 * DXA_PER_MM), rule: 'atLeast' } : undefined,
      children: row.map((c) => {
        const span = c.span ?? 1;
        const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
        column += span;
        return new TableCell({
          columnSpan: span > 1 ? span : undefined,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: c.tall ? VerticalAlignTable.BOTTOM : VerticalAlignTable.CENTER,
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
          children: [new Paragraph({ alignment: c.label ? AlignmentType.CENTER : AlignmentType.LEFT, children: run(c.text, c) })],
        });
      }),
    });
  });
  const doc = new Document({
    title: SIGNOFF_TITLE,
    creator: sheet.organization,
    sections: [
      {
        properties: { page: { margin: { top: convertMillimetersToTwip(MARGIN_MM), bottom: convertMillimetersToTwip(MARGIN_MM), left: convertMillimetersToTwip(MARGIN_MM), right: convertMillimetersToTwip(MARGIN_MM) } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: SIGNOFF_TITLE, font: font(fonts.title), size: 40 })] }),
          new Table({
            rows,
            columnWidths: widths,
            width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            layout: TableLayoutType.FIXED,
            borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          }),
          new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: FOOT, font: font(fonts.body), size: 18 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
