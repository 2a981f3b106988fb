// From a token stream to a report: which report (metadata.ts), the six parts, the edition (from
// the labels, not only the year), the tables (tables.ts → place.ts), the narrative. Everything
// uncertain becomes a finding (IMP-…) and an import mark, never a guess; every line left out of
// the report is listed for the import summary.

import { PARTS, editionForYear, reportYearProblem, type CellKey, type EditionId, type TableId, type TextSectionId } from '../formats';
import type { Finding } from '../reconcile/types';
import { blankReport, type Report } from '../report';
import { recognizeClosing } from './closing';
import { comparable, isBareNumber, isChrome } from './normalize';
import { joinProse, wrapWidth, type ProseLine } from './prose';
import { cutAfterTitle, cutBreadcrumb, cutComments, cutTrailing } from './inline';
import { leadingTitle, readMetadata, splitLeadingTitle, startsWithTitle, titleOf, type Metadata, type MetadataOptions } from './metadata';
import { noteOutside, placeTable, TABLE_NAMES, type Placement } from './place';
import { headingPart, splitRuns } from './segment';
import { arithmeticHolds } from './solve';
import { isFigure, type TableRead } from './tables';
import { candidatesOf, chosenNote, leaveToClerk, provenByHeading, withoutRepeated } from './twice';
import type { Token } from './tokens';

export interface Recognized {
  report: Report;
  findings: Finding[];
  metadata: Metadata;
  /** Sentences for the import summary: how figures were established. */
  notes: string[];
  /** Lines of the source left out of the report (page chrome, lines before the title, cells outside the tables). */
  dropped: string[];
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

export function recognize(raw: readonly Token[], options: MetadataOptions = {}): Recognized | { error: string } {
  const tokens = withoutInlineChrome(splitLeadingTitle(cutBreadcrumb(splitRuns(cutComments(raw)), startsWithTitle)));
  const metadata = readMetadata(tokens, options);
  if (!metadata.year) {
    return { error: '没有找到报告年度：标题、统计期限、发布日期中都没有写明。请在导入时指定报告年度（命令行用 --year）' };
  }
  const year = metadata.year.value;
  const required = editionForYear(year);
  if (!required) return { error: `报告年度 ${year} 年没有全国统一格式（2019 年度起才有）` };
  // The same rule as the draft file's: a year no draft may hold is refused here, not saved later.
  if (reportYearProblem(year)) return { error: `读出的报告年度为 ${year} 年，${reportYearProblem(year)}。请在导入时指定报告年度（命令行用 --year）` };
  const findings: Finding[] = [];
  const note = (rule: string, severity: Finding['severity'], message: string, cells: CellKey[] = []) => findings.push({ rule, severity, cells, message });

  // The six parts, in order, whatever their numerals.
  const bodyStart = metadata.title ? metadata.title.end : 0;
  const starts = new Map<TextSectionId, number>();
  let pos = bodyStart;
  for (const part of PARTS) {
    let at = -1;
    for (let i = pos; i < tokens.length; i++) {
      if (!tokens[i].cell && headingPart(tokens[i].text) === part) {
        at = i;
        break;
      }
    }
    if (at === -1) note('IMP-07', 'warning', `没有找到“${part.heading}”这一部分的标题`);
    else {
      starts.set(part.text, at);
      pos = at + 1;
    }
  }
  const ordered = [...starts.entries()].sort((a, b) => a[1] - b[1]);
  const endOf = (at: number) => ordered.find(([, s]) => s > at)?.[1] ?? tokens.length;

  const fromLabels = editionFromLabels(tokens.slice(starts.get('active') ?? bodyStart, starts.get('problems') ?? tokens.length));
  const edition = fromLabels ?? required.id;
  if (edition !== required.id) {
    note('IMP-05', 'warning', `发布的表格是 ${edition} 年版格式，但 ${year} 年度应使用 ${required.id} 年版格式（${required.notice}）。已按发布的格式导入。`);
  }

  const report: Report = { ...blankReport(metadata.organization?.value ?? '', year), edition };
  if (metadata.publishDate) report.publishDate = metadata.publishDate.value;
  const placement: Placement = { report, findings, notes: [] };
  const consumed = new Set<number>();
  /** Narrative cut out of runs the tables consumed, by the run's index. */
  const kept = new Map<number, string[]>();
  let tablesFound = 0;
  /** The token after the last table read: a table without a heading never starts inside one before it. */
  let afterTables = bodyStart;
  const reads: { read: TableRead; table: TableId }[] = [];

  for (const [section, table] of Object.entries(TABLE_OF) as [TextSectionId, TableId][]) {
    const start = starts.get(section);
    // Without its heading, a table is looked for between the parts around it — after the table
    // before it: table 三's own rows, read again, gave table 四 figures its text never printed.
    const previous = [...ordered].reverse().find(([s]) => PARTS.findIndex((p) => p.text === s) < PARTS.findIndex((p) => p.text === section));
    const from = start !== undefined ? start + 1 : Math.max(previous ? previous[1] + 1 : bodyStart, afterTables);
    const to = endOf(start ?? from - 1);
    const candidates = candidatesOf(tokens, from, to, edition, table);
    const read = candidates[0].read;
    if (read.end <= read.first) {
      note('S-02', 'error', `没有找到${TABLE_NAMES[table]}的数据（可能以图片发布），该表留空`);
      continue;
    }
    tablesFound++;
    for (const { read: copy } of candidates) {
      acceptByOrder(copy, edition, table);
      for (let i = copy.first; i < copy.end; i++) for (const k of [copy.source[i], ...(copy.absorbed.get(copy.source[i]) ?? [])]) consumed.add(k);
      if (copy.rowsEnd > copy.first) afterTables = Math.max(afterTables, copy.source[copy.rowsEnd - 1] + 1);
      copy.tokens.forEach((t, k) => t.prose && kept.set(copy.source[k], [...(kept.get(copy.source[k]) ?? []), t.text]));
    }
    // Printed twice: the copy the headings prove, or none (every cell left to the clerk).
    const chosen = candidates.length === 1 ? 0 : provenByHeading(candidates, year);
    if (chosen === null) {
      // Only some rows printed again: those rows to the clerk, the rest from the whole copy.
      const rest = withoutRepeated(candidates);
      if (rest) {
        placeTable(rest.read, edition, table, placement);
        reads.push({ read: rest.read, table });
      }
      leaveToClerk(report, findings, edition, table, candidates, rest?.cells);
      continue;
    }
    if (candidates.length > 1) placement.notes.push(chosenNote(table, candidates, chosen));
    placeTable(candidates[chosen].read, edition, table, placement);
    reads.push({ read: candidates[chosen].read, table });
  }
  for (const { read, table } of reads) {
    const rowsOf = (other: TableRead, at: number) => other.rowsEnd > other.first && other.source[other.first] <= at && at <= other.source[other.rowsEnd - 1];
    noteOutside(read, edition, table, placement, (at) => reads.some((o) => o.read !== read && rowsOf(o.read, at)));
  }

  // What the page has before the title is its header (site banner, menus, metadata).
  const dropped: string[] = [];
  const titleStart = metadata.title?.start ?? bodyStart;
  for (let i = 0; i < titleStart; i++) if (tokens[i].text.trim() !== '' && !isTitleLine(tokens[i].text)) dropped.push(tokens[i].text.trim());
  report.text = narrative(tokens, bodyStart, starts, endOf, { consumed, kept }, report, dropped, placement.notes);
  if (tablesFound === 0 && starts.size === 0 && Object.values(report.text).every((t) => t.length < 20)) {
    return { error: '没有找到年报的内容：既没有“一、总体情况”等各部分的标题，也没有统计表' };
  }
  if (!metadata.organization || metadata.organization.value === '') {
    note('IMP-09', 'warning', '没有找到机关名称（标题和发文机关、信息来源等信息中都没有），请在报告中填写');
  }
  if (metadata.year.inferred) note('IMP-09', 'warning', `报告年度 ${year} 是由${metadata.year.source}推断的，请核对`);
  for (const c of metadata.conflicts) note('IMP-09', 'warning', `报告年度不一致：${c}，已按标题导入，请核对`);
  return { report, findings, metadata, notes: placement.notes, dropped };
}

/** The share bar after a title at the top of the page, and chrome words after a run's last sentence. */
function withoutInlineChrome(tokens: Token[]): Token[] {
  const title = tokens.findIndex((t, i) => i < 200 && !t.cell && titleOf(t.text) !== null);
  return cutTrailing(title === -1 ? tokens : cutAfterTitle(tokens, title + 1, leadingTitle));
}

/** Rows read in the form's order are taken only when the arithmetic of the whole table holds. */
function acceptByOrder(read: TableRead, edition: EditionId, table: TableId): void {
  if (!read.ordered) return;
  const values = new Map<CellKey, number | null>();
  for (const { row, figures } of read.ordered.rows) {
    if (!figures || figures.kind !== 'exact' || figures.cells.some((c) => !c.parsed.ok)) return;
    figures.cells.forEach((c, i) => c.parsed.ok && values.set(row.cells[i], c.parsed.notApplicable ? 0 : c.parsed.value));
  }
  if (!arithmeticHolds(edition, table, values)) return;
  read.rows = read.ordered.rows;
  read.strays = read.ordered.strays;
  read.extras = [];
  read.byOrder = true;
}

const isTitleLine = (text: string) => titleOf(text) !== null;

const FEES = /^本年度发出信息处理费收费通知(\d+)件(?:，总金额([\d.]+)元，实际收取信息处理费([\d.]+)元)?。$/;
const NO_FEES = '本年度未发出信息处理费收费通知，未收取信息处理费。';

/**
 * The text of each part: its lines that are neither a table's nor chrome, joined where a page
 * broke a sentence (prose.ts). Chrome goes only as whole lines, each listed in `dropped`; cells
 * outside the tables and figures left in a table's part are listed too — they never land in the
 * narrative, unless a bare number stands inside a sentence.
 */
function narrative(
  tokens: readonly Token[],
  bodyStart: number,
  starts: Map<TextSectionId, number>,
  endOf: (at: number) => number,
  { consumed, kept }: { consumed: Set<number>; kept: Map<number, string[]> },
  report: Report,
  dropped: string[],
  notes: string[],
): Report['text'] {
  const tableParts = new Set(PARTS.filter((p) => p.table).map((p) => starts.get(p.text)));
  let joins = 0;
  let numbers = 0;
  let unpadded = 0;
  const parts: { section: TextSectionId | 'preamble'; lines: ProseLine[] }[] = [];
  const lines = (section: TextSectionId | 'preamble', from: number, to: number, inTablePart: boolean) => {
    const read: ProseLine[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      const text = t.text.trim();
      if (consumed.has(i)) read.push(...(kept.get(i) ?? []).map((k) => ({ text: k, block: t.block })));
      if (consumed.has(i) || text === '') continue;
      if (isBareNumber(text) && !t.cell) read.push({ text, number: true });
      else if (t.cell || t.chrome || isChrome(text) || (inTablePart && isFigure(t))) dropped.push(text);
      else if (!isTitleLine(text)) read.push({ text, block: t.block });
    }
    parts.push({ section, lines: read });
  };
  const firstPart = Math.min(...starts.values(), tokens.length);
  lines('preamble', bodyStart, firstPart, false);
  for (const part of PARTS) {
    const at = starts.get(part.text);
    if (at !== undefined) lines(part.text, at + 1, endOf(at), tableParts.has(at));
  }
  // Where the page wraps its lines, if it does: read over the whole text.
  const width = wrapWidth(parts.flatMap((p) => p.lines.filter((l) => !l.number).map((l) => l.text)));
  const joined = { ...report.text };
  for (const { section, lines: read } of parts) {
    const prose = joinProse(read, width);
    dropped.push(...prose.dropped);
    joins += prose.joins;
    numbers += prose.numbers;
    unpadded += prose.unpadded;
    joined[section] = prose.paragraphs.join('\n');
  }
  if (joins > 0) notes.push(`正文中有 ${joins} 处在句子中间换行，已接回所在段落${numbers > 0 ? `（其中 ${numbers} 个单独成行的数字已放回句中）` : ''}。`);
  if (unpadded > 0) notes.push(`版面在汉字之间留下的空格已去除 ${unpadded} 个（如“邮 编 ：”）。`);
  // 署名 and 成文日期 under the last part go into report.closing (closing.ts), before the fee statement is looked for.
  const text = recognizeClosing(joined, report, notes);
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
  // A printed "无。" stays: it is what the report says (S-01 accepts it as part 六's content, and
  // for the 2021 edition S-04 still asks for the 信息处理费). Read as '' it became a false S-01
  // error, "没有内容", on a report that does say there is nothing more to report.
  text.other = other.join('\n');
  return text;
}
