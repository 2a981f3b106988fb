// Which report this is: the organisation and the year, from the title in any common order
// ("天水市2020年…", "2019年上海市…", "…年度报告（2020年）", over two lines), or from the page's
// metadata lines (发文机关, 信息来源, 发布日期, 成文日期), the 统计期限 sentence, or the text — and
// where each came from, for the import summary. Nothing here is decided by taste: each source
// is named, and the weaker ones are said to need checking.

import { piece } from './origin';
import type { Token } from './tokens';

export interface Found<T> {
  value: T;
  /** Where it came from, in Chinese, for the summary ("标题", "“发文机关”一行" …). */
  source: string;
  /** A weaker source: the summary asks the clerk to check it. */
  inferred?: boolean;
}

export interface Metadata {
  organization: Found<string> | null;
  year: Found<number> | null;
  publishDate: Found<string> | null;
  /** The title's tokens [start, end); the narrative starts after it. */
  title: { start: number; end: number; text: string } | null;
  /** The year the title names, when another source disagrees with it. */
  conflicts: string[];
}

const REPORT = '(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告';
const ORG = '[\\u4e00-\\u9fff（）()·]{2,40}?';
const TITLES: { re: RegExp; org: number; year: number }[] = [
  { re: new RegExp(`^(${ORG})?(\\d{4})年度?${REPORT}$`), org: 1, year: 2 },
  { re: new RegExp(`^(\\d{4})年度?(${ORG})${REPORT}$`), org: 2, year: 1 },
  { re: new RegExp(`^(${ORG})关于(\\d{4})年度?${REPORT}$`), org: 1, year: 2 },
  { re: new RegExp(`^(${ORG})${REPORT}[（(](\\d{4})年度?[）)]$`), org: 1, year: 2 },
  { re: new RegExp(`^(${ORG})${REPORT}$`), org: 1, year: 0 },
];

/** Reads a title; org and year may be missing. */
export function titleOf(text: string): { organization: string; year: number | null } | null {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  if (t.length > 80) return null;
  for (const { re, org, year } of TITLES) {
    const m = re.exec(t);
    if (m) return { organization: m[org] ?? '', year: year ? Number(m[year]) : null };
  }
  return null;
}

const SPACED_REPORT = '(?:政府信息公开|政务公开)\\s*(?:工作)?\\s*(?:年度)?\\s*报告';
const LEADING_TITLE = new RegExp(`^\\s*(?:(?:${ORG})?\\s*\\d{4}\\s*年度?|\\d{4}\\s*年度?\\s*${ORG})\\s*${SPACED_REPORT}(?=\\s)`);

/** The title a text starts with, followed by more text ("平潭…年度报告 来源：…"), as printed. */
export function leadingTitle(text: string): string | null {
  const normalized = text.normalize('NFKC');
  const m = LEADING_TITLE.exec(normalized.length === text.length ? normalized : text);
  return m !== null && titleOf(m[0]) !== null ? text.slice(0, m[0].length) : null;
}

export const startsWithTitle = (text: string): boolean => leadingTitle(text) !== null;

/** A title at the start of a run of text ("平潭…年度报告 根据《条例》…") is cut off as its own line. */
export function splitLeadingTitle(tokens: Token[]): Token[] {
  const limit = Math.min(tokens.length, 200);
  for (let i = 0; i < limit; i++) {
    const t = tokens[i];
    if (t.cell || t.text.length < 60) continue;
    const normalized = t.text.normalize('NFKC');
    const m = LEADING_TITLE.exec(normalized.length === t.text.length ? normalized : t.text);
    if (m && titleOf(m[0])) {
      // NFKC keeps the length of these characters, so the cut is at the same place.
      return [...tokens.slice(0, i), piece({ text: t.text, at: t.at, breaks: t.breaks, printedAs: t.printedAs }, 0, m[0].length), piece({ text: t.text, at: t.at, breaks: t.breaks, printedAs: t.printedAs }, m[0].length), ...tokens.slice(i + 1)];
    }
  }
  return tokens;
}

const ORG_FIELDS: [RegExp, string][] = [
  [/^(发文机关|发布机关)$/, '发文机关'],
  [/^(发布机构|公开主体|发文单位)$/, '发布机构'],
  [/^(信息来源|来源)$/, '信息来源'],
  [/^单位$/, '单位'],
];
const DATE_FIELDS = /^(发布日期|发布时间|公开日期|成文日期|印发日期)$/;
const FIELD_LINE = /^[•·*-]?\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*(.*)$/;
const DATE = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
const PERIOD = /统计(?:期限|时限|周期|时间|区间|范围)[^。]{0,16}?(\d{4})年1月1日(?:起)?(?:至|到|-|—|~)(?:(\d{4})年)?12月31日/;

/** The office of a body that compiles and publishes its report (办公室, 办公厅, 政务公开办…). */
const OFFICE = /(办公室|办公厅|公开办|信息中心|大数据中心|政务公开科)$/;

/** A date that exists ("2021-03-00" or "2021-02-30" is a typo or debris, not a date). */
function validDate(m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isOrganization = (s: string) => /^[\u4e00-\u9fff（）()·]{2,40}$/.test(s);

/** "key：value" lines and [key][value] cell pairs near the top of the page. */
function fields(tokens: readonly Token[]): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const limit = Math.min(tokens.length, 400);
  for (let i = 0; i < limit; i++) {
    const t = tokens[i].text.normalize('NFKC').trim();
    const m = FIELD_LINE.exec(t);
    if (m) out.push({ key: m[1], value: m[2].trim() });
    else if (tokens[i].cell && i + 1 < limit && tokens[i + 1].cell && /^[\u4e00-\u9fff]{2,6}$/.test(t)) out.push({ key: t, value: tokens[i + 1].text.trim() });
  }
  return out;
}

export interface MetadataOptions {
  organization?: string;
  year?: number;
}

export function readMetadata(tokens: readonly Token[], options: MetadataOptions = {}): Metadata {
  const meta: Metadata = { organization: null, year: null, publishDate: null, title: findTitle(tokens), conflicts: [] };
  const list = fields(tokens);
  let title = meta.title ? titleOf(meta.title.text) : null;
  let titleSource = '标题';
  if (!title) {
    // The page's own record of the title ("标题：…-沭阳县发改局"), without the site's name after it.
    for (const f of list.filter((x) => /^(标题|名称|题名)$/.test(x.key))) {
      title = titleOf(f.value.split(/\s*[-_|｜—]\s*/)[0]);
      if (title) {
        titleSource = `“${f.key}”一行`;
        break;
      }
    }
  }

  // The organisation: the title's, completed by a metadata line that names it in full
  // ("天水市" in the title, "天水市人民政府" as 发文机关), else a metadata line. A line naming an
  // office inside it ("平潭综合实验区管委会办公室" as 发布机构) names who published the report,
  // not whose report it is: the title's name stays.
  if (title?.organization) {
    meta.organization = { value: title.organization, source: titleSource };
    for (const f of list) {
      const value = f.value.replace(/\s/g, '');
      if (ORG_FIELDS.some(([re]) => re.test(f.key)) && isOrganization(value) && value.startsWith(title.organization) && value.length > title.organization.length && !OFFICE.test(value.slice(title.organization.length))) {
        meta.organization = { value, source: `${titleSource}，全称取自“${f.key}”一行` };
        break;
      }
    }
  } else {
    for (const [re, name] of ORG_FIELDS) {
      const f = list.find((x) => re.test(x.key) && isOrganization(x.value.replace(/\s/g, '')));
      if (f) {
        meta.organization = { value: f.value.replace(/\s/g, ''), source: `“${name === f.key ? name : f.key}”一行` };
        break;
      }
    }
  }

  const dated = list.find((f) => DATE_FIELDS.test(f.key) && validDate(DATE.exec(f.value)));
  let publishYear: { year: number; month: number; key: string; date: string } | null = null;
  if (dated) {
    const [, y, m, d] = DATE.exec(dated.value)!;
    const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (!dated.key.startsWith('成文') && !dated.key.startsWith('印发')) meta.publishDate = { value: date, source: `“${dated.key}”一行` };
    publishYear = { year: Number(y), month: Number(m), key: dated.key, date };
  }

  // The year: the title, else the statistical period, else the publication date (a report is
  // published early in the next year), else the year the text names most.
  const period = statisticalPeriod(tokens);
  if (title?.year) meta.year = { value: title.year, source: titleSource };
  else if (period) meta.year = { value: period, source: '统计期限' };
  else if (publishYear && publishYear.month <= 6) meta.year = { value: publishYear.year - 1, source: `“${publishYear.key}” ${publishYear.date}（年报于次年上半年发布）`, inferred: true };
  else {
    const dominant = dominantYear(tokens);
    if (dominant) meta.year = { value: dominant, source: '正文中最常出现的年份', inferred: true };
  }
  if (title?.year && period && period !== title.year) meta.conflicts.push(`标题写 ${title.year} 年，统计期限写 ${period} 年`);

  if (options.organization !== undefined) meta.organization = { value: options.organization, source: '导入时指定' };
  if (options.year !== undefined) meta.year = { value: options.year, source: '导入时指定' };
  return meta;
}

/** The title: a line (or two or three short lines together) that reads as one. */
function findTitle(tokens: readonly Token[]): Metadata['title'] {
  const limit = Math.min(tokens.length, 400);
  let fallback: Metadata['title'] = null;
  const candidate = (i: number) => tokens[i].text.length <= 80 && !FIELD_LINE.test(tokens[i].text.normalize('NFKC').trim());
  for (let i = 0; i < limit; i++) {
    if (!candidate(i)) continue;
    if (titleOf(tokens[i].text)) {
      const found = { start: i, end: i + 1, text: tokens[i].text };
      // A cell naming the report (a metadata table's 名称) is only a fallback.
      if (!tokens[i].cell) return found;
      fallback ??= found;
      continue;
    }
    // A title set over two or three short lines ("洪泽区人民政府" / "2023年政府信息公开工作年度报告").
    let text = tokens[i].text;
    for (let n = 2; n <= 3 && i + n <= limit; n++) {
      const next = tokens[i + n - 1];
      if (tokens[i].cell || next.cell || next.text.length > 40 || !candidate(i + n - 1) || titleOf(next.text)?.organization) break;
      text += next.text;
      if (titleOf(text)) return { start: i, end: i + n, text };
    }
  }
  return fallback;
}

function statisticalPeriod(tokens: readonly Token[]): number | null {
  for (const t of tokens.slice(0, 2000)) {
    if (!t.text.includes('统计')) continue;
    const m = PERIOD.exec(t.text.normalize('NFKC').replace(/\s/g, ''));
    if (m && (m[2] === undefined || m[2] === m[1])) return Number(m[1]);
  }
  return null;
}

/** A year that most of the year mentions name (at least three, twice as many as any other). */
function dominantYear(tokens: readonly Token[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tokens) {
    if (t.cell) continue;
    for (const m of t.text.matchAll(/(20\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 3) return null;
  if (ranked.length > 1 && ranked[0][1] < ranked[1][1] * 2) return null;
  return ranked[0][0];
}
