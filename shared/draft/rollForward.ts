// Next year's draft from this year's (spec T3-05, T2A-04): the organisation and the narrative
// are kept (to be updated: the narrative checks flag stale years), 四、结转下年度继续办理 becomes
// 二、上年结转, in the 2019 edition 上一年项目数量 = 上一年项目数量 + 本年增/减, in the 2021 edition
// 现行有效件数 starts from last year's (with a note: it is to be updated). When the year
// needs the other edition, the form changes with it, and everything last year's figures said
// that the new form has no place for is listed — nothing is dropped silently.

import { EDITIONS, cellIndex, cellKey, editionForYear, leaves } from '../formats';
import { blankReport, type Report } from '../report';
import { valueList } from '../reconcile/values';

/** What the clerk should know about the new draft: a rule id and a sentence. */
export interface ConversionNote {
  rule: string;
  message: string;
}

export interface RolledForward {
  report: Report;
  notes: ConversionNote[];
}

/** 2019 edition rows whose 上一年项目数量 carries forward (T2A-04). */
const ITEM_ROWS = ['LIC', 'SVC', 'PEN', 'ENF', 'FEE'];
/** 2021 edition rows whose 现行有效件数 starts from last year's (T2B-03). */
const IN_FORCE_ROWS = ['REG', 'NORM'];

export function rollForward(prior: Report, year: number = prior.year + 1): RolledForward {
  const edition = editionForYear(year);
  if (!edition) throw new RangeError(`no national format for report year ${year}`);
  // What describes the body carries on; what belongs to last year's report (its date, its
  // acknowledged warnings, its import) does not.
  const report: Report = {
    ...blankReport(prior.organization, year),
    text: { ...prior.text },
    organizationType: prior.organizationType,
    exportOptions: { ...prior.exportOptions },
    // A 署名 the clerk wrote stays; the 成文日期 is this year's to set.
    closing: { signature: prior.closing.signature, date: null },
  };
  const notes: ConversionNote[] = [];
  const before = valueList(prior);
  const priorIndex = cellIndex(EDITIONS[prior.edition]);
  const value = (key: string) => before[priorIndex.position.get(key)!];

  // 四、结转下年度继续办理 → 二、上年结转, column by column (the rows are the same in both editions).
  for (const col of edition.apply.columns.flatMap((c) => leaves(c)).filter((c) => !c.derivedBy)) {
    const carried = value(cellKey('apply', 'R4', col.key));
    if (carried !== null) report.cells[cellKey('apply', 'R2', col.key)] = carried;
  }

  if (prior.edition === '2019' && edition.id === '2019') {
    for (const row of ITEM_ROWS) {
      const prev = value(cellKey('active', row, 'PREV_ITEMS'));
      const delta = value(cellKey('active', row, 'DELTA'));
      if (prev !== null) report.cells[cellKey('active', row, 'PREV_ITEMS')] = prev + (delta ?? 0);
    }
  }
  if (prior.edition === '2021' && edition.id === '2021') {
    // 现行有效件数 starts from last year's (T2B-03: last year's + 本年制发 − 本年废止), said in a note.
    const carried = IN_FORCE_ROWS.filter((row) => value(cellKey('active', row, 'IN_FORCE')) !== null);
    for (const row of carried) report.cells[cellKey('active', row, 'IN_FORCE')] = value(cellKey('active', row, 'IN_FORCE'))!;
    if (carried.length > 0) {
      const listed = carried.map((row) => `${priorIndex.byKey.get(cellKey('active', row, 'IN_FORCE'))!.rowLabel} ${value(cellKey('active', row, 'IN_FORCE'))} 件`).join('、');
      notes.push({
        rule: 'CONV-05',
        message: `表二的现行有效件数已按 ${prior.year} 年报告填入（${listed}）。本年有制发或废止的，请相应更新：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。`,
      });
    }
  }
  if (prior.edition === '2019' && edition.id === '2021') notes.push(...editionChangeNotes(prior));
  if (prior.year !== year - 1) {
    notes.push({ rule: 'CONV-04', message: `上年报告是 ${prior.year} 年度的，不是 ${year - 1} 年度；跨年度核对不会进行。` });
  }
  return { report, notes };
}

/** 2020 (2019 edition) → 2021 (2021 edition): what of last year's form has no place any more. */
function editionChangeNotes(prior: Report): ConversionNote[] {
  const v = valueList(prior);
  const index = cellIndex(EDITIONS['2019']);
  const figure = (key: string) => v[index.position.get(key)!];
  const listed = (keys: string[]) =>
    keys
      .filter((k) => figure(k) !== null)
      .map((k) => `${index.byKey.get(k)!.rowLabel}${index.byKey.get(k)!.columnLabel} ${figure(k)}`)
      .join('，');
  const notes: ConversionNote[] = [
    {
      rule: 'CONV-01',
      message:
        `${prior.year + 1} 年度使用 2021 年版格式（国办公开办函〔2021〕30号）。表二改为“本年制发件数、本年废止件数、现行有效件数”：` +
        `上年的“对外公开总数量”（${listed(['active.REG.TOTAL_PUBLIC', 'active.NORM.TOTAL_PUBLIC']) || '未填写'}）统计的是公开的文件，不是现行有效的文件，不能换算，现行有效件数已留空，请按实际填写。`,
    },
    {
      rule: 'CONV-02',
      message: '表三的“（六）其他处理”在 2021 年版分为三项：逾期不补正、逾期未缴纳信息处理费、其他，请分别填写。',
    },
    {
      rule: 'CONV-03',
      message: '2021 年版不再有“上一年项目数量”“本年增/减”、其他对外管理服务事项和政府集中采购，上年的这些数字不再结转；第六部分需报告信息处理费收取情况。',
    },
  ];
  const dropped = listed([...ITEM_ROWS.flatMap((r) => [`active.${r}.PREV_ITEMS`, `active.${r}.DELTA`]), 'active.SVC.DECISIONS', 'active.PROC.ITEMS', 'active.PROC.AMOUNT']);
  if (dropped) notes[2] = { ...notes[2], message: `${notes[2].message}上年填写的：${dropped}。` };
  return notes;
}

/**
 * A report whose figures are in the 2019 edition but whose year needs the 2021 edition (S-03),
 * moved to the 2021 form: cells with the same meaning move over, （六）其他处理 goes to
 * “3.其他” for the clerk to split, and every figure without a place is listed.
 */
export function convertTo2021(report: Report): RolledForward {
  if (report.edition !== '2019') return { report, notes: [] };
  const target = cellIndex(EDITIONS['2021']);
  const source = cellIndex(EDITIONS['2019']);
  const converted: Report = {
    ...report,
    edition: '2021',
    cells: {},
    notApplicable: [],
    fees: { noticeCount: null, noticeAmountYuan: null, collectedYuan: null },
    importMarks: {},
    provenance: {},
    ledgers: [],
  };
  const moved = new Map<string, string>([
    ['active.REG.MADE', 'active.REG.ISSUED'],
    ['active.NORM.MADE', 'active.NORM.ISSUED'],
    ['apply.R3_6.NP', 'apply.R3_6_3.NP'],
  ]);
  for (const col of ['BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT']) moved.set(`apply.R3_6.${col}`, `apply.R3_6_3.${col}`);
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(report.cells)) {
    const to = moved.get(key) ?? key;
    if (target.byKey.has(to)) converted.cells[to] = value;
    else dropped.push(`${source.byKey.get(key)?.rowLabel ?? key}${source.byKey.get(key)?.columnLabel ?? ''} ${value}`);
  }
  converted.notApplicable = report.notApplicable.map((k) => moved.get(k) ?? k).filter((k) => target.byKey.has(k));
  // What an import could not establish stays unsettled where the cell moves one to one (a blank
  // read as 0 is still only assumed); marks of cells with no place go with them.
  for (const [key, mark] of Object.entries(report.importMarks)) {
    const to = moved.get(key) ?? key;
    if (target.byKey.has(to)) converted.importMarks[to] = mark;
  }
  // Where a figure came from moves with it; the ledger rows behind a cell too.
  for (const [key, source] of Object.entries(report.provenance)) {
    const to = moved.get(key) ?? key;
    if (target.byKey.has(to)) converted.provenance[to] = source;
  }
  converted.ledgers = report.ledgers.map((ledger) => {
    const rows: Record<string, number[]> = {};
    for (const [key, list] of Object.entries(ledger.rows)) {
      const to = moved.get(key) ?? key;
      if (target.byKey.has(to)) rows[to] = list;
    }
    return { ...ledger, rows };
  });
  const notes: ConversionNote[] = [
    { rule: 'CONV-01', message: '已转换为 2021 年版格式。“本年新制作数量”已移入“本年制发件数”；本年废止件数和现行有效件数请按实际填写。' },
    { rule: 'CONV-02', message: '“（六）其他处理”的数字已移入“3.其他”，请按逾期不补正、逾期未缴纳信息处理费、其他三项拆分。' },
  ];
  if (dropped.length > 0) notes.push({ rule: 'CONV-03', message: `2021 年版没有位置的数字未转入：${dropped.join('，')}。` });
  return { report: converted, notes };
}
