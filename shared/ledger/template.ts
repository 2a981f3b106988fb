// 导出台账模板: the columns of a ledger that counts with no mapping at all, and the drop-down
// lists of the statute's categories for them — taken from the edition data, so the template of
// each edition offers exactly its own rows (the 2021 edition's three （六）其他处理 rows).

import { editionForYear } from '../formats';
import { categoriesOf } from './categories';
import { FIELD_NAMES, type LedgerField, type LedgerKind } from './fields';

export interface TemplateColumn {
  heading: string;
  field: LedgerField | null;
  /** The drop-down list: the values a cell may take. */
  choices?: readonly string[];
  date?: boolean;
  width: number;
  note?: string;
}

export interface TemplateSheet {
  kind: LedgerKind;
  name: string;
  title: string;
  columns: readonly TemplateColumn[];
}

/** The 办理结果 choices: every outcome row as the form prints it, group and item together. */
export function outcomeChoices(year: number): string[] {
  return categoriesOf(editionForYear(year)!).outcomes.map((o) => o.label.replace(/（区分处理的.*）$/, ''));
}

export function templateSheets(year: number): TemplateSheet[] {
  const c = categoriesOf(editionForYear(year)!);
  const name = (f: LedgerField) => FIELD_NAMES[f].replace(/（.*$/, '');
  return [
    {
      kind: 'applications',
      name: '政府信息公开申请登记台账',
      title: `${year}年政府信息公开申请登记台账`,
      columns: [
        { heading: '序号', field: null, width: 6 },
        { heading: name('received'), field: 'received', date: true, width: 12, note: '收到申请之日，如 2025-01-06' },
        { heading: name('applicantName'), field: 'applicantName', width: 18 },
        { heading: name('applicantType'), field: 'applicantType', choices: c.applicants.map((a) => a.label), width: 14 },
        { heading: '申请内容', field: null, width: 30 },
        { heading: name('answered'), field: 'answered', date: true, width: 12, note: '尚未答复的留空，年底未答复的即结转下年度' },
        { heading: name('outcome'), field: 'outcome', choices: outcomeChoices(year), width: 40 },
        { heading: '备注', field: null, width: 20 },
      ],
    },
    {
      kind: 'cases',
      name: '行政复议行政诉讼台账',
      title: `${year}年政府信息公开行政复议、行政诉讼案件台账`,
      columns: [
        { heading: '序号', field: null, width: 6 },
        { heading: name('caseKind'), field: 'caseKind', choices: c.caseKinds.map((k) => (k.key === 'RV' ? k.label : `行政诉讼（${k.label}）`)), width: 28 },
        { heading: '收到日期', field: 'filed', date: true, width: 12 },
        { heading: '案由', field: null, width: 30 },
        { heading: name('concluded'), field: 'concluded', date: true, width: 12, note: '尚未审结的留空' },
        { heading: name('result'), field: 'result', choices: c.caseResults.map((r) => r.label), width: 12 },
        { heading: '备注', field: null, width: 20 },
      ],
    },
  ];
}
