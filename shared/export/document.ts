// The whole report as the exporters print it: title, preamble, the six parts in order with
// their narrative and tables, and the closing block (署名, 成文日期). Built once from the report
// and the edition data, every text without the characters XML forbids (U+FFFF, controls, lone
// surrogates: a Word file holding one does not open), so that no export can carry them.

import { EDITIONS } from '../formats';
import { reportTitle, type ExportOptions, type Fees, type Report } from '../report';
import { xmlSafe } from '../text/characters';
import { closingBlock, type ClosingBlock } from './closing';
import { tableLayout, type TableLayout } from './layout';
import { paragraphs, type Paragraph } from './narrative';

export interface PartModel {
  heading: string;
  paragraphs: Paragraph[];
  table?: TableLayout;
}

export interface DocumentModel {
  title: string;
  organization: string;
  year: number;
  preamble: Paragraph[];
  parts: PartModel[];
  /** 署名 and 成文日期 below the text; null when there is no organisation to sign with. */
  closing: ClosingBlock | null;
  /** The clerk's choice of typefaces (fonts.ts). */
  options: ExportOptions;
}

export function documentModel(report: Report): DocumentModel {
  const edition = EDITIONS[report.edition];
  return {
    title: xmlSafe(reportTitle(report)),
    organization: xmlSafe(report.organization),
    year: report.year,
    preamble: paragraphs(xmlSafe(report.text.preamble)),
    parts: edition.parts.map((part) => {
      let body = paragraphs(xmlSafe(report.text[part.text]), [part.heading, ...part.variants]);
      if (part.text === 'other') body = withFeeStatement(body, report);
      return { heading: part.heading, paragraphs: body, table: part.table ? tableLayout(report, part.table) : undefined };
    }),
    closing: closingBlock({ ...report, organization: xmlSafe(report.organization), closing: { ...report.closing, signature: report.closing.signature && xmlSafe(report.closing.signature) } }),
    options: report.exportOptions,
  };
}


const MENTIONS_FEES = /信息处理费|收费通知/;

/**
 * 2021 edition, part 六: the 信息处理费 figures (国办函〔2020〕109号) are stated from the fee
 * fields when the narrative does not state them. Nothing else is ever invented: an empty part
 * 六 prints empty (S-01 tells the clerk), never a "无。" the clerk did not write.
 */
function withFeeStatement(body: Paragraph[], report: Report): Paragraph[] {
  const out = [...body];
  if (report.edition === '2021' && !out.some((p) => MENTIONS_FEES.test(p.lead + p.rest))) {
    const statement = feeStatement(report.fees);
    if (statement) out.push({ level: 0, lead: '', rest: statement, heading: false });
  }
  return out;
}

export function feeStatement(fees: Fees): string | null {
  const { noticeCount, noticeAmountYuan, collectedYuan } = fees;
  if (noticeCount === null) return null;
  if (noticeCount === 0) return '本年度未发出信息处理费收费通知，未收取信息处理费。';
  if (noticeAmountYuan === null || collectedYuan === null) return `本年度发出信息处理费收费通知${noticeCount}件。`;
  return `本年度发出信息处理费收费通知${noticeCount}件，总金额${noticeAmountYuan}元，实际收取信息处理费${collectedYuan}元。`;
}
