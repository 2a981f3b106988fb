// The register of 行政复议 and 行政诉讼 cases behind a real table 四 (test/ledgerFixtures.ts for
// table 三): each case filed in the year, concluded in it unless 尚未审结, its kind and result in
// the wordings offices use; written as .xlsx with a merged title and dates in every form.

import ExcelJS from 'exceljs';
import { FIRST_ROW, FORMS, addDays, dateCell, dayOf, figure, iso, pick, type DateForm } from './ledgerFixtures';

export const CASE_HEADINGS = ['序号', '案件类别', '是否经复议', '收到日期', '案由', '审结日期', '审结结果'];
const KIND_WORDS: Record<string, [string, string][]> = {
  RV: [['行政复议', ''], ['复议', '']],
  LD: [['行政诉讼（未经复议直接起诉）', ''], ['直接起诉', ''], ['行政诉讼', '否']],
  LR: [['行政诉讼（复议后起诉）', ''], ['行政诉讼', '是']],
};
const RESULT_WORDS: Record<string, string[]> = {
  UPHELD: ['结果维持', '维持', '驳回诉讼请求'],
  CORRECTED: ['结果纠正', '撤销', '确认违法'],
  OTHER: ['其他结果', '撤诉', '终止'],
  PENDING: ['尚未审结', '审理中', ''],
};

export interface Case {
  filed: string;
  concluded: string | null;
  kind: string;
  reviewedFirst: string;
  result: string;
}

/** The cases behind one year's table 四: filed in the year, concluded in it unless 尚未审结. */
export function casesFor(cells: Record<string, number>, year: number, rnd: () => number, { otherYears = true } = {}): Case[] {
  const out: Case[] = [];
  for (const row of ['RV', 'LD', 'LR']) {
    for (const column of ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING']) {
      for (let i = 0; i < figure(cells, `review.${row}.${column}`); i++) {
        const filed = iso(dayOf(year, Math.floor(rnd() * 300)));
        const [kind, reviewedFirst] = pick(KIND_WORDS[row], rnd);
        out.push({ filed, concluded: column === 'PENDING' ? null : addDays(filed, 30 + Math.floor(rnd() * 30)), kind, reviewedFirst, result: pick(RESULT_WORDS[column], rnd) });
      }
    }
  }
  // Cases of other years: concluded before the year, filed after it.
  if (otherYears) out.push({ filed: `${year - 1}-03-01`, concluded: `${year - 1}-06-01`, kind: '行政复议', reviewedFirst: '', result: '维持' });
  if (otherYears) out.push({ filed: `${year + 1}-02-01`, concluded: null, kind: '行政复议', reviewedFirst: '', result: '' });
  return out.sort((a, b) => a.filed.localeCompare(b.filed));
}

function caseCells(c: Case, i: number): (string | number | Date)[] {
  const date = (d: string | null, form: DateForm) => {
    if (d === null) return '';
    const v = dateCell(d, form);
    return 'text' in v ? v.text : 'serial' in v ? v.serial : v.date;
  };
  return [i + 1, c.kind, c.reviewedFirst, date(c.filed, FORMS[i % FORMS.length]), '政府信息公开', date(c.concluded, FORMS[(i + 1) % FORMS.length]), c.result];
}

export async function writeCasesXlsx(path: string, cases: Case[], title: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('复议诉讼');
  sheet.mergeCells(1, 1, 1, CASE_HEADINGS.length);
  sheet.getCell(1, 1).value = title;
  sheet.getRow(3).values = CASE_HEADINGS;
  cases.forEach((c, i) => {
    const row = sheet.getRow(FIRST_ROW + i);
    row.values = caseCells(c, i);
    for (const column of [4, 6]) if (row.getCell(column).value instanceof Date) row.getCell(column).numFmt = 'yyyy"年"m"月"d"日"';
  });
  await book.xlsx.writeFile(path);
}
