// From a token stream to a report: the title (机关, 年度), the six parts, the edition (from the
// labels, not only the year), the tables, the narrative. Everything uncertain becomes a finding
// (IMP-…) and a blank, never a guess.

import { EDITIONS, PARTS, cellIndex, editionForYear, type CellKey, type EditionId, type PartDef, type TableId, type TextSectionId } from '../formats';
import { blankReport, type Report } from '../report';
import { cellValues } from '../reconcile/values';
import type { Finding } from '../reconcile/types';
import { isLabel } from './labels';
import { comparable, isChrome } from './normalize';
import { readTable } from './tables';
import type { Token } from './tokens';

export interface Recognized {
  report: Report;
  findings: Finding[];
  /** Entered cells of the form that got a figure (or "/"), and those that did not. */
  recovered: number;
  missing: number;
}

const TITLE = /^(.{0,60}?)(\d{4})年度?政府信息公开(?:工作)?(?:年度)?报告$/;
const SOURCE = /^(?:发文机关|信息来源|发布机构|来源)[:：]\s*(\S+)/;

function findTitle(tokens: readonly Token[]): { index: number; organization: string; year: number } | null {
  for (let i = 0; i < Math.min(tokens.length, 400); i++) {
    if (isChrome(tokens[i].text)) continue; // "• 标题: …" metadata repeats the title
    const m = TITLE.exec(tokens[i].text.normalize('NFKC').replace(/\s/g, ''));
    if (m) {
      let organization = m[1];
      // "天水市2020年…" while the page says 发文机关: 天水市人民政府 — take the full name.
      for (const t of tokens.slice(0, 400)) {
        const s = SOURCE.exec(t.text.normalize('NFKC').trim().replace(/^[•·*-]\s*/, ''));
        if (s && s[1].startsWith(organization) && s[1].length > organization.length) organization = s[1];
      }
      return { index: i, organization, year: Number(m[2]) };
    }
  }
  return null;
}

function isHeading(token: Token, part: PartDef): boolean {
  if (token.cell || !token.text.normalize('NFKC').replace(/\s/g, '').startsWith(`${part.numeral}、`)) return false;
  return [part.heading, ...part.variants].some((h) => comparable(token.text) === comparable(h) || isLabel(token.text, h));
}

const MARKERS: Record<EditionId, string[]> = {
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量'],
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '申请人无正当理由逾期不补正'],
};

function editionFromLabels(tokens: readonly Token[]): EditionId | null {
  const text = comparable(tokens.map((t) => t.text).join('|'));
  const votes = (id: EditionId) => MARKERS[id].filter((m) => text.includes(comparable(m))).length;
  const [a, b] = [votes('2019'), votes('2021')];
  return a === b ? null : a > b ? '2019' : '2021';
}

const TABLE_OF: Partial<Record<TextSectionId, TableId>> = { active: 'active', applications: 'apply', review: 'review' };
const TABLE_NAMES: Record<TableId, string> = { active: '表二（主动公开）', apply: '表三（依申请公开）', review: '表四（复议诉讼）' };

export function recognize(tokens: readonly Token[]): Recognized | { error: string } {
  const title = findTitle(tokens);
  if (!title) return { error: '没有找到年报标题（“〈机关〉YYYY年政府信息公开工作年度报告”），无法确定报告年度' };
  const required = editionForYear(title.year);
  if (!required) return { error: `标题中的年度 ${title.year} 年没有全国统一格式` };
  const findings: Finding[] = [];
  const note = (rule: string, severity: Finding['severity'], message: string, cells: CellKey[] = []) => findings.push({ rule, severity, cells, message });

  // The six parts, in order.
  const starts = new Map<TextSectionId, number>();
  let pos = title.index + 1;
  for (const part of PARTS) {
    const at = tokens.findIndex((t, i) => i >= pos && isHeading(t, part));
    if (at === -1) note('IMP-07', 'warning', `没有找到“${part.heading}”这一部分的标题`);
    else {
      starts.set(part.text, at);
      pos = at + 1;
    }
  }
  const ordered = [...starts.entries()].sort((a, b) => a[1] - b[1]);
  const endOf = (section: TextSectionId) => {
    const i = ordered.findIndex(([s]) => s === section);
    return i + 1 < ordered.length ? ordered[i + 1][1] : tokens.length;
  };

  const fromLabels = editionFromLabels(tokens.slice(starts.get('active') ?? 0, starts.get('problems') ?? tokens.length));
  const edition = fromLabels ?? required.id;
  if (edition !== required.id) {
    note('IMP-05', 'warning', `发布的表格是 ${edition} 年版格式，但 ${title.year} 年度应使用 ${required.id} 年版格式（${required.notice}）。已按发布的格式导入。`);
  }

  const report: Report = { ...blankReport(title.organization, title.year), edition };
  const index = cellIndex(EDITIONS[edition]);
  const printed = new Map<CellKey, number>();
  const consumed = new Set<number>();
  const blanks: CellKey[] = [];

  for (const [section, table] of Object.entries(TABLE_OF) as [TextSectionId, TableId][]) {
    const from = starts.get(section) !== undefined ? starts.get(section)! + 1 : 0;
    const to = starts.get(section) !== undefined ? endOf(section) : tokens.length;
    const read = readTable(tokens, from, to, edition, table);
    if (read.end <= read.first) {
      note('S-02', 'error', `没有找到${TABLE_NAMES[table]}的数据（可能以图片发布），该表留空`);
      continue;
    }
    for (let i = read.first; i < read.end; i++) consumed.add(i);
    for (const [key, parsed] of read.values) {
      const cell = index.byKey.get(key)!;
      if (cell.derived) {
        if (parsed.value !== null) printed.set(key, parsed.value);
      } else if (parsed.notApplicable) report.notApplicable.push(key);
      else if (parsed.value !== null) report.cells[key] = parsed.value;
      else {
        // Many portals print 0 as an empty cell (spec §8): import 0, and say so.
        report.cells[key] = 0;
        blanks.push(key);
      }
    }
    for (const u of read.unreadable) {
      const cell = index.byKey.get(u.key)!;
      note('IMP-01', 'error', `${TABLE_NAMES[table]}「${cell.rowLabel} / ${cell.columnLabel}」${u.reason}，已留空`, [u.key]);
    }
    for (const u of read.unplaced) {
      const message =
        u.found === 0
          ? `${TABLE_NAMES[table]}没有找到“${u.row}”这一行，已留空`
          : table === 'review'
            ? `${TABLE_NAMES[table]}只找到 ${u.found} 个单元格，格式应有 ${u.expected} 个（不完整）。${u.placed > 0 ? `已按顺序填入 ${u.placed} 个（各栏总计核对无误的部分），其余 ${u.expected - u.placed} 个无法确定所在栏目，已留空` : '无法确定各数字所在的栏目，已全部留空'}，请对照原文核实`
            : `${TABLE_NAMES[table]}“${u.row}”找到 ${u.found} 个单元格，格式应有 ${u.expected} 个，无法确定各数字所在的栏目，已留空`;
      note('IMP-02', 'error', message, u.placedKeys);
    }
  }

  if (blanks.length > 0) note('IMP-04', 'warning', `发布的表格中有 ${blanks.length} 个单元格空白，已按 0 导入，请核对`, blanks);

  // Printed totals against the figures they sum: a disagreement is an error of the published report.
  const computed = cellValues(report);
  for (const [key, value] of printed) {
    if (computed[key] !== null && computed[key] !== value) {
      const cell = index.byKey.get(key)!;
      note('IMP-03', 'error', `发布的报告中「${cell.rowLabel} / ${cell.columnLabel}」印为 ${value}，按各项计算应为 ${computed[key]}`, [key]);
    }
  }

  report.text = narrative(tokens, title.index, starts, endOf, consumed, report);
  const entered = index.entered.length;
  const recovered = index.entered.filter((c) => report.cells[c.key] !== undefined || report.notApplicable.includes(c.key)).length;
  return { report, findings, recovered, missing: entered - recovered };
}

const FEES = /^本年度发出信息处理费收费通知(\d+)件(?:，总金额([\d.]+)元，实际收取信息处理费([\d.]+)元)?。$/;
const NO_FEES = '本年度未发出信息处理费收费通知，未收取信息处理费。';

function narrative(
  tokens: readonly Token[],
  titleIndex: number,
  starts: Map<TextSectionId, number>,
  endOf: (s: TextSectionId) => number,
  consumed: Set<number>,
  report: Report,
): Report['text'] {
  const lines = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((t, i) => ({ t, i: from + i }))
      .filter(({ t, i }) => !consumed.has(i) && !t.cell && t.text.trim() !== '' && !isChrome(t.text) && !TITLE.test(t.text.normalize('NFKC').replace(/\s/g, '')))
      .map(({ t }) => t.text.trim());
  const text = { ...report.text };
  const firstPart = Math.min(...[...starts.values(), tokens.length]);
  text.preamble = lines(titleIndex + 1, firstPart).join('\n');
  for (const part of PARTS) {
    const at = starts.get(part.text);
    if (at !== undefined) text[part.text] = lines(at + 1, endOf(part.text)).join('\n');
  }
  // Part 六: the fee statement our export writes from the fee fields goes back into them.
  const other = text.other.split('\n');
  const last = other[other.length - 1];
  const fees = FEES.exec(last);
  if (report.edition === '2021' && (fees || last === NO_FEES)) {
    report.fees = fees
      ? { noticeCount: Number(fees[1]), noticeAmountYuan: fees[2] === undefined ? null : Number(fees[2]), collectedYuan: fees[3] === undefined ? null : Number(fees[3]) }
      : { noticeCount: 0, noticeAmountYuan: null, collectedYuan: null };
    other.pop();
  }
  text.other = other.length === 1 && other[0] === '无。' ? '' : other.join('\n');
  return text;
}
