// Page chrome inside a run of text: scrapes that put a whole page on one line carry the
// breadcrumb before the title ("当前位置： 首页政务公开… <title>"), the metadata and share bar
// after it ("来源：… 时间：… 微信 微博 QQ空间 全真版 文字版 文件下载 -->"), and a download link
// after the last sentence ("…情况。 附件下载"). These are cut off as tokens of their own, marked
// chrome (so they are dropped and listed, never kept as narrative) — only at those places, and
// only while every word cut is chrome: a sentence that mentions such a word is left whole.

import { piece } from './origin';
import type { Token } from './tokens';

const BREADCRUMB = /^\s*(当前位置|您的位置|您现在的位置|您当前的位置|当前所在位置)\s*[:：]/;
/** A metadata field of the page and its value (a date may carry a time). */
const FIELD = /^(来源|信息来源|发布机构|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|浏览次数|阅读次数|点击数|访问量)\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?|[^\s:：]{0,40})(?=\s|$)/;
/** Share and view buttons, font-size switches, HTML comment debris. */
const BUTTON = /^(微信|微博|QQ空间|QQ|全真版|文字版|文件下载|附件下载|打印本页|打印|关闭窗口|关闭|收藏|分享到\s*[:：]?|字号\s*[:：]?\s*[大中小](\s*[大中小]){0,2}|【[大中小]】|\[[大中小]\]|相关链接\s*[:：]?|-->|<!--)(?=\s|$)/;
const TRAILING_WORDS = '附件下载|打印本页|关闭窗口|【打印】|【关闭】|扫一扫在手机打开当前页|返回顶部|分享到';
const TRAILING = new RegExp(`^(${TRAILING_WORDS})$`);
/** Such words at the very end of a run, after a space ("… 2021年1月27日 附件下载"). */
const TRAILING_END = new RegExp(`\\s((?:${TRAILING_WORDS})(?:\\s+(?:${TRAILING_WORDS}))*)\\s*$`);

/** A stretch of a token, trimmed, as chrome. */
const chromeOf = (t: Token, start: number, end: number): Token => piece(t, start, end, { chrome: true });

/** The part of a run that is a title-like breadcrumb up to where `startsTitle` holds, if any. */
export function cutBreadcrumb(tokens: readonly Token[], startsTitle: (rest: string) => boolean): Token[] {
  const out: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    if (i >= 200 || t.cell || !BREADCRUMB.test(t.text)) {
      out.push(t);
      continue;
    }
    let cut = -1;
    for (let k = t.text.indexOf(' '); k !== -1 && k < 200; k = t.text.indexOf(' ', k + 1)) {
      if (startsTitle(t.text.slice(k + 1))) {
        cut = k;
        break;
      }
    }
    if (cut === -1) out.push(t);
    else out.push(chromeOf(t, 0, cut), piece(t, cut + 1));
  }
  return out;
}

/**
 * The token after the title: its leading fields and buttons become chrome tokens, and the title
 * printed once more after them (`repeated` finds it) a title line of its own.
 */
export function cutAfterTitle(tokens: readonly Token[], titleEnd: number, repeated: (text: string) => string | null): Token[] {
  const t = tokens[titleEnd];
  if (!t || t.cell) return [...tokens];
  const pieces: Token[] = [];
  const skip = (from: number) => from + (t.text.length - from - t.text.slice(from).trimStart().length);
  let at = skip(0);
  let buttons: [number, number] | null = null;
  for (;;) {
    const rest = t.text.slice(at);
    const field = FIELD.exec(rest);
    const button = field ? null : BUTTON.exec(rest);
    if (!field && !button) break;
    const end = at + (field ?? button)![0].length;
    if (field) {
      if (buttons) pieces.push(chromeOf(t, buttons[0], buttons[1]));
      buttons = null;
      pieces.push(chromeOf(t, at, end));
    } else buttons = [buttons ? buttons[0] : at, end];
    at = skip(end);
  }
  if (buttons) pieces.push(chromeOf(t, buttons[0], buttons[1]));
  // Only a bar that names at least one field or button, before text that goes on.
  if (pieces.length === 0 || at >= t.text.length) return [...tokens];
  const title = repeated(t.text.slice(at));
  const body = title ? [piece(t, at, at + title.length), piece(t, at + title.length)] : [piece(t, at)];
  return [...tokens.slice(0, titleEnd), ...pieces, ...body, ...tokens.slice(titleEnd + 1)];
}

const CONDITIONAL = /^<!\[(?:if|endif)[^\]]{0,80}\]>/;

/** The comments in a text as [start, end) spans, in one pass (an unclosed "<!--" ends the search). */
function comments(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = text.indexOf('<!'); i !== -1; i = text.indexOf('<!', i + 1)) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) break;
      spans.push([i, close + 3]);
      i = close + 2;
    } else {
      const m = CONDITIONAL.exec(text.slice(i, i + 100));
      if (m) {
        spans.push([i, i + m[0].length]);
        i += m[0].length - 1;
      }
    }
  }
  return spans;
}

/**
 * HTML comments a scrape left in the text ("<!--[if !supportMisalignedColumns]--><!--[endif]-->",
 * Word's conditional comments): markup, never printed. Cut out as chrome tokens.
 */
export function cutComments(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.text.includes('<!')) {
      out.push(t);
      continue;
    }
    const spans = comments(t.text);
    if (spans.length === 0) {
      out.push(t);
      continue;
    }
    // Comments next to each other are one chrome token; text between them stays text.
    let from = 0;
    let markup: [number, number] | null = null;
    for (const [start, end] of spans) {
      if (t.text.slice(from, start).trim()) {
        if (markup) out.push(chromeOf(t, markup[0], markup[1]));
        markup = null;
        out.push(piece(t, from, start));
      }
      markup = [markup ? markup[0] : start, end];
      from = end;
    }
    out.push(chromeOf(t, markup![0], markup![1]));
    if (t.text.slice(from).trim()) out.push(piece(t, from));
  }
  return out;
}

/** Chrome words after a run's last sentence ("…情况。 附件下载") become a chrome token. */
export function cutTrailing(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const end = Math.max(t.text.lastIndexOf('。'), t.text.lastIndexOf('！'), t.text.lastIndexOf('？'));
    const tail = end === -1 ? '' : t.text.slice(end + 1).trim();
    const words = tail.split(/\s+/);
    const atEnd = t.cell ? null : TRAILING_END.exec(t.text);
    if (!t.cell && tail !== '' && words.every((w) => TRAILING.test(w))) out.push(piece(t, 0, end + 1), chromeOf(t, end + 1, t.text.length));
    else if (atEnd && atEnd.index > 0) out.push(piece(t, 0, atEnd.index), chromeOf(t, atEnd.index, t.text.length));
    else out.push(t);
  }
  return out;
}
