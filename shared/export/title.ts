// The title broken the way GB/T 9704 asks (spec §10: "broken at word boundaries, trapezoid or
// diamond shape"): only between units of meaning — the organisation, the year, 政府信息公开,
// 工作年度报告. A title of two lines breaks after the organisation, as published reports do
// ("天水市人民政府 / 2020年政府信息公开工作年度报告", never after the year); any other in as few
// lines as fit, as evenly as possible, the upper line the longer.

import { advance } from './measure';

/** Widths in Chinese characters (a digit is about two thirds of one: measure.ts). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += advance(ch);
  return width;
}

// Where an organisation's name may break when it alone is too long for a line: after a level
// of government or a body ("上海市/市场监督管理局", never "上海市市/场…").
const ORGANIZATION_BREAK = /(?:自治区|省|(?<!城)市(?!场|政|民|容)|(?<!社|小|园|新)区(?!域|划)|县(?!域)|自治州|州|盟|旗|乡|镇|街道|人民政府|委员会|总局|办公室)(?=.)/g;
const PHRASES = [/\d{4}年度?/, /政府信息公开/, /工作年度报告|工作报告|年度报告/];

/**
 * The title cut into units that must not be broken. `wholeOrganization`: the organisation as
 * one unit (when it fits a line); otherwise it is cut after each level of government or body.
 */
export function titleSegments(title: string, wholeOrganization = ''): string[] {
  const out: string[] = [];
  let rest = title;
  if (wholeOrganization && rest.startsWith(wholeOrganization)) {
    out.push(wholeOrganization);
    rest = rest.slice(wholeOrganization.length);
  }
  while (rest) {
    const hits = PHRASES.map((re) => re.exec(rest)).filter((m): m is RegExpExecArray => m !== null);
    const next = hits.sort((a, b) => a.index - b.index)[0];
    if (!next) {
      out.push(...organizationSegments(rest));
      break;
    }
    if (next.index > 0) out.push(...organizationSegments(rest.slice(0, next.index)));
    out.push(next[0]);
    rest = rest.slice(next.index + next[0].length);
  }
  return out;
}

function organizationSegments(name: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of name.matchAll(ORGANIZATION_BREAK)) {
    const end = m.index + m[0].length;
    if (end > start) out.push(name.slice(start, end));
    start = end;
  }
  if (start < name.length) out.push(name.slice(start));
  return out;
}

/**
 * The title's lines for a line of `maxWidth` characters (2号 on the 156 mm type area: 20).
 * A unit longer than a line is cut by characters, the only choice left.
 */
export function titleLines(title: string, organization: string, maxWidth: number): string[] {
  if (textWidth(title) <= maxWidth) return [title];
  const whole = organization && textWidth(organization) <= maxWidth ? organization : '';
  const rest = whole && title.startsWith(whole) ? title.slice(whole.length) : '';
  if (rest && textWidth(rest) <= maxWidth) return [whole, rest];
  const units = titleSegments(title, whole).flatMap((u) => (textWidth(u) <= maxWidth ? [u] : cutByWidth(u, maxWidth)));
  return units.length <= MAX_UNITS ? bestSplit(units, maxWidth) : greedy(units, maxWidth);
}

/** Beyond this many units (only odd custom titles) every split is too many to try: fill lines. */
const MAX_UNITS = 14;

function greedy(units: string[], maxWidth: number): string[] {
  const lines: string[] = [];
  for (const u of units) {
    if (lines.length > 0 && textWidth(lines[lines.length - 1] + u) <= maxWidth) lines[lines.length - 1] += u;
    else lines.push(u);
  }
  return lines;
}

function cutByWidth(text: string, maxWidth: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch) > maxWidth) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...out, line] : out;
}

/** Fewest lines; then the smallest longest line; then upper lines no shorter than lower ones. */
function bestSplit(units: string[], maxWidth: number): string[] {
  let best: { lines: string[]; score: number[] } | null = null;
  const n = units.length;
  // Every way to cut n units into consecutive lines: 2^(n-1) choices.
  for (let mask = 0; mask < 1 << (n - 1); mask++) {
    const lines: string[] = [];
    let line = units[0];
    for (let i = 1; i < n; i++) {
      if (mask & (1 << (i - 1))) {
        lines.push(line);
        line = units[i];
      } else line += units[i];
    }
    lines.push(line);
    const widths = lines.map(textWidth);
    if (widths.some((w) => w > maxWidth)) continue;
    const inverted = widths.slice(1).reduce((s, w, i) => s + Math.max(0, w - widths[i]), 0);
    const score = [lines.length, Math.max(...widths), inverted];
    if (!best || compare(score, best.score) < 0) best = { lines, score };
  }
  // Every unit fits a line, so one unit per line always qualifies.
  return best!.lines;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
