// Is this printed file the version? A file read back by the importer (Word, PDF, a saved portal
// page) is compared with a version cell by cell — every figure as printed, totals included —
// and part by part on the words printed (spaces and line breaks aside: a PDF or a portal breaks
// lines where it likes), plus the organisation, year, title, 信息处理费 and the closing (署名,
// 成文日期). Every difference is named.

import { EDITIONS, PARTS, SECTION_NAMES, cellIndex, type CellKey, type TextSectionId } from '../formats';
import { documentModel, feeStatement } from '../export/document';
import { chineseDate } from '../export/closing';
import { formatValue } from '../export/layout';
import { paragraphs } from '../export/narrative';
import { cellValues } from '../reconcile/values';
import { REPORT_DEFAULTS, TEXT_SECTIONS, reportTitle, type Report, type ReportContent } from '../report';
import { excerptOfChange, textDiff } from './compare';
import { cellName } from './remarks';

export interface Difference {
  kind: 'field' | 'cell' | 'part';
  /** The cell's, part's or field's name, as a clerk reads it. */
  name: string;
  /** What the version says, and what the file says (a short excerpt for a part). */
  expected: string;
  found: string;
  /** For a cell, its key; for a part, its section. */
  key?: CellKey | TextSectionId;
}

const asReport = (c: ReportContent): Report => ({ ...REPORT_DEFAULTS(), explanations: {}, ...c });

/** Only the words, without any white space; compared NFKC (full- and half-width alike). */
const words = (s: string) => s.replace(/\s+/g, '');
const same = (a: string, b: string) => a === b || a.normalize('NFKC') === b.normalize('NFKC');

/** A part's text as the exports print it (its own heading typed into it is not printed). */
function printedText(c: ReportContent, section: TextSectionId): string {
  const part = PARTS.find((p) => p.text === section);
  const shown = paragraphs(c.text[section], part ? [part.heading, ...part.variants] : []).map((p) => p.lead + p.rest).join('');
  // An empty 六 is printed “无。” — unless the 信息处理费 statement stands in for it (document.ts).
  if (section === 'other' && words(shown) === '' && (c.edition === '2019' || feeStatement(c.fees) === null)) return '无。';
  return shown;
}

export function differences(expected: ReportContent, read: Report): Difference[] {
  const out: Difference[] = [];
  const found = printedBlanks(read);
  const field = (name: string, a: string, b: string) => !same(words(a), words(b)) && out.push({ kind: 'field', name, expected: a, found: b });
  field('机关名称', expected.organization, found.organization);
  field('报告年度', String(expected.year), String(found.year));
  field('标题', reportTitle(expected), reportTitle(found));
  if (expected.edition !== found.edition) {
    out.push({ kind: 'field', name: '表格格式', expected: `${expected.edition} 年版`, found: `${found.edition} 年版` });
    return out;
  }
  closingDifferences(expected, found).forEach(([name, a, b]) => field(name, a, b));
  const index = cellIndex(EDITIONS[expected.edition]);
  const want = cellValues(asReport(expected));
  const computed = cellValues(found);
  for (const cell of index.all) {
    const printed = (values: typeof want, c: Pick<Report, 'cells' | 'notApplicable'>) => {
      // A total as the file printed it (a stated total), else as its figures sum.
      const value = cell.derived ? (c.cells[cell.key] ?? values[cell.key]) : (c.cells[cell.key] ?? null);
      return formatValue(value, !cell.derived && c.notApplicable.includes(cell.key), { kind: cell.kind });
    };
    const a = printed(want, expected);
    const b = printed(computed, found);
    if (a !== b) out.push({ kind: 'cell', key: cell.key, name: cellName(expected, cell.key), expected: a || '空白', found: b || '空白' });
  }
  // The fee fields are printed only as the statement part 六 adds when its text names no fee.
  const statement = feeStatement(expected.fees);
  const other = documentModel(asReport(expected)).parts.find((p) => p.paragraphs.some((para) => para.rest === statement));
  if (expected.edition === '2021' && statement !== null && other) {
    const fees = (r: Pick<Report, 'fees'>) => [r.fees.noticeCount, r.fees.noticeAmountYuan, r.fees.collectedYuan].map((v) => (v === null ? '—' : String(v))).join(' / ');
    field('信息处理费（收费通知件数 / 总金额 / 实际收取，元）', fees(expected), fees(found));
  }
  for (const section of TEXT_SECTIONS) {
    const a = words(printedText(expected, section));
    const b = words(printedText(found, section));
    if (same(a, b)) continue;
    out.push({ kind: 'part', key: section, name: SECTION_NAMES[section], expected: `${[...a].length} 字`, found: excerptOfChange(textDiff(a, b)) });
  }
  return out;
}

/**
 * The importer reads a blank cell as 0 and marks it (many portals print 0 as blank): what the file
 * printed there is a blank, and a blank is what is compared.
 */
function printedBlanks(read: Report): Report {
  const blanks = Object.keys(read.importMarks).filter((key) => read.importMarks[key].reason === 'blankAsZero');
  if (blanks.length === 0) return read;
  const cells = { ...read.cells };
  for (const key of blanks) delete cells[key];
  return { ...read, cells };
}

/**
 * 署名 and 成文日期 as printed: a null 署名 prints the organisation's name, and the importer keeps
 * a printed 署名 equal to the organisation as null — so each side is compared as its name. A null
 * 成文日期 prints the 发布日期 when one is set, which the version does not hold: the date is
 * compared only when the version sets it.
 */
function closingDifferences(expected: ReportContent, found: Report): [string, string, string][] {
  const out: [string, string, string][] = [];
  const signature = (c: Pick<Report, 'closing' | 'organization'>) => c.closing.signature?.trim() || c.organization.trim();
  out.push(['署名', signature(expected), signature(found)]);
  if (expected.closing.date !== null) out.push(['成文日期', chineseDate(expected.closing.date), found.closing.date ? chineseDate(found.closing.date) : '空白']);
  return out;
}

/** One line per difference, for the command line and the app. */
export function differenceLine(d: Difference): string {
  if (d.kind === 'part') return `${d.name}：文字不同，${d.found}`;
  return `${d.name}：应为 ${d.expected}，文件中为 ${d.found}`;
}
