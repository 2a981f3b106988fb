// The narrative of each part, never lost and never shredded: lines a page hard-wrapped inside a
// sentence are joined into one paragraph (a line that does not end a sentence runs on into the
// next, unless the next starts an item, a field or a date, or a paragraph of the source's own
// markup, or the line is a heading — or, on a page wrapped at one width, stops short of it); a
// number a page set on a line of its own inside a sentence ("发布调查征集" / "152" / "期") goes
// back into it, while one between sentences is a page number, dropped and listed; spaces a layout
// put between single 汉字 ("邮 编 ：") are taken out where a run of them shows the padding.

/** One line of a part as read: text, or a bare number that may belong to a sentence. */
export interface ProseLine {
  text: string;
  /** A bare number: kept only inside a sentence. */
  number?: boolean;
  /** Starts a paragraph of the source's own markup: text before it is never run on into it. */
  block?: boolean;
}

export interface Prose {
  paragraphs: string[];
  /** Bare numbers between sentences (page numbers): dropped, to be listed. */
  dropped: string[];
  /** Line breaks taken out of sentences, numbers put back among them. */
  joins: number;
  numbers: number;
  /** Spaces of layout padding removed. */
  unpadded: number;
}

/** The line ends a sentence (or a clause that opens a list). */
const ENDS = /[。！？；：!?;:…]["”’」』）)]?$/;
/**
 * Numbering that opens an item or heading: 一、 （一） 1. （1） （１） ① 第一章, and the items offices
 * write in prose: 一是… 二是…, 第一，… 第二，…
 */
const NUMBERED = /^\s*(（[一二三四五六七八九十\d０-９]{1,3}）|\([一二三四五六七八九十\d０-９]{1,3}\)|[一二三四五六七八九十]{1,3}[、.．]|[\d０-９]{1,2}[.．、](?![\d０-９])|[\u2460-\u2473\u2776-\u277f]|第[一二三四五六七八九十]+[章节部分条，,、]|[一二三四五六七八九十]{1,2}是)/;
/** A field ("电话：…"), a date line (a signature's date), a bullet: each starts a line of its own. */
const OWN_LINE = /^\s*([\u4e00-\u9fff]{2,8}\s*[:：]|\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?\s*$|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月([一二三四五六七八九十]{1,3}日)?\s*$|[•·●■◆▪*-]\s)/;
/** A date alone on its line (the 成文日期 under a signature), in figures or in Chinese numerals. */
const DATE_LINE = /^\s*(\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月([一二三四五六七八九十]{1,3}日)?)\s*$/;
/** A measure word or unit a number stands before ("2022" / "年，…"): the number opens that line's sentence. */
const UNIT_AFTER = /^\s*[件条个项次期位人家篇份场户万亿元%％年月日天名批类套本册部所座台辆起宗笔款周岁倍]/;
/** Words a number follows in a sentence ("位列第", "共", "为"). */
const BEFORE_NUMBER = /(第|共|计|达|约|近|超|逾|增|减|至|到|为|有|了|收到|发布|办理|受理|答复|公开|办结|其中|占|比)$|[\d，、,]$/;
/** What follows a number in a sentence: a measure word, a unit, punctuation. */
const AFTER_NUMBER = /^\s*([件条个项次期位人家篇份场户万亿元角%％‰年月日天名余多批类套本册部所座台辆起宗笔款字周岁分秒时期号倍成]|[，。、；：）)]|\.\d)/;

/** A heading: numbered, short, no sentence in it. */
const isHeading = (line: string) => NUMBERED.test(line) && line.length <= 30 && !/[，。；！？]/.test(line);

/** How wide a line prints: a 汉字 or full-width sign is one, a Latin letter, digit or space half. */
export function printedWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.charCodeAt(0) <= 0xff ? 0.5 : 1;
  return w;
}

/**
 * The width a page hard-wraps its lines at, when it does: many lines (six, and a quarter of
 * them) end within a character and a half of one width, the widest such. Null when the lines
 * are whole paragraphs or broken anywhere.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const widths = lines.map(printedWidth).filter((w) => w >= 10);
  if (widths.length < 6) return null;
  let best: number | null = null;
  for (const w of new Set(widths)) {
    const near = widths.filter((x) => x >= w - 1.5 && x <= w + 0.5).length;
    if (near >= 6 && near >= widths.length / 4 && (best === null || w > best)) best = w;
  }
  return best;
}

/**
 * The paragraph so far and the next line are one sentence broken by the page. `last`: the
 * paragraph's last line as printed ('' after a number put back); `width`: where the page wraps.
 */
function runsOn(paragraph: string, last: string, next: string, width: number | null): boolean {
  if (ENDS.test(paragraph) || isHeading(paragraph)) return false;
  // On a hard-wrapped page a line that stops short of the margin ends its paragraph (a heading).
  if (width !== null && last !== '' && printedWidth(last) < width - 3) return false;
  return !NUMBERED.test(next) && !OWN_LINE.test(next);
}

/** Between lines of one sentence: nothing between 汉字 or a 汉字 and a figure; a space between Latin words. */
const glue = (a: string, b: string) => (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? ' ' : '');

/** Runs of three or more single 汉字 (or CJK punctuation) apart by single spaces: a layout's padding. */
const PADDED = /(?:[\u4e00-\u9fff，。：；、（）] ){2,}[\u4e00-\u9fff，。：；、（）]/g;

export function unpad(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(PADDED, (run) => {
    removed += run.length - run.replace(/ /g, '').length;
    return run.replace(/ /g, '');
  });
  return { text: out, removed };
}

export function joinProse(lines: readonly ProseLine[], width: number | null = null): Prose {
  const out: Prose = { paragraphs: [], dropped: [], joins: 0, numbers: 0, unpadded: 0 };
  let current: string | null = null;
  /** The last line as printed (the width rule looks at it, not at the paragraph so far). */
  let lastLine = '';
  const close = () => {
    if (current !== null) {
      const { text, removed } = unpad(current);
      out.paragraphs.push(text);
      out.unpadded += removed;
    }
    current = null;
  };
  /** A number that opens the next line's sentence ("2022" / "年，本机关…"). */
  let opening = '';
  for (const [i, line] of lines.entries()) {
    if (line.number) {
      const number = line.text.trim();
      // A number on its own line belongs to the sentence around it, or to no sentence at all.
      const next = lines.slice(i + 1).find((l) => !l.number)?.text.trim() ?? '';
      const inside = current !== null && !ENDS.test(current) && !isHeading(current) && (BEFORE_NUMBER.test(current) || AFTER_NUMBER.test(next));
      if (inside) {
        current += number;
        lastLine = '';
        out.numbers++;
        out.joins++;
      } else if (lines[i + 1] && !lines[i + 1].number && UNIT_AFTER.test(next)) {
        // Between sentences, but the next line goes on from it ("年，…", "件…"): it opens that line.
        opening = number;
        out.numbers++;
        out.joins++;
      } else out.dropped.push(number);
      continue;
    }
    const text = opening + line.text.trim();
    opening = '';
    // The line above a date alone (the 署名 above its 成文日期) is a line of its own.
    const signs = DATE_LINE.test(lines[i + 1]?.text ?? '');
    // Text that cannot start a line (a comma, a closing bracket) goes with what came before.
    if (current !== null && ((!line.block && !signs && runsOn(current, lastLine, text, width)) || /^[，。、；：！？）」』”,.;:!?)]/.test(text))) {
      current += glue(current, text) + text;
      lastLine = text;
      out.joins++;
      continue;
    }
    close();
    current = text;
    lastLine = text;
  }
  close();
  return out;
}
