// The closing block of a published report — 署名 and 成文日期 under the last part, as lines
// padded with spaces, paragraphs set flush right, or run on after the last sentence of a page
// scraped as one line — taken out of the narrative into report.closing (GB/T 9704 §7.3.5), so
// that the export prints it once, where it belongs. Recognised only when certain: a date that
// is a real day near the report year, and a signature that reads as the name of a body.

import { PARTS, type TextSectionId } from '../formats';
import type { Report } from '../report';

const DIGITS: Record<string, number> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const CHINESE = '〇○零一二三四五六七八九十';
const DATE = new RegExp(`(\\d{4}|[${CHINESE}]{4})\\s*年\\s*(\\d{1,2}|[${CHINESE}]{1,3})\\s*月\\s*(\\d{1,2}|[${CHINESE}]{1,3})\\s*日`);
const DATE_LINE = new RegExp(`^(?:成文日期[:：]?\\s*)?${DATE.source}$`);
/** "…情况。 某局 2021年1月27日" at the end of a line: the signature and date after the last sentence. */
const RUN_ON = new RegExp(`(?:^|[。！？；.!?])\\s*([^\\s。！？；，,：:]{2,40}?)\\s*${DATE.source}$`);
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;
/** How the names of bodies end (局, 委员会, 人民政府, 街道办事处, 管委会 …). */
const BODY = /(?:政府|局|委员会|委|办公室|办公厅|办|厅|院|署|中心|所|站|处|队|镇|乡|街道|办事处|管委会|管理委员会|公司|部|会|社|馆|台)$/;

/** 一 … 九十九 as a number; null for anything else. */
function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 4 && [...text].every((c) => c in DIGITS)) return Number([...text].map((c) => DIGITS[c]).join(''));
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : null;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

/** "2024-01-17" for a real day from the report year to two years after it; null otherwise. */
function isoDate(match: RegExpExecArray, offset: number, reportYear: number): string | null {
  const [y, m, d] = [1, 2, 3].map((i) => chineseNumber(match[offset + i]));
  if (y === null || m === null || d === null || y < reportYear || y > reportYear + 2) return null;
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const comparable = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

function isSignature(line: string, organization: string): boolean {
  const name = comparable(line);
  if (name.length < 2 || name.length > 40 || /[。！？；，,：:、]/.test(name)) return false;
  const org = comparable(organization);
  return (org !== '' && (name === org || name.includes(org) || org.includes(name))) || BODY.test(name);
}

/**
 * The text with the closing block taken off the end of its last part; the block goes into
 * `report.closing`, and a sentence for the import summary into `notes`. A signature the same as
 * the organisation is kept as the default (null), so that correcting the organisation corrects it.
 */
export function recognizeClosing(text: Report['text'], report: Pick<Report, 'organization' | 'year' | 'closing'>, notes: string[]): Report['text'] {
  const section = [...PARTS].reverse().find((p) => text[p.text].trim() !== '')?.text as TextSectionId | undefined;
  if (!section) return text;
  const lines = text[section].split('\n');
  const raw = lines[lines.length - 1].trim();
  const last = (i: number) => (lines[lines.length - i] ?? '').normalize('NFKC').trim();
  const found = closingAtEnd(last(1), lines.length > 1 ? last(2) : '', report);
  if (!found) return text;
  const rest = lines.slice(0, lines.length - found.lines);
  // The text before a run-on signature, as printed (the match was made on its NFKC form).
  if (found.keep !== undefined) {
    let cut = 0;
    while (cut < raw.length && raw.slice(0, cut).normalize('NFKC').length < found.keep) cut++;
    if (raw.slice(0, cut).trim()) rest.push(raw.slice(0, cut).trimEnd());
  }
  const own = found.signature === null || comparable(found.signature) === comparable(report.organization);
  report.closing = { signature: own ? null : found.signature!.replace(/\s+/g, ''), date: found.date };
  notes.push(`文末落款“${found.printed}”识别为署名和成文日期，不再作为正文。`);
  return { ...text, [section]: rest.join('\n').trimEnd() };
}

interface Found {
  signature: string | null;
  date: string | null;
  /** Lines taken from the end of the text, and how much of the last of them stays (in its NFKC form). */
  lines: number;
  keep?: number;
  printed: string;
}

function closingAtEnd(line: string, before: string, report: Pick<Report, 'organization' | 'year'>): Found | null {
  const dateLine = DATE_LINE.exec(line);
  if (dateLine) {
    const date = isoDate(dateLine, 0, report.year);
    if (!date) return null;
    if (before && isSignature(before, report.organization)) return { signature: before, date, lines: 2, printed: `${before} ${line}` };
    return { signature: null, date, lines: 1, printed: line };
  }
  const runOn = RUN_ON.exec(line);
  if (runOn && isSignature(runOn[1], report.organization)) {
    const date = isoDate(runOn, 1, report.year);
    const at = runOn.index + runOn[0].indexOf(runOn[1]);
    if (date) return { signature: runOn[1], date, lines: 1, keep: at, printed: line.slice(at) };
  }
  // A signature alone: the name of a body on the text's last line, not a numbered heading.
  if (isSignature(line, report.organization) && !NUMBERED.test(line)) return { signature: line, date: null, lines: 1, printed: line };
  return null;
}
